/**
 * The options page's one file input: which kind each file is taken for and
 * what the report says (rows read, used, rejected, the first rejected lines
 * and why), for UTF-8 and Windows-1251 files.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/import/index.js';
import { formatSegmentsJson, parseSegmentsCsv } from '../../shared/segments-table.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { fixture } from './helpers.js';

const options = { lang: 'en' as const, segment: defaultSettings.segment };

/** Windows-1251, as Russian Excel and 1C save CSV: ASCII as is, А..я from 0xC0, Ё and ё apart, « » at 0xAB/0xBB. */
function cp1251(text: string): Uint8Array {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '\u00a0': 0xa0 };
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (ch in special) return special[ch];
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no cp1251 byte for ${ch}`);
  });
}

describe('readDataFile', () => {
  it('takes a segments table as is', () => {
    const outcome = readDataFile(fixture('segments.csv'), 'segments.csv', options);
    expect(outcome.kind).toBe('segments');
    if (outcome.kind !== 'segments') return;
    expect(outcome.report).toEqual({ read: 8, used: 8, rejected: 0, errors: [] });
    expect(outcome.clients.map((c) => c.segment)).toEqual(['AX', 'AY', 'AZ', 'BX', 'BY', 'CX', 'CY', 'CZ']);
  });

  it('takes the JSON segments table and reports a bad row by its position', () => {
    const rows: unknown[] = parseSegmentsCsv(fixture('segments.csv')).rows;
    rows.push({ client: 'broken', segment: 'QQ' });
    const outcome = readDataFile(formatSegmentsJson(rows as never), 'segments.json', options);
    expect(outcome.kind).toBe('segments');
    expect(outcome.report.used).toBe(8);
    expect(outcome.report.rejected).toBe(1);
    expect(outcome.report.errors[0].line).toBe(9);
  });

  it('segments raw transactions in Windows-1251 and reports rejected lines with the reason', () => {
    const outcome = readDataFile(cp1251(fixture('transactions-ru.csv')), 'sales.csv', { ...options, lang: 'ru' });
    expect(outcome.kind).toBe('transactions');
    if (outcome.kind !== 'transactions') return;
    expect(outcome.report).toMatchObject({ read: 9, used: 7, rejected: 2 });
    expect(outcome.report.errors.map((e) => e.line)).toEqual([8, 10]);
    expect(outcome.report.errors[0].reason).toContain('31.02.2024');
    const romashka = outcome.clients.find((c) => c.client === '7701000001')!;
    expect(romashka).toMatchObject({ name: 'ООО «Ромашка»', kam: 'Анна Смирнова', abc: 'A', xyz: 'X', emails: ['ivan.petrov@romashka.ru'] });
    expect(romashka.reason).toMatch(/^A: /);
    // The text is kept to segment again with other thresholds.
    expect(outcome.text).toContain('Ромашка');
  });

  it('takes a contacts file, a row with a name and no id included, and rejects rows with neither or with an unreadable address', () => {
    const outcome = readDataFile(fixture('contacts.csv'), 'contacts.csv', options);
    expect(outcome.kind).toBe('contacts');
    if (outcome.kind !== 'contacts') return;
    expect(outcome.report).toMatchObject({ read: 6, used: 4, rejected: 2 });
    expect(outcome.report.errors).toEqual([
      { line: 4, reason: 'unreadable e-mail or domain: not-an-address' },
      { line: 7, reason: 'empty client' },
    ]);
    expect(outcome.contacts[2]).toEqual({ client: '', name: 'Acme Inc.', emails: ['purchasing@acme-corp.com'], domains: [] });
    expect(outcome.contacts[0]).toEqual({ client: '7702000002', name: 'АО «Вектор»', emails: ['o.kuznetsova@vector-group.com', 'zakupki@vector-group.com'], domains: [] });
  });

  it('names the headers of a file it cannot place', () => {
    expect(() => readDataFile('Товар;Цена\nМолоко;80\n', 'prices.csv', { ...options, lang: 'ru' })).toThrow(ImportError);
    expect(() => readDataFile('Товар;Цена\nМолоко;80\n', 'prices.csv', { ...options, lang: 'ru' })).toThrow(/Товар, Цена/);
    expect(() => readDataFile('', 'empty.csv', options)).toThrow(ImportError);
  });
});
