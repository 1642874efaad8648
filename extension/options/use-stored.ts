/**
 * Everything the options page shows from storage, read once and again
 * whenever storage changes (an import here, a Sheet refresh in the
 * background).
 *
 * @example
 * const stored = useStored();
 * stored?.settings.lang; // 'auto'
 */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetMeta, ImportSummary } from '../data/dataset.js';
import { migrateLegacyDataset } from '../data/read-dataset.js';
import type { Settings } from '../data/settings.js';
import { readContacts, readLastImport, readMeta, readSettings, readSync, type StoredContacts, type SyncStatus } from '../data/storage.js';

export type Stored = {
  settings: Settings;
  /** The stored data's description (the clients themselves stay in the database). */
  dataset: DatasetMeta | undefined;
  contacts: StoredContacts | undefined;
  lastImport: ImportSummary | undefined;
  sync: SyncStatus;
};

async function readAll(): Promise<Stored> {
  await migrateLegacyDataset();
  const [settings, dataset, contacts, lastImport, sync] = await Promise.all([readSettings(), readMeta(), readContacts(), readLastImport(), readSync()]);
  return { settings, dataset, contacts, lastImport, sync };
}

export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored>();
  useEffect(() => {
    let live = true;
    const reload = () => void readAll().then((next) => live && setStored(next));
    reload();
    const onChanged = (_changes: unknown, area: string) => area === 'local' && reload();
    chrome.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      chrome.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return stored;
}
