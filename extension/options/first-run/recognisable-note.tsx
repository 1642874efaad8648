/**
 * After an import: how many clients mail and CRM pages will recognise, and
 * the way to Gmail; with no addresses at all, what to add.
 *
 * @example
 * <RecognisableNote dataset={dataset} lang="en" />
 */
import type { Lang } from '../../../shared/options.js';
import type { DatasetMeta } from '../../data/dataset.js';
import { t } from '../../i18n.js';
import { GMAIL_URL } from './welcome.js';

export function RecognisableNote({ dataset, lang }: { dataset: DatasetMeta; lang: Lang }) {
  // The stored description already counts them (data/dataset-meta.ts): the clients stay in the database.
  const counts = { total: dataset.count, mail: dataset.reachable.mail, crm: dataset.reachable.crm };
  return (
    <div class="report" id="recognisable" role="status">
      <div>{t(lang, 'optionsRecognisable', counts.mail, counts.total, counts.crm)}</div>
      {counts.mail === 0 && <div class="bad">{t(lang, 'optionsNoMailKeys')}</div>}
      <a id="open-gmail" href={GMAIL_URL} target="_blank" rel="noopener noreferrer">{t(lang, 'optionsOpenGmail')} ↗</a>
    </div>
  );
}
