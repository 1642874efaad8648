/**
 * chrome.storage.local: settings, contacts, the last import's report and the
 * dataset's small description (`kam.meta`); typed reads with defaults and
 * the keys every part agrees on. Values are written only by the extension
 * after validation, so reads do not re-validate (the content script stays
 * small and quick). The clients themselves live in IndexedDB
 * (data/client-db.ts), so no page parses the whole dataset; `readDataset`
 * assembles it for the options page and the popup.
 *
 * @example
 * const settings = await readSettings();
 * await writeSettings({ lang: 'ru' });
 * const meta = await readMeta(); // undefined before any import
 */
import type { Contact } from './contact.js';
import type { Dataset, DatasetMeta, ImportSummary } from './dataset.js';
import { defaultSettings } from './default-settings.js';
import type { Settings } from './settings.js';

export const KEYS = {
  settings: 'kam.settings',
  /** The dataset's description; its change tells pages the data changed. */
  meta: 'kam.meta',
  /** Before version 2: the whole dataset as one JSON string (migrated to IndexedDB). */
  dataset: 'kam.dataset',
  /** Before version 2: the raw transactions text (migrated to IndexedDB). */
  source: 'kam.source',
  contacts: 'kam.contacts',
  lastImport: 'kam.lastImport',
  sync: 'kam.sync',
} as const;

export type { StoredSourceText as StoredSource } from './client-db.js';
export type StoredContacts = { name: string; importedAt: string; contacts: Contact[] };
export type SyncStatus = { lastAttempt?: string; lastSuccess?: string; lastError?: string };

async function read<T>(key: string): Promise<T | undefined> {
  const found = await chrome.storage.local.get(key);
  return found[key] as T | undefined;
}

export async function readSettings(): Promise<Settings> {
  const stored = await read<Partial<Settings>>(KEYS.settings);
  return { ...defaultSettings, ...stored, segment: { ...defaultSettings.segment, ...stored?.segment } };
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const settings = { ...(await readSettings()), ...patch };
  await chrome.storage.local.set({ [KEYS.settings]: settings });
  return settings;
}

export const readMeta = () => read<DatasetMeta>(KEYS.meta);

/** The stored dataset before version 2 (one JSON string), for the migration. */
export function decodeLegacyDataset(value: unknown): Dataset | undefined {
  if (typeof value !== 'string') return undefined;
  const dataset = JSON.parse(value) as Dataset;
  return dataset?.version === 1 ? dataset : undefined;
}

export { readDataset, readSource } from './read-dataset.js';
export const readContacts = () => read<StoredContacts>(KEYS.contacts);
export const readLastImport = () => read<ImportSummary>(KEYS.lastImport);
export const readSync = async (): Promise<SyncStatus> => (await read<SyncStatus>(KEYS.sync)) ?? {};

export async function writeSync(patch: SyncStatus): Promise<void> {
  await chrome.storage.local.set({ [KEYS.sync]: { ...(await readSync()), ...patch } });
}
