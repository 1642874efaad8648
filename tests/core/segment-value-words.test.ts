/**
 * The coded columns of a segments table read the same in either language:
 * every code and every English or Russian name of the core's catalogue maps
 * back to its code, and a Russian table parses to the English one's rows.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/messages.js';
import { segmentValueCode } from '../../shared/segment-value-words.js';
import { parseSegmentsCsv } from '../../shared/segments-table.js';

describe('segment value words', () => {
  it('maps every code and every name in both languages back to the code', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const [code, name] of Object.entries(messages[lang].accountType)) {
        expect(segmentValueCode('type', name)).toBe(code);
        expect(segmentValueCode('type', code)).toBe(code);
        expect(segmentValueCode('type', ` ${name.toUpperCase()} `)).toBe(code);
      }
      for (const [code, name] of Object.entries(messages[lang].trend)) expect(segmentValueCode('trend', name)).toBe(code);
      for (const [code, name] of Object.entries(messages[lang].risk)) expect(segmentValueCode('risk', name)).toBe(code);
    }
    expect(segmentValueCode('trend', 'sideways')).toBe('sideways');
  });

  it('lets a Russian table read as the English one, and still refuses an unknown word', () => {
    const header = 'client,total,share,cum_share,rank,abc,cv,xyz,segment,type,trend,risk';
    const en = parseSegmentsCsv(`${header}\nc1,10,1,1,1,A,0.1,X,AX,breadwinner;expert,rising,at-risk\n`);
    const ru = parseSegmentsCsv(`${header}\nc1,10,1,1,1,A,0.1,X,AX,Кормилец; Эксперт,рост,под угрозой\n`);
    expect(en.errors).toEqual([]);
    expect(ru.rows).toEqual(en.rows);
    expect(parseSegmentsCsv(`${header}\nc1,10,1,1,1,A,0.1,X,AX,,вбок,\n`).errors).toHaveLength(1);
  });
});
