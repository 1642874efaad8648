/**
 * The toolbar popup: find a client by name (in either alphabet), INN,
 * e-mail or domain and read its card; see how many clients sit in each
 * cell and list a cell's clients; where the data came from, how fresh they
 * are and which day the figures refer to; go to the settings.
 *
 * Keyboard: the search box owns a listbox of results (combobox pattern,
 * aria-activedescendant): ↑/↓ choose, Enter opens the card, Escape goes
 * back to the list.
 *
 * @example
 * render(<PopupApp dataset={dataset} settings={settings} sync={sync} />, document.getElementById('app')!);
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { cellCodes } from '../../shared/matrix.js';
import type { Dataset } from '../data/dataset.js';
import type { Settings } from '../data/settings.js';
import type { SyncStatus } from '../data/storage.js';
import { t, uiLang } from '../i18n.js';
import { sites } from '../sites/index.js';
import { formatAsOf } from '../ui/card-facts.js';
import { cardView } from '../ui/card-view.js';
import { cellStyle } from '../ui/cell-colours.js';
import { ClientCard } from '../ui/client-card.js';
import { displayText } from '../ui/display-text.js';
import { formatAge } from '../ui/format-age.js';
import { createSearch, type SearchResult } from './search-clients.js';
import { segmentCounts } from './segment-counts.js';

export type PopupProps = { dataset: Dataset | undefined; settings: Settings; sync: SyncStatus };

const SHOWN = 50;

export function PopupApp({ dataset, settings, sync }: PopupProps) {
  const lang = uiLang(settings.lang);
  const [query, setQuery] = useState('');
  const [segment, setSegment] = useState<string>();
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<SearchResult | undefined>();
  const search = useMemo(() => (dataset ? createSearch(dataset) : undefined), [dataset]);
  // The comparison forms are built while the reader is still looking at the popup, not on the first key.
  useEffect(() => {
    const timer = setTimeout(() => search?.prepare(), 0);
    return () => clearTimeout(timer);
  }, [search]);
  const results = useMemo(() => search?.(query, segment) ?? [], [search, query, segment]);
  const counts = useMemo(() => segmentCounts(dataset?.clients ?? []), [dataset]);
  const view = useMemo(() => (dataset ? cardView(dataset, settings, sites) : undefined), [dataset, settings]);
  // An e-mail or a domain that found its client, or a single result, opens the card at once.
  const shown = chosen ?? (!segment && (results.length === 1 || results[0]?.match) ? results[0] : undefined);
  const openOptions = () => void chrome.runtime.openOptionsPage();

  if (!dataset || !view) {
    return (
      <main class="popup">
        <p>{t(lang, 'popupNoData')}</p>
        <button class="primary" onClick={openOptions}>{t(lang, 'popupImport')}</button>
      </main>
    );
  }
  const listed = shown ? [] : results.slice(0, SHOWN);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!listed.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (at + step + listed.length) % listed.length);
    } else if (event.key === 'Enter' && listed[active]) {
      event.preventDefault();
      setChosen(listed[active]);
    } else if (event.key === 'Escape' && (chosen || segment)) {
      // Back to the list rather than closing the popup.
      event.preventDefault();
      if (chosen) setChosen(undefined);
      else setSegment(undefined);
    }
  };
  const asOf = view.asOf ? formatAsOf(view.asOf, lang) : undefined;

  return (
    <main class="popup">
      <input
        type="search"
        class="search"
        placeholder={t(lang, 'popupSearch')}
        aria-label={t(lang, 'popupSearch')}
        role="combobox"
        list={undefined}
        aria-expanded={listed.length > 0}
        aria-controls="results"
        aria-activedescendant={listed[active] ? `result-${active}` : undefined}
        aria-describedby="popup-keys"
        value={query}
        autoFocus
        onKeyDown={onKey}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setChosen(undefined);
          setActive(0);
        }}
      />
      <p id="popup-keys" class="keys muted">{t(lang, 'popupKeys')}</p>
      {segment && (
        <p class="filter">
          {t(lang, 'popupFiltered', segment, results.length)}{' '}
          <button class="link" id="clear-filter" onClick={() => setSegment(undefined)}>{t(lang, 'popupClearFilter')}</button>
        </p>
      )}
      {shown ? (
        <div class="card inline">
          {chosen && results.length > 1 && (
            <button class="link" onClick={() => setChosen(undefined)}>← {t(lang, 'popupBack')}</button>
          )}
          <ClientCard client={shown.client} match={shown.match} count={dataset.clients.length} basis={dataset.basis} lang={lang} view={view} />
        </div>
      ) : query.trim() || segment ? (
        results.length ? (
          <>
            <ul class="results" id="results" role="listbox" aria-label={t(lang, 'popupResults')}>
              {listed.map((result, at) => (
                <li
                  key={result.client.client}
                  id={`result-${at}`}
                  role="option"
                  aria-selected={at === active}
                  class={at === active ? 'active' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => setChosen(result)}
                >
                  <span class="cellbox small" style={cellStyle(result.client.segment)}>{result.client.segment}</span>
                  <bdi class="result-name">{displayText(result.client.name || result.client.client)}</bdi>
                  <span class="result-id muted">{displayText(result.client.client, 40)}</span>
                </li>
              ))}
            </ul>
            {results.length > listed.length && <p class="muted more">{t(lang, 'popupMore', results.length - listed.length)}</p>}
          </>
        ) : (
          <p class="muted" role="status">{t(lang, 'popupNoResults')}</p>
        )
      ) : null}
      <h2>{t(lang, 'popupBySegment')}</h2>
      <div class="matrix" role="group" aria-label={t(lang, 'popupBySegment')}>
        <span />
        {['X', 'Y', 'Z'].map((x) => <span class="axis" key={x}>{x}</span>)}
        {['A', 'B', 'C'].map((abc) => [
          <span class="axis" key={abc}>{abc}</span>,
          ...cellCodes.filter((code) => code[0] === abc).map((code) => (
            <button
              type="button"
              class="cellbox"
              key={code}
              style={cellStyle(code)}
              title={code}
              data-cell={code}
              aria-pressed={segment === code}
              aria-label={t(lang, 'popupCellFilter', code, counts[code])}
              onClick={() => {
                setSegment(segment === code ? undefined : code);
                setChosen(undefined);
                setActive(0);
              }}
            >
              {counts[code]}
              <small>{code}</small>
            </button>
          )),
        ])}
      </div>
      <p class="source muted">
        {t(lang, 'popupSource', dataset.origin === 'sheet' ? 'Google Sheet' : displayText(dataset.name, 80), formatAge(dataset.importedAt, lang))}
        {asOf && <> · <span id="as-of">{t(lang, 'popupAsOf', asOf)}</span></>}
        {sync.lastError && dataset.origin === 'sheet' ? <span class="bad"> · {displayText(sync.lastError)}</span> : null}
      </p>
      <button class="link" onClick={openOptions}>{t(lang, 'popupOptions')} →</button>
    </main>
  );
}
