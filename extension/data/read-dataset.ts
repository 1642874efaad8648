/**
 * The whole dataset as one value, for the extension's own pages (options,
 * popup) and a recompute: the description from chrome.storage and the
 * clients and index from IndexedDB. Data stored by a version before 2 (one
 * JSON string in chrome.storage) are moved to IndexedDB on the first read.
 * Content scripts never call this: they ask for their page's keys only.
 *
 * @example
 * const dataset = await readDataset(); // undefined before any import
 * dataset?.clients.length; // 50000
 */
import { readAllClients, readIndex, readSourceText, writeClients, writeSourceText, type StoredSourceText } from './client-db.js';
import { metaOf } from './dataset-meta.js';
import type { Dataset } from './dataset.js';
import { decodeLegacyDataset, KEYS, readMeta } from './storage.js';

export async function readDataset(): Promise<Dataset | undefined> {
  await migrateLegacyDataset();
  const meta = await readMeta();
  if (!meta) return undefined;
  const [clients, index] = await Promise.all([readAllClients(), readIndex()]);
  const { count: _count, asOf: _asOf, reachable: _reachable, version: _version, ...rest } = meta;
  return { ...rest, version: 1, clients, index };
}

export async function readSource(): Promise<StoredSourceText | undefined> {
  await migrateLegacyDataset();
  return readSourceText();
}

/** Moves a version-1 dataset (and its transactions text) from chrome.storage into IndexedDB; a no-op otherwise. */
export async function migrateLegacyDataset(): Promise<void> {
  const stored = await chrome.storage.local.get([KEYS.dataset, KEYS.source]);
  const legacy = decodeLegacyDataset(stored[KEYS.dataset]);
  if (!legacy && !stored[KEYS.source]) return;
  if (legacy) {
    await writeClients(legacy.clients, legacy.index);
    if (stored[KEYS.source]) await writeSourceText(stored[KEYS.source] as StoredSourceText);
    await chrome.storage.local.set({ [KEYS.meta]: metaOf(legacy) });
  }
  await chrome.storage.local.remove([KEYS.dataset, KEYS.source]);
}
