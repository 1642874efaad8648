/**
 * The import worker's script, built to /import-worker.js and started by the
 * options page (data/import-job.ts) for each import or recompute.
 *
 * @example
 * new Worker(chrome.runtime.getURL('/import-worker.js'));
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runImportWorker } from '../data/import-worker.js';

export default defineUnlistedScript(() => runImportWorker());
