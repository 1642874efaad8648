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
import type { Dataset, ImportSummary } from '../data/dataset.js';
import type { Settings } from '../data/settings.js';
import { readContacts, readDataset, readLastImport, readSettings, readSync, type StoredContacts, type SyncStatus } from '../data/storage.js';

export type Stored = {
  settings: Settings;
  dataset: Dataset | undefined;
  contacts: StoredContacts | undefined;
  lastImport: ImportSummary | undefined;
  sync: SyncStatus;
};

async function readAll(): Promise<Stored> {
  const [settings, dataset, contacts, lastImport, sync] = await Promise.all([readSettings(), readDataset(), readContacts(), readLastImport(), readSync()]);
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
