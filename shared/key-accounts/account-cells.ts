/**
 * An account as the cells of one row, in the table's column order and the
 * reader's language: answers as `да`/`нет` (blank when unknown), decision
 * makers as `Name — role; …`. Reading the cells back gives the same account.
 *
 * @example
 * accountCells({ ...account, need: 'yes' }, 'ru')[accountColumns.indexOf('need')]; // 'да'
 * formatAccountsCsv([account], 'en'); // 'client,name,kam,...\r\n7701,...'
 */
import { csvCell } from '../csv-cell.js';
import type { Lang } from '../options.js';
import { accountColumns, ContactRoleSchema, type Account } from './account.js';
import { accountHeaders } from './account-headers.js';
import { keyAccountMessages } from './messages.js';

export function accountCells(account: Account, lang: Lang): (string | number)[] {
  const m = keyAccountMessages[lang];
  const answer = (a: Account['need']) => (a === 'unknown' ? '' : m.answer[a]);
  const role = (r: string) => {
    const known = ContactRoleSchema.safeParse(r);
    return known.success ? m.role[known.data] : r;
  };
  const cells: Record<(typeof accountColumns)[number], string | number> = {
    client: account.client,
    name: account.name,
    kam: account.kam,
    potential: account.potential ?? '',
    tags: account.tags.join('; '),
    need: answer(account.need),
    solvency: answer(account.solvency),
    authority: answer(account.authority),
    payment_delay_days: account.payment_delay_days ?? '',
    contract_until: account.contract_until ?? '',
    decision_makers: account.decision_makers.map((d) => (d.role ? `${d.name} — ${role(d.role)}` : d.name)).join('; '),
    competitors: account.competitors,
    needs: account.needs,
    next_step: account.next_step,
    next_step_date: account.next_step_date ?? '',
    notes: account.notes,
  };
  return accountColumns.map((column) => cells[column]);
}

export function accountHeaderRow(lang: Lang): string[] {
  return accountColumns.map((column) => accountHeaders[lang][column]);
}

/** The accounts table as CSV: UTF-8, `,`, headers in `lang`, formula-like text guarded. */
export function formatAccountsCsv(accounts: readonly Account[], lang: Lang): string {
  const lines = [accountHeaderRow(lang).map(csvCell).join(',')];
  for (const account of accounts) lines.push(accountCells(account, lang).map((cell) => csvCell(cell)).join(','));
  return lines.join('\r\n') + '\r\n';
}
