import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransactionImporter, importTransactions, type ImportOptionsInput } from '../../shared/import/index.js';
import type { Transaction } from '../../shared/transaction.js';
import { encodeCp1251 } from './cp1251.js';
import { csvFileArb, renderCsv, type CsvFile, type ModelRow } from './csv-model.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function bytesOf(file: CsvFile, bom: boolean): Uint8Array {
  if (file.cp1251) return encodeCp1251(file.text);
  const body = utf8(file.text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** Feeds `input` cut at `cuts` to the streaming importer. */
function importInPieces<T extends Uint8Array | string>(input: T, cuts: number[], options?: ImportOptionsInput) {
  const transactions: Transaction[] = [];
  const importer = createTransactionImporter(options, (t) => transactions.push(t));
  let from = 0;
  for (const cut of [...cuts, input.length]) {
    importer.push(input.slice(from, cut));
    from = cut;
  }
  return { transactions, report: importer.end() };
}

const cutsArb = fc.array(fc.nat(), { maxLength: 25 });
const normalizeCuts = (raw: number[], length: number): number[] =>
  [...new Set(raw.map((c) => c % (length + 1)))].sort((a, b) => a - b);

describe('streaming importer', () => {
  it('matches the model and the one-shot import however the bytes are cut (property)', () => {
    fc.assert(
      fc.property(csvFileArb(), fc.boolean(), cutsArb, (file, bom, rawCuts) => {
        const bytes = bytesOf(file, bom);
        const whole = importTransactions(bytes);
        expect(whole.transactions).toEqual(file.expected.transactions);
        expect(whole.report.errors).toEqual(file.expected.errors);
        expect(whole.report).toMatchObject({
          delimiter: file.delimiter,
          read: file.expected.read,
          used: file.expected.transactions.length,
          rejected: file.expected.errors.length,
        });
        const pieces = importInPieces(bytes, normalizeCuts(rawCuts, bytes.length));
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result for text pushed in pieces', () => {
    fc.assert(
      fc.property(csvFileArb(), cutsArb, (file, rawCuts) => {
        const whole = importTransactions(file.text);
        expect(whole.transactions).toEqual(file.expected.transactions);
        expect(importInPieces(file.text, normalizeCuts(rawCuts, file.text.length))).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('streams whitespace-separated files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.integer({ min: 0, max: 99999 }), day: fc.integer({ min: 1, max: 28 }), cents: fc.nat(100000) }), { maxLength: 40 }),
        cutsArb,
        (rows, rawCuts) => {
          const lines = rows.map((r) => ` ${String(r.id).padStart(5, '0')} 199703${String(r.day).padStart(2, '0')}   1  ${(r.cents / 100).toFixed(2)}`);
          const text = [' customer_id  date number_of_cds  dollar_value', ...lines].join('\r\n') + '\r\n';
          const bytes = utf8(text);
          const whole = importTransactions(bytes);
          expect(whole.report.delimiter).toBe('whitespace');
          expect(whole.transactions).toEqual(
            rows.map((r) => ({ client: String(r.id).padStart(5, '0'), date: `1997-03-${String(r.day).padStart(2, '0')}`, amount: r.cents / 100, quantity: 1 })),
          );
          expect(importInPieces(bytes, normalizeCuts(rawCuts, bytes.length))).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles files larger than the sample, the settling buffer and a parse block', () => {
    // ~1.4 MB with multi-line quoted notes: crosses SAMPLE_CHARS, SETTLE_ROWS and BLOCK_CHARS.
    const rows: ModelRow[] = [];
    for (let i = 0; i < 30_000; i++) {
      if (i % 97 === 0) rows.push({ kind: 'badDate', client: `c${i}` });
      else if (i % 101 === 0) rows.push({ kind: 'blank' });
      else {
        const note = i % 7 === 0 ? `строка 1\nстрока "2"; ещё\r\n${'x'.repeat(i % 50)}` : 'примечание';
        rows.push({ kind: 'good', client: `Клиент ${i % 500}`, iso: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, cents: i * 37 - 50_000, note, dateStyle: i % 2 ? 'dmy' : 'iso' });
      }
    }
    const file = renderCsv(rows, ';', '\r\n', false, true, true);
    const bytes = encodeCp1251(file.text);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const whole = importTransactions(bytes, { maxErrors: 1000 });
    expect(whole.transactions).toEqual(file.expected.transactions);
    expect(whole.report.errors).toEqual(file.expected.errors);
    expect(whole.report).toMatchObject({ encoding: 'windows-1251', delimiter: ';', read: file.expected.read });
    const chunked = importInPieces(bytes, Array.from({ length: Math.floor(bytes.length / 65_536) }, (_, k) => (k + 1) * 65_536), { maxErrors: 1000 });
    expect(chunked).toEqual(whole);
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647);
    const cuts: number[] = [];
    for (let at = random() % 5000; at < bytes.length; at += 1 + (random() % 40_000)) cuts.push(at);
    expect(importInPieces(bytes, cuts, { maxErrors: 1000 })).toEqual(whole);
  });

  it('rejects push after end', () => {
    const importer = createTransactionImporter({}, () => {});
    importer.push('Client,Date,Amount\nA,2024-01-01,1\n');
    expect(importer.end()).toMatchObject({ used: 1 });
    expect(() => importer.push('x')).toThrow();
  });
});
