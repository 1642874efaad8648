/**
 * Turns one data record (its fields as offsets into the scanned text, see
 * record-scanner.ts) into a Transaction, or into a rejection saying which
 * line and why. Text cells are trimmed and Excel's `="00123"` guard for
 * leading zeros is undone; empty optional cells are left out; tags are split
 * on `,` and `;`. Dates and amounts in their common forms are read straight
 * from the text, so most rows slice only the client id and the date.
 *
 * Values that would quietly distort the analysis are rejected: dates outside
 * 1900-2100, bare numbers in a column of calendar dates, amounts above
 * MAX_MAGNITUDE, cells longer than a value can be; echoes of a bad cell are
 * shortened to SHOWN_CHARS characters.
 *
 * @example
 * const context = rowContext({ client: 0, date: 1, amount: 2 }, 3, 'dmy', undefined, false, 'en');
 * const f = createFields();
 * const text = '7701234567;05.03.2024;1 234,56\n';
 * scanRecord(text, 0, true, 59, f, false);
 * readRow(text, f, 2, context); // { client: '7701234567', date: '2024-03-05', amount: 1234.56 }
 */
import { withinMagnitude } from '../magnitude.js';
import type { Transaction } from '../transaction.js';
import type { ColumnMap } from './columns.js';
import { isOutOfRangeDate, isSerialLike, parseDate, type DateOrder } from './dates.js';
import { importMessages, type ImportLang, type ImportMessages } from './messages.js';
import { MAX_VALUE_CHARS, parseNumber, parseNumberIn, type DecimalMark } from './numbers.js';
import { cellAt, type Fields } from './record-scanner.js';

export type RowRejection = { line: number; reason: string };

/** Longest client id kept. */
export const MAX_ID_CHARS = 1000;
/** How much of a bad cell a message repeats. */
export const SHOWN_CHARS = 40;

/** A cell as a message shows it: at most SHOWN_CHARS characters, then `…`. */
export function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** Everything readRow needs, resolved once per file: column indexes are -1 when absent. */
export type RowContext = {
  fieldCount: number;
  client: number;
  name: number;
  date: number;
  amount: number;
  profit: number;
  quantity: number;
  email: number;
  domain: number;
  kam: number;
  tags: number;
  potential: number;
  dateOrder: DateOrder;
  decimalMark: DecimalMark | undefined;
  /** Whether the date column holds Excel serial numbers (then bare numbers are dates). */
  serialDates: boolean;
  messages: ImportMessages;
};

export function rowContext(
  map: ColumnMap,
  fieldCount: number,
  dateOrder: DateOrder,
  decimalMark: DecimalMark | undefined,
  serialDates: boolean,
  lang: ImportLang,
): RowContext {
  const at = (index: number | undefined): number => index ?? -1;
  return {
    fieldCount,
    client: at(map.client),
    name: at(map.name),
    date: at(map.date),
    amount: at(map.amount),
    profit: at(map.profit),
    quantity: at(map.quantity),
    email: at(map.email),
    domain: at(map.domain),
    kam: at(map.kam),
    tags: at(map.tags),
    potential: at(map.potential),
    dateOrder,
    decimalMark,
    serialDates,
    messages: importMessages(lang),
  };
}

/** Trimmed cell, with Excel's `="..."` text guard removed. */
export function cellText(raw: string): string {
  let s = raw;
  if (s.length === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first <= 32 || last <= 32 || first === 0xa0 || last === 0xa0) s = s.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61 && s.charCodeAt(1) === 34 && s.charCodeAt(s.length - 1) === 34) {
    s = s.slice(2, -1).trim();
  }
  return s;
}

/** Whether fields from `from` on are all blank (a `;` at the end of each line adds one). */
export function extraFieldsBlank(text: string, f: Fields, from: number): boolean {
  for (let i = from; i < f.count; i++) if (cellAt(text, f, i).trim() !== '') return false;
  return true;
}

const cell = (text: string, f: Fields, index: number): string => cellText(cellAt(text, f, index));

type NumberRead = number | undefined | string;

/** An optional number: undefined when empty, a reason when unreadable or implausible. */
function optionalNumber(text: string, f: Fields, index: number, ctx: RowContext, role: string): NumberRead {
  const value = cell(text, f, index);
  if (value === '') return undefined;
  const m = ctx.messages;
  if (value.length > MAX_VALUE_CHARS) return m.tooLong(role, shown(value));
  const number = parseNumber(value, ctx.decimalMark);
  if (number === null) return m.badNumber(role, shown(value));
  if (!withinMagnitude(number)) return m.tooLarge(role, shown(value));
  return number;
}

function readDate(text: string, f: Fields, ctx: RowContext): string | { reason: string } {
  const index = ctx.date;
  const m = ctx.messages;
  if (index < f.count && f.kinds[index] === 0 && f.ends[index] - f.starts[index] === 10) {
    const date = parseDate(text.slice(f.starts[index], f.ends[index]), ctx.dateOrder, ctx.serialDates);
    if (date !== null) return date;
  }
  const value = cell(text, f, index);
  if (value === '') return { reason: m.emptyDate };
  if (value.length > MAX_VALUE_CHARS) return { reason: m.tooLong(m.roleNames.date, shown(value)) };
  const date = parseDate(value, ctx.dateOrder, ctx.serialDates);
  if (date !== null) return date;
  if (!ctx.serialDates && isSerialLike(value)) return { reason: m.numberNotDate(shown(value)) };
  if (isOutOfRangeDate(value, ctx.dateOrder)) return { reason: m.dateOutOfRange(shown(value)) };
  return { reason: m.badDate(shown(value)) };
}

function readAmount(text: string, f: Fields, ctx: RowContext): number | { reason: string } {
  const index = ctx.amount;
  const m = ctx.messages;
  let amount: number | null = null;
  if (index < f.count && f.kinds[index] === 0) amount = parseNumberIn(text, f.starts[index], f.ends[index], ctx.decimalMark);
  if (amount === null) {
    const value = cell(text, f, index);
    if (value === '') return { reason: m.emptyAmount };
    if (value.length > MAX_VALUE_CHARS) return { reason: m.tooLong(m.roleNames.amount, shown(value)) };
    amount = parseNumber(value, ctx.decimalMark);
    if (amount === null) return { reason: m.badAmount(shown(value)) };
  }
  if (!withinMagnitude(amount)) return { reason: m.tooLarge(m.roleNames.amount, shown(cell(text, f, index))) };
  return amount;
}

export function readRow(text: string, f: Fields, line: number, ctx: RowContext): Transaction | RowRejection {
  const m = ctx.messages;
  if (f.count !== ctx.fieldCount && !(f.count > ctx.fieldCount && extraFieldsBlank(text, f, ctx.fieldCount))) {
    return { line, reason: m.fieldCount(ctx.fieldCount, f.count) };
  }
  const client = cell(text, f, ctx.client);
  if (client === '') return { line, reason: m.emptyClient };
  if (client.length > MAX_ID_CHARS) return { line, reason: m.tooLong(m.roleNames.client, shown(client)) };
  // Two different ids whose bytes both decode to U+FFFD would merge into one client.
  if (client.indexOf('\uFFFD') !== -1) return { line, reason: m.undecodableClient(shown(client)) };

  const date = readDate(text, f, ctx);
  if (typeof date !== 'string') return { line, reason: date.reason };
  const amount = readAmount(text, f, ctx);
  if (typeof amount !== 'number') return { line, reason: amount.reason };

  const transaction: Transaction = { client, date, amount };
  if (ctx.profit >= 0) {
    const profit = optionalNumber(text, f, ctx.profit, ctx, m.roleNames.profit);
    if (typeof profit === 'string') return { line, reason: profit };
    if (profit !== undefined) transaction.profit = profit;
  }
  if (ctx.quantity >= 0) {
    const quantity = optionalNumber(text, f, ctx.quantity, ctx, m.roleNames.quantity);
    if (typeof quantity === 'string') return { line, reason: quantity };
    if (quantity !== undefined) transaction.quantity = quantity;
  }
  if (ctx.potential >= 0) {
    const potential = optionalNumber(text, f, ctx.potential, ctx, m.roleNames.potential);
    if (typeof potential === 'string') return { line, reason: potential };
    if (potential !== undefined) transaction.potential = potential;
  }
  if (ctx.name >= 0) {
    const name = cell(text, f, ctx.name);
    if (name !== '') transaction.name = name;
  }
  if (ctx.email >= 0) {
    const email = cell(text, f, ctx.email);
    if (email !== '') transaction.email = email;
  }
  if (ctx.domain >= 0) {
    const domain = cell(text, f, ctx.domain);
    if (domain !== '') transaction.domain = domain;
  }
  if (ctx.kam >= 0) {
    const kam = cell(text, f, ctx.kam);
    if (kam !== '') transaction.kam = kam;
  }
  if (ctx.tags >= 0) {
    const tags = cell(text, f, ctx.tags)
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
    if (tags.length) transaction.tags = tags;
  }
  return transaction;
}
