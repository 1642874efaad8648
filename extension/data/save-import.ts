/**
 * Stores what a file or a Sheet refresh brought: new clients replace the
 * stored ones in IndexedDB (with the look-up index rebuilt with the stored
 * contacts), new contacts are kept and merged into the current index. The
 * transactions source is kept (in IndexedDB) so other thresholds can
 * segment it again. The dataset's description in chrome.storage is written
 * last: it is what tells open pages to look again.
 *
 * What is worth asking the user before replacing good data (a file that
 * lost many rows, or far fewer clients than stored) is `replaceRisk`'s to
 * say; the caller asks, then saves.
 *
 * @example
 * const outcome = readDataFile(bytes, file.name, options);
 * const risk = replaceRisk(outcome, await readMeta()); // undefined, or the figures to show
 * const summary = await saveImport(outcome, { name: file.name, origin: 'file' });
 */
import type { Account } from '../../shared/key-accounts/account.js';
import { buildClientIndex, type ContactMatch } from '../match/client-index.js';
import { ACCOUNTS_KEY, readStoredAccounts, withDossier } from './accounts-file.js';
import { clearClients, readAllClients, readIndex, writeClients, writeIndex, writeSourceText } from './client-db.js';
import type { Contact } from './contact.js';
import { metaOf } from './dataset-meta.js';
import { DatasetSchema, type DatasetMeta, type ImportSummary } from './dataset.js';
import type { DataFileOutcome } from './read-data-file.js';
import { migrateLegacyDataset } from './read-dataset.js';
import { KEYS, readContacts, readMeta } from './storage.js';
import { latestPurchase } from './as-of.js';

export type ImportSource = { name: string; origin: 'file' | 'sheet' };
export type SaveOptions = {
  onProgress?: (done: number, total: number) => void;
  /** The stored dossier (chrome.storage, read by the page), attached to new clients by client id. */
  accounts?: readonly Account[];
};

/** A file that rejected more than this share of its rows is worth a question before it replaces stored data. */
export const MAX_REJECTED_SHARE = 0.05;
/** Nor should a file with fewer than this share of the stored clients replace them unasked. */
export const MIN_CLIENT_SHARE = 0.5;

/** The figures to show before replacing stored clients with a doubtful file, or undefined when nothing is doubtful. */
export type ReplaceRisk = { read: number; rejected: number; clients: number; storedClients: number };

export function replaceRisk(outcome: DataFileOutcome, stored: Pick<DatasetMeta, 'count'> | undefined): ReplaceRisk | undefined {
  if (outcome.kind === 'contacts' || outcome.kind === 'accounts' || !stored?.count) return undefined;
  const { read, rejected } = outcome.report;
  const clients = outcome.clients.length;
  const doubtful = (read > 0 && rejected / read > MAX_REJECTED_SHARE) || clients < stored.count * MIN_CLIENT_SHARE;
  return doubtful ? { read, rejected, clients, storedClients: stored.count } : undefined;
}

/** What storing an outcome leaves for chrome.storage (written by the page: a worker has no chrome.*), and the report. */
export type Stored = { summary: ImportSummary; writes: Record<string, unknown> };

/**
 * The heavy part of an import, safe in a worker: indexes the clients and
 * writes them to IndexedDB; says what chrome.storage should then hold.
 */
export async function storeOutcome(outcome: DataFileOutcome, source: ImportSource, contacts: readonly Contact[], meta: DatasetMeta | undefined, options: SaveOptions = {}): Promise<Stored> {
  const at = new Date().toISOString();
  const summary: ImportSummary = { kind: outcome.kind, name: source.name, at, ...outcome.report, errors: outcome.report.errors.slice(0, 20), clients: 0 };
  const writes: Record<string, unknown> = { [KEYS.lastImport]: summary };
  if (outcome.kind === 'accounts') {
    // The dossier is kept apart and attached to the clients, so a later segments import finds it again.
    writes[ACCOUNTS_KEY] = { name: source.name, importedAt: at, accounts: outcome.accounts };
    if (meta) {
      // The clients are rewritten with their dossier; the look-up index does not change.
      const [clients, index] = await Promise.all([readAllClients(), readIndex()]);
      const dossier = withDossier(clients, outcome.accounts);
      await writeClients(dossier, index, options.onProgress);
      writes[KEYS.meta] = { ...metaOf({ ...meta, clients: dossier, index }), accountsAt: at };
    }
    summary.clients = meta?.count ?? 0;
  } else if (outcome.kind === 'contacts') {
    writes[KEYS.contacts] = { name: source.name, importedAt: at, contacts: outcome.contacts };
    if (meta) {
      const clients = await readAllClients();
      const match: ContactMatch = { matched: new Set(), unknown: [] };
      const index = buildClientIndex(clients, outcome.contacts, match);
      await writeIndex(index);
      writes[KEYS.meta] = metaOf({ ...meta, clients, index, contacts: outcome.contacts.length });
      summary.matched = match.matched.size;
      summary.unknown = match.unknown.slice(0, 20);
      summary.unknownCount = match.unknown.length;
    }
    summary.clients = meta?.count ?? 0;
  } else if (outcome.clients.length) {
    const clients = withDossier([...outcome.clients].sort((x, y) => x.rank - y.rank), options.accounts);
    const index = buildClientIndex(clients, contacts);
    const basis = outcome.kind === 'transactions' ? outcome.basis : undefined;
    // The clients were validated row by row as the file was read (or made by the core); the rest is validated here, so pages read it back without zod.
    // The day the figures refer to: the core's own for transactions, else the latest purchase.
    const asOf = basis?.asOf ?? latestPurchase(clients);
    const described = DatasetSchema.omit({ clients: true, index: true }).parse({ version: 1, kind: outcome.kind, origin: source.origin, name: source.name, importedAt: at, contacts: contacts.length, basis, asOf });
    const dataset = { ...described, clients, index };
    await writeClients(dataset.clients, dataset.index, options.onProgress);
    // A segments table replaces transactions: nothing is left to segment again.
    await writeSourceText(outcome.kind === 'transactions' ? { name: source.name, origin: source.origin, text: outcome.text } : undefined);
    const meta = metaOf(dataset);
    writes[KEYS.meta] = meta;
    summary.clients = clients.length;
    if (!meta.reachable.mail) summary.noAddresses = true;
  }
  return { summary, writes };
}

export async function saveImport(outcome: DataFileOutcome, source: ImportSource, options: SaveOptions = {}): Promise<ImportSummary> {
  await migrateLegacyDataset();
  const [contacts, meta, accounts] = await Promise.all([readContacts(), readMeta(), readStoredAccounts()]);
  const { summary, writes } = await storeOutcome(outcome, source, contacts?.contacts ?? [], meta, { accounts: accounts?.accounts, ...options });
  await chrome.storage.local.set(writes);
  return summary;
}

export async function clearData(): Promise<void> {
  await clearClients();
  await chrome.storage.local.remove([KEYS.meta, KEYS.dataset, KEYS.source, KEYS.contacts, KEYS.lastImport, ACCOUNTS_KEY]);
}
