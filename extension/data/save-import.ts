/**
 * Stores what a file or a Sheet refresh brought: new clients replace the
 * dataset (and its look-up index is rebuilt with the stored contacts), new
 * contacts are kept and merged into the current dataset's index. The raw
 * transactions are kept so other thresholds can segment them again.
 *
 * @example
 * const summary = await saveImport(readDataFile(bytes, file.name, options), { name: file.name, origin: 'file' });
 */
import { buildClientIndex } from '../match/client-index.js';
import { ACCOUNTS_KEY, readStoredAccounts, withDossier } from './accounts-file.js';
import type { Contact } from './contact.js';
import type { DataFileOutcome } from './read-data-file.js';
import { DatasetSchema, type Dataset, type ImportSummary } from './dataset.js';
import { latestPurchase } from './as-of.js';
import { encodeDataset, KEYS, readContacts, readDataset } from './storage.js';
import type { StoredClient } from './stored-client.js';

export type ImportSource = { name: string; origin: 'file' | 'sheet' };

export async function saveImport(outcome: DataFileOutcome, source: ImportSource): Promise<ImportSummary> {
  const at = new Date().toISOString();
  const summary: ImportSummary = { kind: outcome.kind, name: source.name, at, ...outcome.report, errors: outcome.report.errors.slice(0, 20), clients: 0 };
  const writes: Record<string, unknown> = { [KEYS.lastImport]: summary };
  if (outcome.kind === 'accounts') {
    // The dossier is kept apart and attached to the clients, so a later segments import finds it again.
    writes[ACCOUNTS_KEY] = { name: source.name, importedAt: at, accounts: outcome.accounts };
    const dataset = await readDataset();
    if (dataset) writes[KEYS.dataset] = encodeDataset({ ...dataset, clients: withDossier(dataset.clients, outcome.accounts) });
    summary.clients = dataset?.clients.length ?? 0;
  } else if (outcome.kind === 'contacts') {
    writes[KEYS.contacts] = { name: source.name, importedAt: at, contacts: outcome.contacts };
    const dataset = await readDataset();
    if (dataset) writes[KEYS.dataset] = encodeDataset({ ...dataset, index: buildClientIndex(dataset.clients, outcome.contacts), contacts: outcome.contacts.length });
    summary.clients = dataset?.clients.length ?? 0;
  } else if (outcome.clients.length) {
    const contacts = (await readContacts())?.contacts ?? [];
    const clients = withDossier([...outcome.clients].sort((x, y) => x.rank - y.rank), (await readStoredAccounts())?.accounts);
    writes[KEYS.dataset] = encodeDataset(datasetOf(clients, contacts, outcome, source, at));
    if (outcome.kind === 'transactions') writes[KEYS.source] = { name: source.name, origin: source.origin, text: outcome.text };
    // A segments table replaces transactions: nothing is left to segment again.
    else await chrome.storage.local.remove(KEYS.source);
    summary.clients = clients.length;
  }
  await chrome.storage.local.set(writes);
  return summary;
}

function datasetOf(clients: StoredClient[], contacts: readonly Contact[], outcome: Exclude<DataFileOutcome, { kind: 'contacts' | 'accounts' }>, source: ImportSource, at: string): Dataset {
  const basis = outcome.kind === 'transactions' ? outcome.basis : undefined;
  // Validated once here, so the pages can read it back without zod.
  const asOf = basis?.asOf ?? latestPurchase(clients);
  return DatasetSchema.parse({ version: 1, kind: outcome.kind, origin: source.origin, name: source.name, importedAt: at, clients, index: buildClientIndex(clients, contacts), contacts: contacts.length, basis, asOf });
}

export async function clearData(): Promise<void> {
  await chrome.storage.local.remove([KEYS.dataset, KEYS.source, KEYS.contacts, KEYS.lastImport, ACCOUNTS_KEY]);
}
