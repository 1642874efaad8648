/**
 * The toolbar popup: find a client by name, e-mail or domain and read its
 * card; see how many clients sit in each cell, where the data came from and
 * how fresh they are; go to the settings.
 *
 * @example
 * render(<PopupApp dataset={dataset} settings={settings} sync={sync} />, document.getElementById('app')!);
 */
import { useMemo, useState } from 'preact/hooks';
import { cellCodes } from '../../shared/matrix.js';
import type { Dataset } from '../data/dataset.js';
import type { Settings } from '../data/settings.js';
import type { SyncStatus } from '../data/storage.js';
import { t, uiLang } from '../i18n.js';
import { cellStyle } from '../ui/cell-colours.js';
import { ClientCard } from '../ui/client-card.js';
import { formatAge } from '../ui/format-age.js';
import { searchClients, type SearchResult } from '../ui/search-clients.js';
import { segmentCounts } from '../ui/segment-counts.js';

export type PopupProps = { dataset: Dataset | undefined; settings: Settings; sync: SyncStatus };

export function PopupApp({ dataset, settings, sync }: PopupProps) {
  const lang = uiLang(settings.lang);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<SearchResult | undefined>();
  const results = useMemo(() => (dataset ? searchClients(dataset, query) : []), [dataset, query]);
  const counts = useMemo(() => segmentCounts(dataset?.clients ?? []), [dataset]);
  const shown = chosen ?? (results.length === 1 || results[0]?.match ? results[0] : undefined);
  const openOptions = () => void chrome.runtime.openOptionsPage();

  if (!dataset) {
    return (
      <main class="popup">
        <p>{t(lang, 'popupNoData')}</p>
        <button class="primary" onClick={openOptions}>{t(lang, 'popupImport')}</button>
      </main>
    );
  }
  return (
    <main class="popup">
      <input
        type="search"
        class="search"
        placeholder={t(lang, 'popupSearch')}
        aria-label={t(lang, 'popupSearch')}
        value={query}
        autoFocus
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setChosen(undefined);
        }}
      />
      {shown ? (
        <div class="card inline">
          {chosen && results.length > 1 && (
            <button class="link" onClick={() => setChosen(undefined)}>← {t(lang, 'popupBack')}</button>
          )}
          <ClientCard client={shown.client} match={shown.match} count={dataset.clients.length} basis={dataset.basis} lang={lang} />
        </div>
      ) : query.trim() ? (
        results.length ? (
          <ul class="results">
            {results.map((result) => (
              <li key={result.client.client}>
                <button onClick={() => setChosen(result)}>
                  <span class="cellbox small" style={cellStyle(result.client.segment)}>{result.client.segment}</span>
                  {result.client.name || result.client.client}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t(lang, 'popupNoResults')}</p>
        )
      ) : null}
      <h2>{t(lang, 'popupBySegment')}</h2>
      <div class="matrix" role="group" aria-label={t(lang, 'popupBySegment')}>
        <span />
        {['X', 'Y', 'Z'].map((x) => <span class="axis" key={x}>{x}</span>)}
        {['A', 'B', 'C'].map((abc) => [
          <span class="axis" key={abc}>{abc}</span>,
          ...cellCodes.filter((code) => code[0] === abc).map((code) => (
            <span class="cellbox" key={code} style={cellStyle(code)} title={code}>
              {counts[code]}
              <small>{code}</small>
            </span>
          )),
        ])}
      </div>
      <p class="source muted">
        {t(lang, 'popupSource', dataset.origin === 'sheet' ? 'Google Sheet' : dataset.name, formatAge(dataset.importedAt, lang))}
        {sync.lastError && dataset.origin === 'sheet' ? <span class="bad"> · {sync.lastError}</span> : null}
      </p>
      <button class="link" onClick={openOptions}>{t(lang, 'popupOptions')} →</button>
    </main>
  );
}
