/**
 * Segments the stored transactions again, after the thresholds or the
 * period changed (a language change needs nothing: cards word the reasons
 * from the stored figures), in the import worker so the options page stays
 * responsive. A segments table cannot be recomputed: its classes were
 * decided where it was made.
 *
 * @example
 * const summary = await recompute(); // undefined when the data are not raw transactions
 */
import { uiLang } from '../i18n.js';
import type { ImportSummary } from './dataset.js';
import { startImportJob } from './import-job.js';
import { migrateLegacyDataset } from './read-dataset.js';
import { readSettings } from './storage.js';

export async function recompute(onProgress?: (done: number, total: number) => void): Promise<ImportSummary | undefined> {
  await migrateLegacyDataset();
  const settings = await readSettings();
  const job = startImportJob();
  try {
    const { kind, source } = await job.reread({ lang: uiLang(settings.lang), segment: settings.segment });
    if (!kind || !source) return undefined;
    return await job.save(source, onProgress);
  } finally {
    job.close();
  }
}
