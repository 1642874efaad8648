/**
 * What the last import did, in words a KAM can act on: which kind of file it
 * was taken for, rows read, used and rejected, and the first rejected lines
 * with the reason.
 *
 * @example
 * <ImportReport summary={lastImport} lang="ru" />
 */
import type { Lang } from '../../shared/options.js';
import type { ImportSummary } from '../data/dataset.js';
import { t } from '../i18n.js';
import { displayText } from '../ui/display-text.js';

const SHOWN_ERRORS = 10;

const kindKey = { segments: 'kindSegments', transactions: 'kindTransactions', contacts: 'kindContacts', accounts: 'kindAccounts' } as const;

export function ImportReport({ summary, lang }: { summary: ImportSummary; lang: Lang }) {
  const shown = summary.errors.slice(0, SHOWN_ERRORS);
  return (
    <div class="report" id="import-report" role="status" data-kind={summary.kind}>
      <div>
        <b>{t(lang, 'optionsRecognised', t(lang, kindKey[summary.kind]))}</b> <bdi class="muted">{displayText(summary.name, 120)}</bdi>
      </div>
      <div>{t(lang, 'optionsRows', summary.read, summary.used, summary.rejected)}</div>
      {summary.kind === 'accounts' ? (
        <div>{t(lang, 'optionsAccountsMerged', summary.clients)}</div>
      ) : summary.kind === 'contacts' ? (
        <>
          <div id="contacts-matched">
            {!summary.clients ? t(lang, 'optionsNoDatasetForContacts') : summary.matched !== undefined ? t(lang, 'optionsContactsMatched', summary.matched, summary.clients) : t(lang, 'optionsContactsMerged', summary.clients)}
          </div>
          {summary.unknown?.length ? <div id="contacts-unknown">{t(lang, 'optionsContactsUnknown', summary.unknownCount ?? summary.unknown.length, summary.unknown.join(', ') + ((summary.unknownCount ?? 0) > summary.unknown.length ? ', …' : ''))}</div> : null}
        </>
      ) : (
        <div>{t(lang, 'optionsClients', summary.clients)}</div>
      )}
      {shown.length > 0 && (
        <ul class="rejected">
          {shown.map((error) => (
            <li key={error.line}>{t(lang, 'optionsRejectedLine', error.line, displayText(error.reason, 300))}</li>
          ))}
          {summary.rejected > shown.length && <li>{t(lang, 'optionsMoreRejected', summary.rejected - shown.length)}</li>}
        </ul>
      )}
    </div>
  );
}
