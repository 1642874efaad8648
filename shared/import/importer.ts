/**
 * The streaming CSV importer: bytes or text go in by chunks, transactions come
 * out through a callback, and `end()` returns the report. It holds at most a
 * chunk of text and the first SETTLE_ROWS records at a time, so files of
 * millions of rows stream in constant memory.
 *
 * How the text is read: the first lines (a sample of SAMPLE_ROWS lines, at
 * most SAMPLE_CHARS characters) settle the delimiter; then record-scanner.ts
 * finds each record's fields as offsets into the text, and rows.ts reads the
 * cells it needs straight from there. The first SETTLE_ROWS records are kept
 * as text until the day/month order, the decimal mark and whether dates are
 * Excel serials are settled from them, then read. Every decision depends on
 * the text only, never on where the chunks were cut.
 *
 * Every physical line is accounted for (`report.lines`): header, blank, used
 * or rejected. A quoted field that runs away (never closes, or spans more
 * lines than a cell can, or swallows lines into a client, date or number
 * column) is re-read from the line where it opened, with that quote taken
 * literally: if the line then reads as a row of the right width, the quote
 * was a stray character and the line is rejected with that reason;
 * otherwise the import fails with an ImportError naming the line.
 *
 * @example
 * const importer = createTransactionImporter({ lang: 'ru' }, (t) => totals.add(t));
 * for await (const chunk of stream) importer.push(chunk);
 * const report = importer.end();
 */
import type { Transaction } from '../transaction.js';
import { resolveColumns, type ColumnMap } from './columns.js';
import { settleDateOrder } from './date-order.js';
import { isSerialLike, type DateOrder } from './dates.js';
import { createStreamDecoder, type StreamDecoder } from './decode.js';
import { detectDelimiter, SAMPLE_ROWS, type Delimiter } from './delimiter.js';
import { ImportError } from './import-error.js';
import { importMessages } from './messages.js';
import { isAmbiguousNumber, settleDecimalMark, type DecimalMark } from './numbers.js';
import { parseImportOptions, type ImportOptionsInput } from './options.js';
import { cellAt, createFields, INCOMPLETE, RUNAWAY, scanRecord, type Fields } from './record-scanner.js';
import { NUMERIC_ROLES, RoleSchema, type Role } from './roles.js';
import { cellText, extraFieldsBlank, readRow, rowContext, shown, type RowContext, type RowRejection } from './rows.js';

/** Physical lines of the file by what became of them: total = header + blank + used + rejected. */
export type LineCounts = { total: number; header: number; blank: number; used: number; rejected: number };

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
  /** Whether the date column was read as Excel serial numbers (all of the first rows' dates were bare numbers). */
  serialDates: boolean;
  /** Data rows read (blank rows are not rows): read = used + rejected. A row is a record, which a quoted cell may spread over several lines. */
  read: number;
  used: number;
  rejected: number;
  /** The first `maxErrors` rejected rows, in file order. */
  errors: RowRejection[];
  lines: LineCounts;
  /** What was read but deserves a look: duplicate or ambiguous headers, with the column used. */
  warnings: string[];
};

export type TransactionImporter = {
  push(chunk: Uint8Array | string): void;
  end(): ImportReport;
};

/** Data rows held to settle the date order and decimal mark. */
export const SETTLE_ROWS = 1000;
/** Upper bound of the sample that settles the delimiter. */
export const SAMPLE_CHARS = 65_536;

/** A record kept as text until the file's formats are settled; `stray` marks a line re-read after a runaway quote. */
type HeldRow = { text: string; line: number; span: number; stray: boolean };

/** Roles whose cells never hold a line break: a quoted cell there that does is a quote gone astray. */
const SINGLE_LINE_ROLES: readonly Role[] = ['client', 'date', 'amount', 'profit', 'quantity', 'email', 'domain', 'kam', 'potential'];

function isBlankRecord(text: string, f: Fields): boolean {
  for (let i = 0; i < f.count; i++) {
    const start = f.starts[i];
    const end = f.ends[i];
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff)) return false;
    }
  }
  return true;
}

export function createTransactionImporter(
  options: ImportOptionsInput | undefined,
  onTransaction: (transaction: Transaction) => void,
): TransactionImporter {
  const opts = parseImportOptions(options ?? {});
  const messages = importMessages(opts.lang);
  const lines: LineCounts = { total: 0, header: 0, blank: 0, used: 0, rejected: 0 };
  const report: ImportReport = {
    encoding: 'string',
    delimiter: '',
    columns: {},
    dateOrder: opts.dateOrder === 'mdy' ? 'mdy' : 'dmy',
    dateOrderAssumed: false,
    serialDates: false,
    read: 0,
    used: 0,
    rejected: 0,
    errors: [],
    lines,
    warnings: [],
  };

  let decoder: StreamDecoder | undefined;
  let pending = '';
  let started = false;
  let ended = false;
  let sampleBreaks = 0;
  let sampleScanned = 0;
  let delim = -2;
  /** Physical line on which `pending` starts. */
  let line = 1;
  let map: ColumnMap | undefined;
  let fieldCount = 0;
  let context: RowContext | undefined;
  const held: HeldRow[] = [];
  const fields = createFields();

  const reject = (rejection: RowRejection, span: number): void => {
    report.rejected++;
    lines.rejected += span;
    if (report.errors.length < opts.maxErrors) report.errors.push(rejection);
  };

  /** The record in `fields`, read from `text`, as a transaction or a rejection. */
  const emit = (text: string, rowLine: number, span: number): void => {
    const result = readRow(text, fields, rowLine, context!);
    if ('reason' in result) return reject(result, span);
    report.used++;
    lines.used += span;
    onTransaction(result);
  };

  const rightWidth = (text: string): boolean =>
    fields.count === fieldCount || (fields.count > fieldCount && extraFieldsBlank(text, fields, fieldCount));

  /** A line re-read after a runaway quote: reported when it reads as a row, fatal when even that fails. */
  const strayLine = (text: string, rowLine: number): void => {
    if (!rightWidth(text)) throw new ImportError(messages.unclosedQuote(rowLine));
    reject({ line: rowLine, reason: messages.strayQuote }, 1);
  };

  const rescan = (row: HeldRow): void => {
    scanRecord(row.text, 0, true, delim, fields, row.stray);
  };

  const settle = (): void => {
    const columns = map!;
    const dateCells: string[] = [];
    const numericCells: string[] = [];
    const numericIndexes = NUMERIC_ROLES.map((role) => columns[role]).filter((index) => index !== undefined);
    for (const row of held) {
      if (row.stray) continue;
      rescan(row);
      dateCells.push(cellText(cellAt(row.text, fields, columns.date ?? -1)));
      for (const index of numericIndexes) numericCells.push(cellAt(row.text, fields, index));
    }
    const order =
      opts.dateOrder === 'auto' ? settleDateOrder(dateCells) : { order: opts.dateOrder, assumed: false };
    // Nothing proves the mark: a comma file can hold a comma inside a number only quoted, as US exports
    // quote "1,234" (thousands); elsewhere `1,234` stays decimal, and the reader is told.
    const ambiguous = numericCells.find(isAmbiguousNumber);
    const decimalMark = settleDecimalMark(numericCells) ?? (ambiguous !== undefined && delim === 44 ? '.' : undefined);
    if (ambiguous !== undefined && decimalMark === undefined) report.warnings.push(messages.decimalMarkAssumed(shown(ambiguous.trim())));
    const filled = dateCells.filter((cell) => cell !== '');
    const serialDates = filled.length > 0 && filled.every(isSerialLike);
    report.dateOrder = order.order;
    report.dateOrderAssumed = order.assumed;
    if (order.assumed) report.warnings.push(messages.dateOrderAssumed(order.order));
    report.serialDates = serialDates;
    if (decimalMark) report.decimalMark = decimalMark;
    context = rowContext(columns, fieldCount, order.order, decimalMark, serialDates, opts.lang);
    for (const row of held) {
      rescan(row);
      if (row.stray) reject({ line: row.line, reason: messages.strayQuote }, 1);
      else emit(row.text, row.line, row.span);
    }
    held.length = 0;
  };

  const setColumns = (text: string): void => {
    const cells: string[] = [];
    for (let i = 0; i < fields.count; i++) cells.push(cellAt(text, fields, i));
    const labels = opts.header ? cells.map((cell) => cell.trim()) : cells.map((_, i) => `#${i + 1}`);
    const resolved = resolveColumns(labels, opts.columns ?? {}, opts.lang, opts.header);
    map = resolved.map;
    report.warnings.push(...resolved.warnings);
    // Trailing blank header cells (a `;` at the end of each line) are not columns.
    let count = cells.length;
    if (opts.header) while (count > 1 && labels[count - 1] === '') count--;
    fieldCount = count;
    fields.singleLine = new Uint8Array(count);
    for (const role of SINGLE_LINE_ROLES) {
      const index = map[role];
      if (index !== undefined && index < count) fields.singleLine[index] = 1;
    }
    for (const role of RoleSchema.options) {
      const index = map[role];
      if (index !== undefined) report.columns[role] = labels[index];
    }
  };

  /**
   * A record whose quoted cell holds line breaks is believed only when it has
   * the file's width and no line inside that cell reads as a row of its own
   * (as many delimiters as a row has): else a stray quote in a name would
   * swallow the rows after it into one cell.
   */
  const multilineBelievable = (text: string): boolean => {
    if (!rightWidth(text)) return false;
    if (fieldCount < 2 || delim < 0) return true;
    for (let i = fields.multiline; i < fields.count; i++) {
      if (fields.kinds[i] === 0) continue;
      let delimiters = -1;
      for (let j = fields.starts[i], end = fields.ends[i]; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13) delimiters = 0;
        else if (c === delim && delimiters >= 0 && ++delimiters >= fieldCount - 1) return false;
      }
    }
    return true;
  };

  /** The record just scanned, from text[start, end), spanning `span` lines from `line`. */
  const handleRecord = (text: string, start: number, end: number, span: number, stray: boolean): void => {
    const rowLine = line;
    line += span;
    lines.total += span;
    if (isBlankRecord(text, fields)) {
      lines.blank += span;
      return;
    }
    if (!map) {
      setColumns(text);
      if (opts.header) {
        lines.header += span;
        return;
      }
    }
    report.read++;
    if (context) {
      if (stray) strayLine(text, rowLine);
      else emit(text, rowLine, span);
      return;
    }
    // Held until settled like any row, but a line too narrow even without its quote fails at once.
    if (stray && !rightWidth(text)) throw new ImportError(messages.unclosedQuote(rowLine));
    held.push({ text: text.slice(start, end), line: rowLine, span, stray });
    if (held.length >= SETTLE_ROWS) settle();
  };

  /** Reads every complete record in `pending`; keeps the incomplete tail. */
  const drain = (final: boolean): void => {
    const text = pending;
    let at = 0;
    while (at < text.length) {
      let next = scanRecord(text, at, final, delim, fields, false);
      if (next === INCOMPLETE) break;
      let span = 1 + fields.breaks;
      let stray = false;
      // Quoted cells in id, date and number columns cannot hold line breaks (the
      // scanner runs away there); elsewhere a multi-line record must still be a row of the right width.
      if (next === RUNAWAY || (fields.multiline >= 0 && map !== undefined && !multilineBelievable(text))) {
        next = scanRecord(text, at, final, delim, fields, true);
        if (next === INCOMPLETE) break;
        span = 1;
        stray = true;
      }
      handleRecord(text, at, next, span, stray);
      at = next;
    }
    pending = at === 0 ? text : text.slice(at);
  };

  /** True once `pending` holds the whole sample that settles the delimiter. */
  const sampleReady = (final: boolean): boolean => {
    if (final || pending.length >= SAMPLE_CHARS) return true;
    while (sampleBreaks <= SAMPLE_ROWS) {
      const at = pending.indexOf('\n', sampleScanned);
      if (at === -1) {
        sampleScanned = pending.length;
        return false;
      }
      sampleBreaks++;
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
    const delimiter: Delimiter = opts.delimiter === 'auto' ? detectDelimiter(sample) : opts.delimiter;
    report.delimiter = delimiter;
    delim = delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
  };

  const feed = (text: string, final: boolean): void => {
    if (!started) {
      if (text.length === 0 && !final) return;
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    pending += text;
    if (delim === -2) {
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
