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
import { readDataFile, type DataFileOutcome } from '../data/read-data-file.js';
import { removeAllData, type RemovedData } from '../data/remove-all-data.js';
import { replaceRisk, saveImport, type ReplaceRisk } from '../data/save-import.js';
import { t } from '../i18n.js';
import { formatAge } from '../ui/format-age.js';
import { ImportReport } from './import-report.js';
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
  const [progress, setProgress] = useState<{ step: 'read' | 'save'; done: number; total: number }>();
  const [question, setQuestion] = useState<{ outcome: DataFileOutcome; name: string; risk: ReplaceRisk }>();
  const [kept, setKept] = useState(false);
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
    setKept(false);
    setProgress({ step: 'read', done: 0, total: 1 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let the progress bar paint before the parse takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const outcome = readDataFile(bytes, file.name, { lang, segment: stored.settings.segment });
      // Good stored data are not replaced by a doubtful file without the user's word.
      const risk = replaceRisk(outcome, dataset);
      if (risk) return setQuestion({ outcome, name: file.name, risk });
      await save(outcome, file.name);
    } catch (error) {
      setFailure(error instanceof ImportError ? error.message : String((error as Error).message ?? error));
    } finally {
      setBusy(false);
      setProgress(undefined);
      input.value = '';
    }
  };

  const save = async (outcome: DataFileOutcome, name: string) => {
    setProgress({ step: 'save', done: 0, total: 1 });
    await saveImport(outcome, { name, origin: 'file' }, { onProgress: (done, total) => setProgress({ step: 'save', done, total }) });
  };

  const answer = async (replace: boolean) => {
    const asked = question!;
    setQuestion(undefined);
    if (!replace) return setKept(true);
    setBusy(true);
    try {
      await save(asked.outcome, asked.name);
    } catch (error) {
      setFailure(String((error as Error).message ?? error));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t(lang, 'optionsData')}</h2>
      <p id="current-data">
        {dataset
          ? t(lang, 'optionsCurrent', dataset.origin === 'sheet' ? 'Google Sheet' : dataset.name, t(lang, kindKey[dataset.kind]), dataset.count, formatAge(dataset.importedAt, lang))
          : t(lang, 'optionsNoData')}
        {contacts && <> {t(lang, 'optionsCurrentContacts', contacts.name, contacts.contacts.length)}</>}
      </p>
      <label class="field">
        {t(lang, 'optionsFileLabel')}
        <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" disabled={busy} onChange={(event) => void onFile(event.currentTarget)} />
      </label>
      <p class="hint">{t(lang, 'optionsFileHint')}</p>
      {progress && (
        <div class="row" role="status" id="import-progress-row">
          <progress id="import-progress" max={progress.total} value={progress.step === 'read' ? undefined : progress.done} />
          <span class="muted">{t(lang, 'optionsProgress', t(lang, progress.step === 'read' ? 'optionsProgressRead' : 'optionsProgressSave'))}</span>
        </div>
      )}
      {question && (
        <div class="report failed" role="alertdialog" id="replace-question" aria-labelledby="replace-text">
          <p id="replace-text">{t(lang, 'optionsReplaceQuestion', question.risk.storedClients, question.risk.clients, question.risk.rejected, question.risk.read)}</p>
          <div class="row">
            <button class="danger" id="replace-confirm" onClick={() => void answer(true)}>{t(lang, 'optionsReplace')}</button>
            <button class="primary" id="replace-keep" onClick={() => void answer(false)}>{t(lang, 'optionsKeep')}</button>
          </div>
        </div>
      )}
      {kept && <p class="hint" role="status" id="import-kept">{t(lang, 'optionsKept')}</p>}
      {failure ? (
        <div class="report failed" id="import-report" role="alert">{t(lang, 'optionsImportFailed', failure)}</div>
      ) : (
        lastImport && <ImportReport summary={lastImport} lang={lang} />
      )}
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
