/**
 * Turns one data row (its fields, already split) into a Transaction, or into
 * a rejection saying which line and why. Text cells are trimmed and Excel's
 * `="00123"` guard for leading zeros is undone; empty optional cells are
 * left out; tags are split on `,` and `;`.
 *
 * @example
 * const context = rowContext({ client: 0, date: 1, amount: 2 }, 3, 'dmy', undefined, 'en');
 * readRow(['7701234567', '05.03.2024', '1 234,56'], 2, context);
 * // { client: '7701234567', date: '2024-03-05', amount: 1234.56 }
 * readRow(['', '05.03.2024', '10'], 3, context); // { line: 3, reason: 'empty client' }
 */
import type { Transaction } from '../transaction.js';
import type { ColumnMap } from './columns.js';
import { parseDate, type DateOrder } from './dates.js';
import { importMessages, type ImportLang, type ImportMessages } from './messages.js';
import { parseNumber, type DecimalMark } from './numbers.js';

export type RowRejection = { line: number; reason: string };

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
  messages: ImportMessages;
};

export function rowContext(
  map: ColumnMap,
  fieldCount: number,
  dateOrder: DateOrder,
  decimalMark: DecimalMark | undefined,
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
    messages: importMessages(lang),
  };
}

/** Trimmed cell, with Excel's `="..."` text guard removed. */
function cellText(raw: string | undefined): string {
  if (raw === undefined) return '';
  let s = raw;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first <= 32 || last <= 32 || first === 0xa0 || last === 0xa0) s = s.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61 && s.charCodeAt(1) === 34 && s.charCodeAt(s.length - 1) === 34) {
    s = s.slice(2, -1).trim();
  }
  return s;
}

function extraFieldsBlank(fields: string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
}

/** An optional number: undefined when empty, null when unreadable. */
function optionalNumber(fields: string[], index: number, mark: DecimalMark | undefined): number | undefined | null {
  const text = fields[index];
  if (text === undefined || text.length === 0) return undefined;
  const value = parseNumber(text, mark);
  if (value === null && cellText(text) === '') return undefined;
  return value;
}

export function readRow(fields: string[], line: number, ctx: RowContext): Transaction | RowRejection {
  const m = ctx.messages;
  if (fields.length !== ctx.fieldCount && !(fields.length > ctx.fieldCount && extraFieldsBlank(fields, ctx.fieldCount))) {
    return { line, reason: m.fieldCount(ctx.fieldCount, fields.length) };
  }
  const client = cellText(fields[ctx.client]);
  if (client === '') return { line, reason: m.emptyClient };

  const dateText = fields[ctx.date];
  let date = parseDate(dateText, ctx.dateOrder);
  if (date === null) {
    const shown = cellText(dateText);
    if (shown === '') return { line, reason: m.emptyDate };
    date = parseDate(shown, ctx.dateOrder);
    if (date === null) return { line, reason: m.badDate(shown) };
  }

  const amountText = fields[ctx.amount];
  const amount = parseNumber(amountText, ctx.decimalMark);
  if (amount === null) {
    const shown = cellText(amountText);
    return { line, reason: shown === '' ? m.emptyAmount : m.badAmount(shown) };
  }

  const transaction: Transaction = { client, date, amount };
  if (ctx.profit >= 0) {
    const profit = optionalNumber(fields, ctx.profit, ctx.decimalMark);
    if (profit === null) return { line, reason: m.badNumber(m.roleNames.profit, cellText(fields[ctx.profit])) };
    if (profit !== undefined) transaction.profit = profit;
  }
  if (ctx.quantity >= 0) {
    const quantity = optionalNumber(fields, ctx.quantity, ctx.decimalMark);
    if (quantity === null) return { line, reason: m.badNumber(m.roleNames.quantity, cellText(fields[ctx.quantity])) };
    if (quantity !== undefined) transaction.quantity = quantity;
  }
  if (ctx.potential >= 0) {
    const potential = optionalNumber(fields, ctx.potential, ctx.decimalMark);
    if (potential === null) return { line, reason: m.badNumber(m.roleNames.potential, cellText(fields[ctx.potential])) };
    if (potential !== undefined) transaction.potential = potential;
  }
  if (ctx.name >= 0) {
    const name = cellText(fields[ctx.name]);
    if (name !== '') transaction.name = name;
  }
  if (ctx.email >= 0) {
    const email = cellText(fields[ctx.email]);
    if (email !== '') transaction.email = email;
  }
  if (ctx.domain >= 0) {
    const domain = cellText(fields[ctx.domain]);
    if (domain !== '') transaction.domain = domain;
  }
  if (ctx.kam >= 0) {
    const kam = cellText(fields[ctx.kam]);
    if (kam !== '') transaction.kam = kam;
  }
  if (ctx.tags >= 0) {
    const tags = cellText(fields[ctx.tags])
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
    if (tags.length) transaction.tags = tags;
  }
  return transaction;
}
