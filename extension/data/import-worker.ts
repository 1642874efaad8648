/**
 * The import's worker: reads, segments and stores a file (or segments the
 * stored transactions again) off the options page's thread, reporting
 * progress, so the page never freezes on a large file. It holds the read
 * outcome between 'read' and 'save', so the page can ask the user before
 * a doubtful file replaces stored data. chrome.* is not available here:
 * the page writes what `storeOutcome` says chrome.storage should hold.
 *
 * @example
 * // entrypoints/import-worker.ts: export default defineUnlistedScript(() => runImportWorker());
 */
import { ImportError } from '../../shared/import/index.js';
import { readSourceText } from './client-db.js';
import { readDataFile, segmentTransactions, type DataFileOutcome } from './read-data-file.js';
import { replaceRisk, storeOutcome } from './save-import.js';
import type { JobRequest, JobResponse } from './import-job.js';

/** Starts answering the page's requests; the worker's script (entrypoints/import-worker.ts) calls it once. */
export function runImportWorker(): void {
  let held: DataFileOutcome | undefined;
  const post = (message: JobResponse) => (self as unknown as Worker).postMessage(message);

  self.onmessage = async (event: MessageEvent<JobRequest>) => {
    const request = event.data;
    try {
      if (request.type === 'read') {
        held = readDataFile(request.bytes, request.name, request.options);
        post({ type: 'read', kind: held.kind, risk: replaceRisk(held, request.meta) });
      } else if (request.type === 'recompute') {
        const source = await readSourceText();
        held = source ? segmentTransactions(source.text, request.options) : undefined;
        post({ type: 'read', kind: held ? 'transactions' : undefined, risk: undefined, source: source && { name: source.name, origin: source.origin } });
      } else if (request.type === 'save') {
        if (!held) throw new Error('nothing read');
        const stored = await storeOutcome(held, request.source, request.contacts, request.meta, { onProgress: (done, total) => post({ type: 'progress', done, total }), accounts: request.accounts });
        held = undefined;
        post({ type: 'saved', ...stored });
      }
    } catch (error) {
      post({ type: 'error', message: (error as Error).message ?? String(error), importError: error instanceof ImportError });
    }
  };
}
