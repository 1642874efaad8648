/**
 * Random CSV files whose expected import result is known by construction:
 * fast-check arbitraries render a list of modelled rows (good ones, rows with
 * an empty client, a bad date or a bad amount, blank lines) in some
 * delimiter, newline, quoting and number style, tracking the physical line
 * each row starts on. Tests compare the importer with that model.
 *
 * @example
 * fc.assert(fc.property(csvFileArb(), (file) => { ... importTransactions(file.text) ... file.expected ... }));
 */
import fc from 'fast-check';
import type { Transaction } from '../../shared/transaction.js';
import { CP1251_CHARS } from './cp1251.js';

export type ModelRow =
  | { kind: 'good'; client: string; iso: string; cents: number; note: string; dateStyle: 'dmy' | 'iso' }
  | { kind: 'emptyClient'; note: string }
  | { kind: 'badDate'; client: string }
  | { kind: 'badAmount'; client: string }
  | { kind: 'blank' };

export type CsvFile = {
  text: string;
  delimiter: ',' | ';' | '\t';
  newline: '\n' | '\r\n';
  /** Whether the text only uses characters Windows-1251 can encode. */
  cp1251: boolean;
  expected: { transactions: Transaction[]; errors: { line: number; reason: string }[]; read: number };
};

const ASCII_WORD = 'abcxyzABCXYZ0123456789';

const wordArb = (cp1251: boolean): fc.Arbitrary<string> => {
  const letters = cp1251 ? [...CP1251_CHARS.filter((c) => c !== '\u00a0'), ...ASCII_WORD] : [...ASCII_WORD, 'Я', 'ё', 'é', '€', '𝄞', '中'];
  return fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));
};

/** Client names: words, with quotes, delimiters and spaces inside (never at the ends). */
const clientArb = (cp1251: boolean): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(wordArb(cp1251), fc.constantFrom(' ', '"', ';', ',', '\t', ' "', '" ', '')), { minLength: 1, maxLength: 3 })
    .chain((parts) => wordArb(cp1251).map((last) => parts.map(([w, sep]) => w + sep).join('') + last));

const noteArb = (cp1251: boolean): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(wordArb(cp1251), fc.constantFrom('\n', '\r\n', '"', '""', ';', ',', '\t', ' ', '')), { maxLength: 6 })
    .map((parts) => parts.join(''));

const dateArb = fc
  .record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const rowArb = (cp1251: boolean): fc.Arbitrary<ModelRow> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('good' as const), client: clientArb(cp1251), iso: dateArb, cents: fc.integer({ min: -1e9, max: 1e9 }), note: noteArb(cp1251), dateStyle: fc.constantFrom('dmy' as const, 'iso' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('emptyClient' as const), note: noteArb(cp1251) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('badDate' as const), client: clientArb(cp1251) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('badAmount' as const), client: clientArb(cp1251) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
  );

/**
 * Quotes a field when it must be. With `looseQuotes`, quotes inside a field
 * that does not start with one stay bare (`ООО "Ромашка"`), as many Russian
 * exports write them: readers take them literally.
 */
function quote(field: string, delimiter: string, always: boolean, looseQuotes: boolean): string {
  const needs =
    always ||
    field.includes(delimiter) ||
    /[\r\n]/.test(field) ||
    field !== field.trim() ||
    (field.includes('"') && (!looseQuotes || field.startsWith('"')));
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

/** An amount in the style a file with this delimiter would use. */
function amountText(cents: number, delimiter: string, variant: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const grouped = (sep: string): string => units.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  let body: string;
  if (delimiter === ';') body = variant % 2 ? `${grouped('\u00a0')},${fraction}` : `${units},${fraction}`;
  else if (delimiter === ',') body = variant % 2 ? `${grouped(',')}.${fraction}` : `${units}.${fraction}`;
  else body = variant % 2 ? `${grouped(' ')},${fraction}` : `${units}.${fraction}`;
  if (!negative) return body;
  return variant % 3 === 0 ? `(${body})` : `-${body}`;
}

export function renderCsv(
  rows: ModelRow[],
  delimiter: ',' | ';' | '\t',
  newline: '\n' | '\r\n',
  quoteAll: boolean,
  cp1251: boolean,
  trailingNewline: boolean,
  looseQuotes = false,
): CsvFile {
  const q = (field: string): string => quote(field, delimiter, quoteAll, looseQuotes);
  const lines: string[] = [['Клиент', 'Дата', 'Сумма', 'Комментарий'].map(q).join(delimiter)];
  const transactions: Transaction[] = [];
  const errors: { line: number; reason: string }[] = [];
  let line = 2;
  let read = 0;
  rows.forEach((row, index) => {
    let record: string;
    if (row.kind === 'blank') record = '';
    else {
      read++;
      if (row.kind === 'good') {
        const [y, m, d] = row.iso.split('-');
        const date = row.dateStyle === 'iso' ? row.iso : `${d}.${m}.${y}`;
        record = [row.client, date, amountText(row.cents, delimiter, index), row.note].map(q).join(delimiter);
        transactions.push({ client: row.client, date: row.iso, amount: row.cents / 100 === 0 ? 0 : row.cents / 100 });
      } else if (row.kind === 'emptyClient') {
        record = ['', '01.01.2024', '1', row.note].map(q).join(delimiter);
        errors.push({ line, reason: 'empty client' });
      } else if (row.kind === 'badDate') {
        record = [row.client, '32.01.2024', '1', ''].map(q).join(delimiter);
        errors.push({ line, reason: "unreadable date '32.01.2024'" });
      } else {
        record = [row.client, '01.01.2024', 'yy', ''].map(q).join(delimiter);
        errors.push({ line, reason: "unreadable amount 'yy'" });
      }
    }
    lines.push(record);
    // Line breaks inside quoted fields move the next record down.
    line += 1 + (record.match(/\r\n|\r|\n/g)?.length ?? 0);
  });
  const text = lines.join(newline) + (trailingNewline ? newline : '');
  return { text, delimiter, newline, cp1251, expected: { transactions, errors, read } };
}

export const csvFileArb = (maxRows = 25): fc.Arbitrary<CsvFile> =>
  fc.boolean().chain((cp1251) =>
    fc
      .tuple(
        fc.array(rowArb(cp1251), { maxLength: maxRows }),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        fc.constantFrom('\n' as const, '\r\n' as const),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([rows, delimiter, newline, quoteAll, trailing, looseQuotes]) =>
        renderCsv(rows, delimiter, newline, quoteAll, cp1251, trailing, looseQuotes),
      ),
  );
