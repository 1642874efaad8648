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
import { startImportJob, type ImportJob } from '../data/import-job.js';
import { removeAllData, type RemovedData } from '../data/remove-all-data.js';
import type { ReplaceRisk } from '../data/save-import.js';
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
  const [progress, setProgress] = useState<{ step: 'read' | 'save'; done: number; total: number }>();
  const [question, setQuestion] = useState<{ job: ImportJob; name: string; risk: ReplaceRisk }>();
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
    // The file is read, segmented and stored in a worker: the page stays responsive on a million rows.
    const job = startImportJob();
    let asking = false;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { risk } = await job.read(bytes, file.name, { lang, segment: stored.settings.segment });
      // Good stored data are not replaced by a doubtful file without the user's word.
      if (risk) {
        asking = true;
        return setQuestion({ job, name: file.name, risk });
      }
      await save(job, file.name);
    } catch (error) {
      setFailure(error instanceof ImportError ? error.message : String((error as Error).message ?? error));
    } finally {
      if (!asking) job.close();
      setBusy(false);
      setProgress(undefined);
      input.value = '';
    }
  };

  const save = async (job: ImportJob, name: string) => {
    setProgress({ step: 'save', done: 0, total: 1 });
    await job.save({ name, origin: 'file' }, (done, total) => setProgress({ step: 'save', done, total }));
  };

  const answer = async (replace: boolean) => {
    const asked = question!;
    setQuestion(undefined);
    if (!replace) {
      asked.job.close();
      return setKept(true);
    }
    setBusy(true);
    try {
      await save(asked.job, asked.name);
    } catch (error) {
      setFailure(error instanceof ImportError ? error.message : String((error as Error).message ?? error));
    } finally {
      asked.job.close();
      setBusy(false);
      setProgress(undefined);
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t(lang, 'optionsData')}</h2>
      <p id="current-data">
        {dataset
          ? t(lang, 'optionsCurrent', dataset.origin === 'sheet' ? 'Google Sheet' : displayText(dataset.name, 120), t(lang, kindKey[dataset.kind]), dataset.count, formatAge(dataset.importedAt, lang))
          : t(lang, 'optionsNoData')}
        {contacts && <> {t(lang, 'optionsCurrentContacts', displayText(contacts.name, 120), contacts.contacts.length)}</>}
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
