/**
 * What the content script does on a page: find the site's adapter (built-in
 * or a self-hosted CRM the user added), and, when the site is on and data
 * are stored, annotate the page, asking the extension's database for the
 * page's own keys only; follow new imports and settings without a reload.
 * A settings change that alters nothing on this page (another site's
 * switch, the Sheet's schedule) costs the page nothing.
 *
 * When `signal` aborts (the extension was updated or reloaded and a newer
 * copy of this script took over), everything stops and the badges go, so
 * two copies never annotate the same page.
 *
 * @example
 * void startPage(window, ctx.signal);
 */
import type { DatasetMeta } from '../data/dataset.js';
import type { Settings } from '../data/settings.js';
import { KEYS, readMeta, readSettings } from '../data/storage.js';
import { uiLang } from '../i18n.js';
import { siteFor, sites } from '../sites/index.js';
import { cardView } from '../ui/card-view.js';
import type { Site } from '../sites/site.js';
import { startComposeNotices, type ComposeNotices } from '../compose/compose-notice.js';
import { startAnnotator, type Annotator, type Resolve } from './annotator.js';
import { createPageResolver, type FetchKeys } from './page-resolver.js';

/** The service worker answers for the database, which a content script cannot open. */
export const fetchKeysFromWorker: FetchKeys = (keys) => chrome.runtime.sendMessage({ type: 'kam:lookup', keys });

export async function startPage(win: Window, signal?: AbortSignal, fetchKeys: FetchKeys = fetchKeysFromWorker): Promise<void> {
  let settings = await readSettings();
  const site = siteFor(win.location.href, settings.customSites);
  // Frames only where a site opens its records in them (Bitrix24's slider); Gmail's many frames are left alone before any data is read.
  if (!site || (win !== win.top && !site.frames)) return;
  let meta = await readMeta();
  if (signal?.aborted) return;
  let resolve: Resolve = () => undefined;
  let annotator: Annotator | undefined;
  let notices: ComposeNotices | undefined;
  let shown = view(site, settings);

  const apply = () => {
    if (settings.sites[site.id] === false || !meta?.count) {
      annotator?.stop();
      annotator = undefined;
      notices?.stop();
      notices = undefined;
      return;
    }
    resolve = createPageResolver({
      fetchKeys,
      site,
      lang: uiLang(settings.lang),
      meta,
      view: cardView({ importedAt: meta.importedAt, asOf: meta.asOf, clients: [] }, settings, sites),
      onResolved: () => {
        annotator?.resolved();
        notices?.rescan();
      },
    }).resolve;
    if (annotator) annotator.rescan();
    else annotator = startAnnotator(win.document.body, { site, url: () => new URL(win.location.href), resolve: (identity) => resolve(identity) });
    // Warnings while writing: mail sites only, where drafts have recipients.
    if (site.kind === 'mail') {
      if (notices) notices.rescan();
      else notices = startComposeNotices(win.document.body, { site, resolve: (identity) => resolve(identity), kamName: () => settings.kamName ?? '', lang: () => uiLang(settings.lang) });
    }
  };

  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const dataChanged = KEYS.meta in changes;
    if (dataChanged) meta = changes[KEYS.meta].newValue as DatasetMeta | undefined;
    if (KEYS.settings in changes) {
      void readSettings().then((next) => {
        settings = next;
        const before = shown;
        shown = view(site, settings);
        if (dataChanged || shown !== before) apply();
      });
    } else if (dataChanged) apply();
  };
  chrome.storage.onChanged.addListener(onChanged);
  signal?.addEventListener('abort', () => {
    annotator?.stop();
    annotator = undefined;
    notices?.stop();
    notices = undefined;
    try {
      chrome.storage.onChanged.removeListener(onChanged);
    } catch {
      // The old copy's chrome.* may already be gone with its extension context.
    }
  });
  apply();
}

/** What of the settings shows on this page: the language, whether the site is on, and what the card shows (currency, CRM links, the user's name). */
function view(site: Site, settings: Settings): string {
  return `${uiLang(settings.lang)}|${settings.sites[site.id] !== false}|${settings.currency}|${JSON.stringify(settings.crmLinks)}|${settings.kamName}`;
}
