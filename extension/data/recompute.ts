/**
 * Segments the stored transactions again, after the thresholds or the
 * period changed (a language change needs nothing: cards word the reasons
 * from the stored figures). A segments table cannot be recomputed: its
 * classes were decided where it was made.
 *
 * @example
 * const summary = await recompute(); // undefined when the data are not raw transactions
 */
import { uiLang } from '../i18n.js';
import type { ImportSummary } from './dataset.js';
import { segmentTransactions } from './read-data-file.js';
import { saveImport } from './save-import.js';
import { readSettings, readSource } from './storage.js';

export async function recompute(): Promise<ImportSummary | undefined> {
  const [source, settings] = await Promise.all([readSource(), readSettings()]);
  if (!source) return undefined;
  const outcome = segmentTransactions(source.text, { lang: uiLang(settings.lang), segment: settings.segment });
  return saveImport(outcome, { name: source.name, origin: source.origin });
}
