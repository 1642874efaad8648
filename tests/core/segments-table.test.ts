import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { csvCell, unguardCell } from '../../shared/csv-cell.js';
import { segment } from '../../shared/segment.js';
import { formatSegmentsCsv, formatSegmentsJson, isSegmentsHeader, parseSegmentsCsv, segmentColumns, SegmentRowSchema, toSegmentRows } from '../../shared/segments-table.js';
import type { Transaction } from '../../shared/transaction.js';

const tx = (client: string, date: string, amount: number, extra: Partial<Transaction> = {}): Transaction => ({ client, date, amount, ...extra });

const data: Transaction[] = [
  tx('7701', '2024-01-10', 1000, { name: 'ООО «Альфа», филиал', email: 'a@alfa.ru; b@alfa.ru', domain: 'alfa.ru', kam: 'Петров', tags: ['brand'] }),
  tx('7701', '2024-02-10', 1100),
  tx('7702', '2024-01-20', 500, { name: '=HYPERLINK("http://evil")', email: 'x@evil.com' }),
  tx('-7703', '2024-02-20', 300, { name: '+cmd', kam: '@boss' }),
  tx('7704', '2024-02-21', -50, { name: 'Возвраты "Бета"' }),
];

describe('segments table', () => {
  // Two months of data would make everyone new (and so no breadwinner): switch the new flag off.
  const rows = toSegmentRows(segment(data, { newPeriods: 0 }));

  it('has the documented columns in order and valid rows', () => {
    const csv = formatSegmentsCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('client,name,domains,emails,kam,total,share,cum_share,rank,abc,cv,xyz,segment,type,trend,first_purchase,last_purchase,risk,reason,score,tier,share_of_wallet,qualified,score_reason');
    for (const row of rows) expect(SegmentRowSchema.safeParse(row).success).toBe(true);
    expect(rows[0]).toMatchObject({ client: '7701', emails: ['a@alfa.ru', 'b@alfa.ru'], domains: ['alfa.ru'], type: ['breadwinner', 'image-maker'], rank: 1 });
    expect(rows.find((r) => r.client === '7704')).toMatchObject({ abc: 'C', cum_share: null, share: 0 });
  });

  it('writes fractions with a dot, lists with ";" and guards formula-like text', () => {
    const parsed = Papa.parse<string[]>(formatSegmentsCsv(rows), { skipEmptyLines: true }).data;
    const byClient = new Map(parsed.slice(1).map((r) => [r[0].replace(/^'/, ''), r]));
    const alfa = byClient.get('7701')!;
    expect(alfa[segmentColumns.indexOf('emails')]).toBe('a@alfa.ru;b@alfa.ru');
    expect(alfa[segmentColumns.indexOf('share')]).toMatch(/^0\.\d+$/);
    expect(byClient.get('7702')![1]).toBe(`'=HYPERLINK("http://evil")`);
    const minus = parsed.find((r) => r[0] === "'-7703")!;
    expect(minus[1]).toBe("'+cmd");
    expect(minus[4]).toBe("'@boss");
    // Numbers are never guarded, even negative ones.
    expect(byClient.get('7704')![segmentColumns.indexOf('total')]).toBe('-50');
  });

  it('reads back what it writes', () => {
    const back = parseSegmentsCsv(formatSegmentsCsv(rows));
    expect(back.errors).toEqual([]);
    expect(back.rows).toEqual(rows);
    expect(JSON.parse(formatSegmentsJson(rows))).toEqual(rows);
  });

  it('reads a Sheets export with displayed percentages and reports bad lines', () => {
    const text = [
      'client,name,abc,xyz,segment,share,cum_share,cv,total,rank,reason',
      '"7701","Альфа",A,X,AX,23.45%,"45,5%",8%,"1 234,56",1,ok',
      '7702,Бета,A,Q,AQ,1%,50%,10%,5,2,bad',
    ].join('\n');
    const parsed = parseSegmentsCsv(text);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ share: 0.2345, cum_share: 0.455, cv: 0.08, total: 1234.56 });
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].line).toBe(3);
    expect(parsed.errors[0].reason).toMatch(/xyz/);
    expect(isSegmentsHeader(text.split('\n')[0].split(','))).toBe(true);
    expect(isSegmentsHeader(['Клиент', 'Дата', 'Сумма'])).toBe(false);
  });

  it('any text survives the guard and CSV quoting', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const parsed = Papa.parse<string[]>(`${csvCell(text)}\n`, { skipEmptyLines: false, delimiter: ',' }).data;
      expect(unguardCell(parsed[0][0])).toBe(text);
      const written = parsed[0][0];
      expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
    }));
  });
});
