/**
 * What the content script does on a page: find the site's adapter (built-in
 * or a self-hosted CRM the user added), and, when the site is on and data
 * are stored, annotate the page; follow new imports and settings without a
 * reload.
 *
 * @example
 * void startPage(window);
 */
import { decodeDataset, KEYS, readDataset, readSettings } from '../data/storage.js';
import { uiLang } from '../i18n.js';
import { createLookup, type Lookup } from '../match/lookup.js';
import { siteFor } from '../sites/index.js';
import { startAnnotator, type Annotator, type Resolve } from './annotator.js';

export async function startPage(win: Window): Promise<void> {
  let settings = await readSettings();
  const site = siteFor(win.location.href, settings.customSites);
  // Frames only where a site opens its records in them (Bitrix24's slider); Gmail's many frames are left alone before any data is read.
  if (!site || (win !== win.top && !site.frames)) return;
  let dataset = await readDataset();
  let lookup: Lookup | undefined;
  let annotator: Annotator | undefined;

  const resolve: Resolve = (identity) => {
    const match = lookup?.(identity);
    if (!match || !dataset) return undefined;
    return { client: dataset.clients[match.at], count: dataset.clients.length, lang: uiLang(settings.lang), match };
  };

  const apply = () => {
    lookup = dataset ? createLookup(dataset.index) : undefined;
    const wanted = settings.sites[site.id] !== false && !!dataset?.clients.length;
    if (!wanted) {
      annotator?.stop();
      annotator = undefined;
    } else if (!annotator) {
      annotator = startAnnotator(win.document.body, { site, url: () => new URL(win.location.href), resolve });
    } else {
      annotator.rescan();
    }
  };

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEYS.dataset in changes || KEYS.settings in changes)) return;
    if (KEYS.dataset in changes) dataset = decodeDataset(changes[KEYS.dataset].newValue);
    if (KEYS.settings in changes) void readSettings().then((next) => ((settings = next), apply()));
    else apply();
  });
  apply();
}
