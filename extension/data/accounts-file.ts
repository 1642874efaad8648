/**
 * The accounts table (the KAMs' dossier) as the extension takes it: told
 * apart from the other files by its header (a client column and dossier
 * columns such as the 3 P's or the next step), read with the core's reader,
 * kept under its own storage key, and attached to the stored clients by
 * client id so the card shows it without another read.
 *
 * @example
 * isAccountsHeader(['Клиент', 'Потребность', 'Следующий шаг']); // true
 * const outcome = readAccountsFile(csvText(bytes), 'ru'); // { kind: 'accounts', accounts, report }
 * withDossier(clients, accounts)[0].account?.next_step; // 'встреча с ЛПР'
 */
import { AccountsError, readAccountsCsv } from '../../shared/key-accounts/read-accounts.js';
import { columnOfHeader } from '../../shared/key-accounts/account-headers.js';
import type { Account } from '../../shared/key-accounts/account.js';
import { ImportError } from '../../shared/import/index.js';
import type { Lang } from '../../shared/options.js';
import type { CsvText } from './csv-text.js';
import type { ReadReport } from './read-report.js';
import type { StoredClient } from './stored-client.js';

export const ACCOUNTS_KEY = 'kam.accounts';

export type StoredAccounts = { name: string; importedAt: string; accounts: Account[] };

export type AccountsOutcome = { kind: 'accounts'; accounts: Account[]; report: ReadReport };

/** Columns only a dossier has: a sales or contacts file never carries them. */
const DOSSIER_ONLY = new Set(['need', 'solvency', 'authority', 'payment_delay_days', 'contract_until', 'decision_makers', 'competitors', 'needs', 'next_step', 'next_step_date']);

export function isAccountsHeader(header: readonly string[]): boolean {
  const columns = header.map((h) => columnOfHeader(h));
  return columns.includes('client') && columns.some((c) => c !== undefined && DOSSIER_ONLY.has(c));
}

export function readAccountsFile(csv: CsvText, lang: Lang): AccountsOutcome {
  try {
    const { accounts, report } = readAccountsCsv(csv.text, lang);
    return { kind: 'accounts', accounts, report };
  } catch (error) {
    if (error instanceof AccountsError) throw new ImportError(error.message);
    throw error;
  }
}

/** The clients with their dossier row, matched by client id (a row from an earlier dossier is replaced or dropped). */
export function withDossier(clients: readonly StoredClient[], accounts: readonly Account[] = []): StoredClient[] {
  const byId = new Map(accounts.map((a) => [a.client.trim().toLowerCase(), a]));
  return clients.map((c) => {
    const { account: _old, ...rest } = c;
    const account = byId.get(c.client.trim().toLowerCase());
    return account ? { ...rest, account } : rest;
  });
}

export async function readStoredAccounts(): Promise<StoredAccounts | undefined> {
  return (await chrome.storage.local.get(ACCOUNTS_KEY))[ACCOUNTS_KEY] as StoredAccounts | undefined;
}
