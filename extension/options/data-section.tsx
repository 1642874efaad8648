/**
 * The data section: one file input for a segments table, raw transactions or
 * contacts; what is in use now; removing it all, the Sheet subscription
 * included, and saying what went.
 *
 * @example
 * <DataSection stored={stored} lang="en" />
 */
import { useState } from 'preact/hooks';
import { ImportError } from '../../shared/import/index.js';
import type { Lang } from '../../shared/options.js';
import { readDataFile } from '../data/read-data-file.js';
import { removeAllData, type RemovedData } from '../data/remove-all-data.js';
import { saveImport } from '../data/save-import.js';
import { t } from '../i18n.js';
import { displayText } from '../ui/display-text.js';
import { formatAge } from '../ui/format-age.js';
import { ImportReport } from './import-report.js';
import { RecognisableNote } from './first-run/recognisable-note.js';
import type { Stored } from './use-stored.js';

const kindKey = { segments: 'kindSegments', transactions: 'kindTransactions' } as const;

function removedText(removed: RemovedData, lang: Lang): string {
  const parts = [
    removed.clients ? t(lang, 'optionsRemovedClients', removed.clients) : '',
    removed.contacts ? t(lang, 'optionsRemovedContacts', removed.contacts) : '',
    removed.sheet ? t(lang, 'optionsRemovedSheet', removed.sheet) : '',
  ].filter(Boolean);
  return parts.length ? t(lang, 'optionsRemoved', parts.join(', ')) : t(lang, 'optionsRemovedNothing');
}

export function DataSection({ stored, lang }: { stored: Stored; lang: Lang }) {
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<RemovedData>();
  const { dataset, contacts, lastImport } = stored;
  const { subscription } = stored.settings;

  const removeAll = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setRemoved(await removeAllData());
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    setRemoved(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await saveImport(readDataFile(bytes, file.name, { lang, segment: stored.settings.segment }), { name: file.name, origin: 'file' });
    } catch (error) {
      setFailure(error instanceof ImportError ? error.message : String((error as Error).message ?? error));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t(lang, 'optionsData')}</h2>
      <p id="current-data">
        {dataset
          ? t(lang, 'optionsCurrent', dataset.origin === 'sheet' ? 'Google Sheet' : displayText(dataset.name, 120), t(lang, kindKey[dataset.kind]), dataset.clients.length, formatAge(dataset.importedAt, lang))
          : t(lang, 'optionsNoData')}
        {contacts && <> {t(lang, 'optionsCurrentContacts', displayText(contacts.name, 120), contacts.contacts.length)}</>}
      </p>
      <label class="field">
        {t(lang, 'optionsFileLabel')}
        <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" disabled={busy} onChange={(event) => void onFile(event.currentTarget)} />
      </label>
      <p class="hint">{t(lang, 'optionsFileHint')}</p>
      {failure ? (
        <div class="report failed" id="import-report" role="alert">{t(lang, 'optionsImportFailed', displayText(failure, 1000))}</div>
      ) : (
        lastImport && <ImportReport summary={lastImport} lang={lang} />
      )}
      {dataset && <RecognisableNote dataset={dataset} lang={lang} />}
      {/* A subscription alone counts as data: it would bring the data back. */}
      {(dataset || contacts || subscription) && (
        <div class="row">
          <button class="danger" id="clear-data" disabled={busy} onClick={() => void removeAll()}>{t(lang, 'optionsClear')}</button>
        </div>
      )}
      {removed && <p class="hint" role="status" id="data-removed">{removedText(removed, lang)}</p>}
    </section>
  );
}
