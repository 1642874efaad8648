/**
 * One import, run by the import worker (import-worker.ts) when the page can
 * start one, else on the page's own thread (tests, an old browser): read a
 * file (or the stored transactions again), look at the outcome, then save
 * it with progress, and write what chrome.storage should hold.
 *
 * @example
 * const job = startImportJob();
 * const { kind, risk } = await job.read(bytes, file.name, { lang, segment }, meta);
 * if (!risk || confirm(...)) await job.save({ name: file.name, origin: 'file' }, (done, total) => show(done / total));
 * job.close();
 */
import { ImportError } from '../../shared/import/index.js';
import type { Account } from '../../shared/key-accounts/account.js';
import { readStoredAccounts } from './accounts-file.js';
import type { Contact } from './contact.js';
import type { DataKind, DatasetMeta, ImportSummary } from './dataset.js';
import { readSourceText } from './client-db.js';
import { migrateLegacyDataset } from './read-dataset.js';
import { readDataFile, segmentTransactions, type DataFileOutcome, type ReadOptions } from './read-data-file.js';
import { replaceRisk, storeOutcome, type ImportSource, type ReplaceRisk, type Stored } from './save-import.js';
import { readContacts, readMeta } from './storage.js';

export type JobRequest =
  | { type: 'read'; bytes: Uint8Array; name: string; options: ReadOptions; meta: DatasetMeta | undefined }
  | { type: 'recompute'; options: ReadOptions }
  | { type: 'save'; source: ImportSource; contacts: Contact[]; meta: DatasetMeta | undefined; accounts: Account[] | undefined };

export type JobResponse =
  | { type: 'read'; kind: DataKind | undefined; risk: ReplaceRisk | undefined; source?: ImportSource }
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'saved' } & Stored)
  | { type: 'error'; message: string; importError: boolean };

export type ReadResult = { kind: DataKind | undefined; risk: ReplaceRisk | undefined; source?: ImportSource };

export type ImportJob = {
  read(bytes: Uint8Array, name: string, options: ReadOptions): Promise<ReadResult>;
  /** Reads the stored transactions again with other options (a recompute); kind is undefined when there are none. */
  reread(options: ReadOptions): Promise<ReadResult>;
  save(source: ImportSource, onProgress?: (done: number, total: number) => void): Promise<ImportSummary>;
  close(): void;
};

export function startImportJob(): ImportJob {
  let worker: Worker | undefined;
  try {
    // The worker's script is an extension file of its own (entrypoints/import-worker.ts); outside an extension page there is none.
    const url = globalThis.chrome?.runtime?.getURL?.('/import-worker.js');
    worker = typeof Worker === 'function' && url?.startsWith('chrome-extension:') ? new Worker(url) : undefined;
  } catch {
    worker = undefined;
  }
  return worker ? workerJob(worker) : inThreadJob();
}

function workerJob(worker: Worker): ImportJob {
  let onProgress: ((done: number, total: number) => void) | undefined;
  const ask = <T extends JobResponse['type']>(request: JobRequest, want: T, transfer: Transferable[] = []) =>
    new Promise<Extract<JobResponse, { type: T }>>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<JobResponse>) => {
        const answer = event.data;
        if (answer.type === 'progress') return onProgress?.(answer.done, answer.total);
        if (answer.type === 'error') return reject(answer.importError ? new ImportError(answer.message) : new Error(answer.message));
        if (answer.type === want) resolve(answer as Extract<JobResponse, { type: T }>);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'));
      worker.postMessage(request, transfer);
    });
  return {
    async read(bytes, name, options) {
      await migrateLegacyDataset();
      const { kind, risk } = await ask({ type: 'read', bytes, name, options, meta: await readMeta() }, 'read', [bytes.buffer]);
      return { kind, risk };
    },
    async reread(options) {
      const { kind, source } = await ask({ type: 'recompute', options }, 'read');
      return { kind, risk: undefined, source };
    },
    async save(source, progress) {
      onProgress = progress;
      const [contacts, meta, accounts] = await Promise.all([readContacts(), readMeta(), readStoredAccounts()]);
      const { summary, writes } = await ask({ type: 'save', source, contacts: contacts?.contacts ?? [], meta, accounts: accounts?.accounts }, 'saved');
      await chrome.storage.local.set(writes);
      return summary;
    },
    close: () => worker.terminate(),
  };
}

function inThreadJob(): ImportJob {
  let held: DataFileOutcome | undefined;
  return {
    async read(bytes, name, options) {
      await migrateLegacyDataset();
      held = readDataFile(bytes, name, options);
      return { kind: held.kind, risk: replaceRisk(held, await readMeta()) };
    },
    async reread(options) {
      const source = await readSourceText();
      held = source ? segmentTransactions(source.text, options) : undefined;
      return { kind: held?.kind, risk: undefined, source: source && { name: source.name, origin: source.origin } };
    },
    async save(source, onProgress) {
      if (!held) throw new Error('nothing read');
      const [contacts, meta, accounts] = await Promise.all([readContacts(), readMeta(), readStoredAccounts()]);
      const { summary, writes } = await storeOutcome(held, source, contacts?.contacts ?? [], meta, { onProgress, accounts: accounts?.accounts });
      held = undefined;
      await chrome.storage.local.set(writes);
      return summary;
    },
    close: () => undefined,
  };
}
