/**
 * The streaming CSV importer: bytes or text go in by chunks, transactions come
 * out through a callback, and `end()` returns the report. It holds at most a
 * block of text and the first SETTLE_ROWS rows at a time, so files of
 * millions of rows stream in constant memory.
 *
 * How the text is cut: the first lines (a sample of SAMPLE_ROWS lines, at
 * most SAMPLE_CHARS characters) settle the newline and the delimiter; then
 * the text is cut at the last record boundary outside quotes (see
 * record-boundary.ts) and each block of whole records goes to papaparse
 * (whitespace-separated files, which have no quoting, are split by line).
 * Physical line numbers are counted per record from the line breaks inside
 * its fields, so they stay right after quoted multi-line cells. The first
 * SETTLE_ROWS data rows are held until the day/month order and the decimal
 * mark are settled from them, then flushed. Every decision depends on the
 * text only, never on where the chunks were cut.
 *
 * @example
 * const importer = createTransactionImporter({ lang: 'ru' }, (t) => totals.add(t));
 * for await (const chunk of stream) importer.push(chunk);
 * const report = importer.end();
 */
import Papa from 'papaparse';
import type { Transaction } from '../transaction.js';
import { findColumns, type ColumnMap } from './columns.js';
import { settleDateOrder } from './date-order.js';
import type { DateOrder } from './dates.js';
import { createStreamDecoder, type StreamDecoder } from './decode.js';
import { detectDelimiter, SAMPLE_ROWS, splitWhitespace, type Delimiter, type Newline } from './delimiter.js';
import { breaksInside, countBreaks, detectNewline, onlyTerminators } from './line-breaks.js';
import { ImportError } from './import-error.js';
import { importMessages } from './messages.js';
import { settleDecimalMark, type DecimalMark } from './numbers.js';
import { parseImportOptions, type ImportOptionsInput } from './options.js';
import { createBoundaryScanner, type BoundaryScanner } from './record-boundary.js';
import { NUMERIC_ROLES, RoleSchema, type Role } from './roles.js';
import { readRow, rowContext, type RowContext, type RowRejection } from './rows.js';

export type ImportReport = {
  /** `utf-8` or `windows-1251` for bytes; `string` when the input was text already. */
  encoding: string;
  /** `,`, `;`, a tab, or `whitespace`. */
  delimiter: string;
  /** The header (or `#n` without a header row) of the column used for each role. */
  columns: Partial<Record<Role, string>>;
  dateOrder: DateOrder;
  /** True when ambiguous dates like 03/05/2024 were read as `dateOrder` without proof. */
  dateOrderAssumed: boolean;
  /** The decimal mark settled from the first rows, when they prove one (it decides `1,234`). */
  decimalMark?: DecimalMark;
  /** Data rows read (blank rows are not rows): read = used + rejected. */
  read: number;
  used: number;
  rejected: number;
  /** The first `maxErrors` rejected rows, in file order. */
  errors: RowRejection[];
};

export type TransactionImporter = {
  push(chunk: Uint8Array | string): void;
  end(): ImportReport;
};

/** Data rows held to settle the date order and decimal mark. */
export const SETTLE_ROWS = 1000;
/** Upper bound of the sample that settles newline and delimiter. */
export const SAMPLE_CHARS = 65_536;
/** Text handed to papaparse at once: large enough to be fast, small enough to keep memory flat. */
const BLOCK_CHARS = 1 << 20;

type HeldRow = { fields: string[]; line: number; unclosed: boolean };

const isBlankRow = (fields: string[]): boolean => {
  for (let i = 0; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
};

export function createTransactionImporter(
  options: ImportOptionsInput | undefined,
  onTransaction: (transaction: Transaction) => void,
): TransactionImporter {
  const opts = parseImportOptions(options ?? {});
  const messages = importMessages(opts.lang);
  const report: ImportReport = {
    encoding: 'string',
    delimiter: '',
    columns: {},
    dateOrder: opts.dateOrder === 'mdy' ? 'mdy' : 'dmy',
    dateOrderAssumed: false,
    read: 0,
    used: 0,
    rejected: 0,
    errors: [],
  };

  let decoder: StreamDecoder | undefined;
  let pending = '';
  let started = false;
  let ended = false;
  let sampleNewlines = 0;
  let sampleScanned = 0;
  let delimiter: Delimiter | undefined;
  let newline: Newline = '\n';
  let scanner: BoundaryScanner | undefined;
  /** Physical line on which `pending` starts. */
  let line = 1;
  let map: ColumnMap | undefined;
  let fieldCount = 0;
  let context: RowContext | undefined;
  const held: HeldRow[] = [];

  const reject = (rejection: RowRejection): void => {
    report.rejected++;
    if (report.errors.length < opts.maxErrors) report.errors.push(rejection);
  };

  const emit = (fields: string[], rowLine: number, unclosed: boolean): void => {
    if (unclosed) return reject({ line: rowLine, reason: messages.unclosedQuote });
    const result = readRow(fields, rowLine, context!);
    if ('reason' in result) return reject(result);
    report.used++;
    onTransaction(result);
  };

  const settle = (): void => {
    const columns = map!;
    const order =
      opts.dateOrder === 'auto'
        ? settleDateOrder(held.map((row) => row.fields[columns.date!] ?? ''))
        : { order: opts.dateOrder, assumed: false };
    const numericCells: string[] = [];
    for (const role of NUMERIC_ROLES) {
      const index = columns[role];
      if (index === undefined) continue;
      for (const row of held) numericCells.push(row.fields[index] ?? '');
    }
    const decimalMark = settleDecimalMark(numericCells);
    report.dateOrder = order.order;
    report.dateOrderAssumed = order.assumed;
    if (decimalMark) report.decimalMark = decimalMark;
    context = rowContext(columns, fieldCount, order.order, decimalMark, opts.lang);
    for (const row of held) emit(row.fields, row.line, row.unclosed);
    held.length = 0;
  };

  const setColumns = (fields: string[]): void => {
    const labels = opts.header ? fields.map((field) => field.trim()) : fields.map((_, i) => `#${i + 1}`);
    map = findColumns(labels, opts.columns ?? {}, opts.lang, opts.header);
    // Trailing blank header cells (a `;` at the end of each line) are not columns.
    let count = fields.length;
    if (opts.header) while (count > 1 && labels[count - 1] === '') count--;
    fieldCount = count;
    for (const role of RoleSchema.options) {
      const index = map[role];
      if (index !== undefined) report.columns[role] = labels[index];
    }
  };

  const handleRow = (fields: string[], rowLine: number, unclosed: boolean): void => {
    if (isBlankRow(fields)) return;
    if (!map) {
      setColumns(fields);
      if (opts.header) return;
    }
    report.read++;
    if (context) return emit(fields, rowLine, unclosed);
    held.push({ fields, line: rowLine, unclosed });
    if (held.length >= SETTLE_ROWS) settle();
  };

  /**
   * Reads the records of `block`. Blocks other than the last end with their
   * terminator, so that papaparse sees what follows a closing quote exactly
   * as in the whole file; the empty record it reports after it is dropped.
   */
  const processBlock = (block: string, final: boolean): void => {
    if (delimiter === 'whitespace') {
      const lines = block.split(newline);
      if (!final) lines.pop();
      for (const text of lines) handleRow(splitWhitespace(text), line++, false);
      return;
    }
    // Searched before papaparse runs: V8 was seen taking ~0.4 s per 1 MB
    // block for an indexOf on a slice of a large string once papaparse had
    // split that slice.
    const quoted = block.indexOf('"') !== -1;
    const breaks = quoted ? countBreaks(block) : undefined;
    const parsed = Papa.parse<string[]>(block, { delimiter, newline, quoteChar: '"', escapeChar: '"' });
    const unclosedRow =
      final && scanner!.inQuotes() ? (parsed.errors.find((e) => e.code === 'MissingQuotes')?.row ?? -1) : -1;
    const rows = parsed.data;
    const count = final ? rows.length : rows.length - 1;
    // Fields can hold line breaks only when quoted; and when the block has no
    // more line-break characters than its record terminators, none does.
    const multiline = breaks !== undefined && !onlyTerminators(breaks, rows.length - 1, newline);
    for (let r = 0; r < count; r++) {
      const fields = rows[r];
      const rowLine = line;
      line += multiline ? 1 + breaksInside(fields) : 1;
      handleRow(fields, rowLine, r === unclosedRow);
    }
  };

  /** Hands every complete record in `pending` to processBlock, a block at a time. */
  const drain = (final: boolean): void => {
    const nl = newline.length;
    for (;;) {
      const end = Math.min(pending.length, BLOCK_CHARS);
      let boundary: number;
      if (scanner) {
        boundary = scanner.next(pending, final, end);
        if (boundary === -1 && end < pending.length) boundary = scanner.next(pending, final);
      } else {
        boundary = end >= nl ? pending.lastIndexOf(newline, end - nl) : -1;
        if (boundary === -1 && end < pending.length) boundary = pending.lastIndexOf(newline);
      }
      if (boundary === -1) break;
      const block = pending.slice(0, boundary + nl);
      pending = pending.slice(boundary + nl);
      scanner?.consumed(boundary + nl);
      processBlock(block, false);
    }
    if (final && pending.length > 0) {
      const block = pending;
      pending = '';
      processBlock(block, true);
    }
  };

  /** True once `pending` holds the whole sample that settles newline and delimiter. */
  const sampleReady = (final: boolean): boolean => {
    if (final || pending.length >= SAMPLE_CHARS) return true;
    while (sampleNewlines <= SAMPLE_ROWS) {
      const at = pending.indexOf('\n', sampleScanned);
      if (at === -1) {
        sampleScanned = pending.length;
        return false;
      }
      sampleNewlines++;
      sampleScanned = at + 1;
    }
    return true;
  };

  const settleFormat = (): void => {
    // The sample is the first SAMPLE_ROWS + 1 lines, or the first SAMPLE_CHARS
    // characters cut after their last line break: fixed by the text alone.
    let sample = pending.slice(0, SAMPLE_CHARS);
    let found = 0;
    let cut = -1;
    while (found <= SAMPLE_ROWS) {
      const at = sample.indexOf('\n', cut + 1);
      if (at === -1) break;
      found++;
      cut = at;
    }
    if (found > SAMPLE_ROWS || (sample.length === SAMPLE_CHARS && cut >= 0)) sample = sample.slice(0, cut + 1);
    newline = detectNewline(sample);
    delimiter = opts.delimiter === 'auto' ? detectDelimiter(sample, newline) : opts.delimiter;
    report.delimiter = delimiter === 'whitespace' ? 'whitespace' : delimiter;
    if (delimiter !== 'whitespace') scanner = createBoundaryScanner(delimiter, newline);
  };

  const feed = (text: string, final: boolean): void => {
    if (!started) {
      if (text.length === 0 && !final) return;
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    pending += text;
    if (delimiter === undefined) {
      if (!sampleReady(final)) return;
      settleFormat();
    }
    drain(final);
  };

  return {
    push(chunk) {
      if (ended) throw new Error('createTransactionImporter: push() after end()');
      if (typeof chunk === 'string') return feed(chunk, false);
      decoder ??= createStreamDecoder(opts.encoding);
      feed(decoder.decode(chunk), false);
    },
    end() {
      if (ended) return report;
      ended = true;
      feed(decoder ? decoder.end() : '', true);
      if (!map) throw new ImportError(messages.emptyFile);
      if (!context) settle();
      if (decoder) report.encoding = decoder.encoding();
      return report;
    },
  };
}
