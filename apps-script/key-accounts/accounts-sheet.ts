/**
 * The `Accounts` sheet, the KAMs' dossier. The first run creates it with one
 * row per segmented client, pre-filled from the sales (id, name, KAM,
 * potential, tags); later runs only add rows for clients not yet on it, at
 * the bottom, and never write a cell of an existing row, so what KAMs typed
 * (and columns they added) survives every refresh. The sheet is then read
 * with the core's accounts reader, dates converted in the spreadsheet's zone.
 *
 * @example
 * const { accounts, problems } = refreshAccountsSheet(spreadsheet, result.clients, 'ru', dayOf);
 */
import { AccountSchema, accountColumns, type Account, type AccountColumn } from '../../shared/key-accounts/account.js';
import { accountCells, accountHeaderRow } from '../../shared/key-accounts/account-cells.js';
import { columnOfHeader } from '../../shared/key-accounts/account-headers.js';
import { AccountsError, readAccountRows, type Cell } from '../../shared/key-accounts/read-accounts.js';
import type { Lang } from '../../shared/options.js';
import type { ClientSegment } from '../../shared/segment.js';
import type { CellValue, GasSpreadsheet } from '../gas-types.js';
import { asText } from '../output-sheet.js';
import { HEADER_COLOUR } from '../segment-colours.js';
import { isDate } from '../sheet-dates.js';
import { ACCOUNTS_SHEET } from './sheet-names.js';
import { keyAccountSheetMessages } from './messages.js';

const FORMATS: Partial<Record<AccountColumn, string>> = { potential: '#,##0', payment_delay_days: '0', contract_until: 'yyyy-mm-dd', next_step_date: 'yyyy-mm-dd' };

export type AccountsRefresh = { accounts: Map<string, Account>; added: number; problems: string[] };

type Prefill = Pick<ClientSegment, 'client' | 'name' | 'kam' | 'potential' | 'tags'>;

export function refreshAccountsSheet(spreadsheet: GasSpreadsheet, clients: readonly Prefill[], lang: Lang, dayOf: (date: Date) => string | null): AccountsRefresh {
  const m = keyAccountSheetMessages(lang);
  let sheet = spreadsheet.getSheetByName(ACCOUNTS_SHEET);
  let values: CellValue[][] = [];
  if (!sheet || sheet.getLastRow() === 0) {
    sheet ??= spreadsheet.insertSheet(ACCOUNTS_SHEET);
    const header = sheet.getRange(1, 1, 1, accountColumns.length);
    header.setValues([accountHeaderRow(lang)]);
    header.setFontWeight('bold').setBackground(HEADER_COLOUR);
    header.setNotes([accountColumns.map((_, i) => (i === 0 ? m.accountsNote : ''))]);
    sheet.setFrozenRows(1);
    values = [accountHeaderRow(lang)];
  } else {
    values = sheet.getRange(1, 1, sheet.getLastRow(), Math.max(1, sheet.getLastColumn())).getValues();
  }

  // Where each dossier column is on the sheet, by its header (KAMs may move, rename within the aliases, or add columns).
  const header = values[0] ?? [];
  const at = new Map<AccountColumn, number>();
  header.forEach((h, i) => {
    const column = columnOfHeader(String(h));
    if (column && !at.has(column)) at.set(column, i);
  });
  const clientAt = at.get('client');
  if (clientAt === undefined) throw new AccountsError(`${ACCOUNTS_SHEET}: ${lang === 'ru' ? 'нет столбца клиента (Клиент, ИНН или client) в первой строке' : 'no client column (client, Клиент or ИНН) in the first row'}`);
  const known = new Set(values.slice(1).map((row) => String(row[clientAt] ?? '').trim()).filter(Boolean));

  const width = header.length;
  const added = clients
    .filter((c) => !known.has(c.client))
    .map((c) => {
      const cells = accountCells(AccountSchema.parse({ client: c.client, name: c.name, kam: c.kam, potential: c.potential, tags: c.tags }), lang);
      const row: CellValue[] = Array.from({ length: width }, () => '');
      accountColumns.forEach((column, k) => {
        const i = at.get(column);
        if (i !== undefined) row[i] = typeof cells[k] === 'string' ? asText(cells[k] as string) : cells[k];
      });
      return row;
    });
  if (added.length) {
    const range = sheet.getRange(values.length + 1, 1, added.length, width);
    range.setNumberFormats(added.map(() => header.map((h) => FORMATS[columnOfHeader(String(h)) ?? 'notes'] ?? '@')));
    range.setValues(added);
    values = values.concat(added);
  }

  const cells: Cell[][] = values.map((row) => row.map((v) => (isDate(v) ? (dayOf(v) ?? '') : v)));
  const read = readAccountRows(cells, lang);
  const problems = read.report.errors.map((e) => m.accountsProblem(e.line, e.reason));
  return { accounts: new Map(read.accounts.map((a) => [a.client, a])), added: added.length, problems };
}
