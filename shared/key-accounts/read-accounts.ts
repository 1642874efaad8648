/**
 * Reads the accounts table from rows of cells (a CSV file or an `Accounts`
 * sheet). Columns are found by their Russian or English headers, in any
 * order; columns the KAM added are kept out of the way. Every data row is
 * used, rejected with its line and reason, or blank.
 *
 * @example
 * const { accounts, report } = readAccountsCsv('Клиент;КАМ;Потенциал\n7701;Петров;1 200 000', 'ru');
 * accounts[0].potential; // 1200000
 */
import Papa from 'papaparse';
import { unguardCell } from '../csv-cell.js';
import { decodeBytes } from '../import/decode.js';
import { parseDate } from '../import/dates.js';
import { parseNumber } from '../import/numbers.js';
import type { Lang } from '../options.js';
import { AccountSchema, type Account, type AccountColumn } from './account.js';
import { columnOfHeader } from './account-headers.js';
import { parseAnswer, parseContactRole } from './answers.js';
import { keyAccountMessages } from './messages.js';

export type AccountsReport = { read: number; used: number; rejected: number; errors: { line: number; reason: string }[] };

export type AccountsRead = { accounts: Account[]; report: AccountsReport; columns: Partial<Record<AccountColumn, number>> };

export class AccountsError extends Error {}

/** A cell as a sheet or a parser gives it. Dates must already be ISO text (the Sheets layer converts its Date objects in the sheet's time zone). */
export type Cell = string | number | boolean | null | undefined;

/** `lines[i]`: the file line of row i (CSV rows may span lines); default i + 1. */
export function readAccountRows(rows: readonly (readonly Cell[])[], lang: Lang, lines?: readonly number[]): AccountsRead {
  const m = keyAccountMessages[lang];
  const headerAt = rows.findIndex((row) => row.some((cell) => String(cell ?? '').trim() !== ''));
  const report: AccountsReport = { read: 0, used: 0, rejected: 0, errors: [] };
  if (headerAt < 0) return { accounts: [], report, columns: {} };
  const columns: Partial<Record<AccountColumn, number>> = {};
  rows[headerAt].forEach((header, i) => {
    const column = columnOfHeader(String(header ?? ''));
    if (column && columns[column] === undefined) columns[column] = i;
  });
  if (columns.client === undefined) throw new AccountsError(m.noClientColumn);
  const accounts: Account[] = [];
  const seen = new Map<string, number>();
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    const line = lines?.[r] ?? r + 1;
    if (row.every((cell) => String(cell ?? '').trim() === '')) continue;
    report.read++;
    const problems: string[] = [];
    const account = readRow(row, columns, lang, problems);
    if (!account.client) problems.unshift(m.emptyClient);
    else if (seen.has(account.client)) problems.unshift(m.duplicateClient(account.client, seen.get(account.client)!));
    if (problems.length) {
      report.rejected++;
      if (report.errors.length < 100) report.errors.push({ line, reason: problems.join('; ') });
      continue;
    }
    seen.set(account.client, line);
    accounts.push(AccountSchema.parse(account));
    report.used++;
  }
  return { accounts, report, columns };
}

/** An accounts CSV as bytes (UTF-8 or cp1251) or text; `,`, `;` or tab, settled from the header line. */
export function readAccountsCsv(input: Uint8Array | string, lang: Lang): AccountsRead {
  const text = (typeof input === 'string' ? input : decodeBytes(input).text).replace(/^\uFEFF/, '');
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = ([',', ';', '\t'] as const).map((d) => [d, headerLine.split(d).length] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const lines: number[] = [];
  let line = 1;
  for (const fields of parsed.data) {
    lines.push(line);
    line += 1 + fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  }
  return readAccountRows(parsed.data, lang, lines);
}

function readRow(row: readonly Cell[], columns: Partial<Record<AccountColumn, number>>, lang: Lang, problems: string[]) {
  const m = keyAccountMessages[lang];
  const raw = (column: AccountColumn): Cell => (columns[column] === undefined ? '' : row[columns[column]!]);
  const text = (column: AccountColumn) => unguardCell(String(raw(column) ?? '').trim());
  const number = (column: AccountColumn) => {
    const value = raw(column);
    if (value === '' || value === null || value === undefined) return undefined;
    const n = parseNumber(typeof value === 'number' ? value : String(value).trim());
    if (n === null || n < 0) problems.push(m.badNumber(column, String(value)));
    return n ?? undefined;
  };
  const date = (column: AccountColumn) => {
    const value = raw(column);
    if (value === '' || value === null || value === undefined) return undefined;
    const iso = parseDate(typeof value === 'number' ? value : String(value));
    if (iso === null) problems.push(m.badDate(column, String(value)));
    return iso ?? undefined;
  };
  const answer = (column: AccountColumn) => {
    const a = parseAnswer(raw(column));
    if (a === undefined) problems.push(m.badAnswer(column, String(raw(column))));
    return a ?? 'unknown';
  };
  return {
    client: text('client'),
    name: text('name'),
    kam: text('kam'),
    potential: number('potential'),
    tags: text('tags').split(/[;,]/).map((tag) => tag.trim()).filter(Boolean),
    need: answer('need'),
    solvency: answer('solvency'),
    authority: answer('authority'),
    payment_delay_days: number('payment_delay_days'),
    contract_until: date('contract_until'),
    decision_makers: parseDecisionMakers(text('decision_makers')),
    competitors: text('competitors'),
    needs: text('needs'),
    next_step: text('next_step'),
    next_step_date: date('next_step_date'),
    notes: text('notes'),
  };
}

/**
 * `Иванов И. — ЛПР; Петрова А. - закупщик` to names and roles. A role that
 * names one of the five known roles is stored as that role; other text is
 * kept as typed.
 */
export function parseDecisionMakers(text: string): { name: string; role: string }[] {
  return text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.*?)\s+[—–-]\s+(.*)$/.exec(entry) ?? /^(.*?)\s*\((.*)\)$/.exec(entry);
      if (!match) return { name: entry, role: '' };
      const role = match[2].trim();
      return { name: match[1].trim() || entry, role: parseContactRole(role) ?? role };
    });
}
