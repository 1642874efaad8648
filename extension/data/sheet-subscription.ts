/**
 * A Google Sheet the extension keeps its data in step with: the link is
 * turned into the Sheet's CSV export, fetched with the user's own browser
 * session (so a Sheet shared only inside the company works), read like a
 * dropped file, and refreshed by chrome.alarms.
 *
 * Rules, since the session's cookies go with the request: only Google
 * Sheets links (sheet-url.ts), a download must end on docs.google.com or a
 * googleusercontent.com host, at most 50 MB, within 60 s. A refresh that
 * would replace stored clients with a doubtful file (many rejected rows,
 * far fewer clients) keeps the stored data and says why.
 *
 * @example
 * csvExportUrl('https://docs.google.com/spreadsheets/d/1AbC/edit#gid=42');
 * // 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=42'
 * await refreshSubscription(); // { ok: true, summary } or { ok: false, error }
 * await unsubscribe(); // the subscription it ended, or undefined when there was none
 */
import { ImportError } from '../../shared/import/index.js';
import { t, uiLang } from '../i18n.js';
import { hostPatterns, type CustomSite } from '../sites/index.js';
import type { ImportSummary } from './dataset.js';
import { readDataFile } from './read-data-file.js';
import { replaceRisk, saveImport } from './save-import.js';
import type { Subscription } from './settings.js';
import { isSheetDownloadHost, isSheetUrl, SHEET_ORIGINS } from './sheet-url.js';
import { readMeta, readSettings, writeSettings, writeSync } from './storage.js';

export const REFRESH_ALARM = 'kam-sheet-refresh';
export const SHEET_MAX_BYTES = 50 * 1024 * 1024;
export const SHEET_TIMEOUT_MS = 60_000;

/** The Sheet's CSV export for a link to it; throws for any other link. */
export function csvExportUrl(link: string): string {
  const url = new URL(link.trim());
  const sheet = /^\/spreadsheets\/d\/([^/]+)/.exec(url.pathname);
  if (!isSheetUrl(url.href) || !sheet) throw new TypeError(`not a Google Sheets link: ${url.href}`);
  // Published links (/d/e/.../pub?output=csv) and export links already give CSV.
  if (sheet[1] === 'e' || /\/(export|pub|gviz)/.test(url.pathname)) return url.href;
  const gid = /gid=(\d+)/.exec(url.hash + url.search)?.[1];
  return `https://docs.google.com/spreadsheets/d/${sheet[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}

/**
 * The host permissions a link needs: Google redirects an export to
 * googleusercontent.com. A link stored by an earlier version to another
 * host keeps its own host, so unsubscribing can give it back.
 */
export function subscriptionOrigins(url: string): string[] {
  const { hostname, protocol } = new URL(url);
  return hostname === 'docs.google.com' ? [...SHEET_ORIGINS] : [`${protocol}//${hostname}/*`];
}

/**
 * Gives back the host access a link needed once it is no longer subscribed
 * to, except what `keep` (the next link, a self-hosted CRM) still needs:
 * the extension should not keep reading Google with the user's session for
 * a Sheet nobody follows any more.
 */
export async function releaseSubscriptionOrigins(url: string, keep: readonly string[]): Promise<void> {
  const unused = subscriptionOrigins(url).filter((origin) => !keep.includes(origin));
  if (unused.length) await chrome.permissions.remove({ origins: unused }).catch(() => false);
}

/** Host access that outlives a subscription: the self-hosted CRMs' hosts, and the next link's when moving to another. */
export function originsStillNeeded(customSites: readonly CustomSite[], next?: string): string[] {
  return [...(next ? subscriptionOrigins(next) : []), ...customSites.flatMap((custom) => hostPatterns(custom.host, custom.http))];
}

/**
 * Ends the subscription: the setting and its refresh status go, the refresh
 * alarm is cleared and the link's host access given back (a self-hosted
 * CRM's excepted). The alarm is cleared here too, not only by the service
 * worker's reaction to the setting, so that no refresh is left scheduled
 * whichever page ends it.
 */
export async function unsubscribe(): Promise<Subscription | undefined> {
  const { subscription, customSites } = await readSettings();
  if (!subscription) return undefined;
  await writeSettings({ subscription: null });
  await writeSync({ lastSuccess: undefined, lastError: '' });
  await releaseSubscriptionOrigins(subscription.url, originsStillNeeded(customSites));
  await scheduleRefresh();
  return subscription;
}

export type RefreshResult = { ok: true; summary: ImportSummary } | { ok: false; error: string };

export async function refreshSubscription(): Promise<RefreshResult> {
  const settings = await readSettings();
  const lang = uiLang(settings.lang);
  const subscription = settings.subscription;
  if (!subscription) return { ok: false, error: t(lang, 'syncNone') };
  await writeSync({ lastAttempt: new Date().toISOString() });
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), SHEET_TIMEOUT_MS);
  try {
    // A link stored by an earlier version to another host is not fetched with the session any more.
    if (!isSheetUrl(subscription.url)) throw new ImportError(t(lang, 'syncNotSheet'));
    const response = await fetch(subscription.url, { credentials: 'include', cache: 'no-store', redirect: 'follow', signal: timeout.signal });
    const landed = new URL(response.url || subscription.url).hostname;
    // A Sheet the session cannot open answers with Google's sign-in page, not an error status.
    if (/text\/html/i.test(response.headers.get('content-type') ?? '') || landed === 'accounts.google.com') throw new ImportError(t(lang, 'syncSignIn'));
    if (!isSheetDownloadHost(landed)) throw new ImportError(t(lang, 'syncNotSheet'));
    if (!response.ok) throw new ImportError(t(lang, 'syncHttp', response.status));
    const bytes = await readCapped(response, SHEET_MAX_BYTES, () => new ImportError(t(lang, 'syncTooLarge', SHEET_MAX_BYTES / 1024 / 1024)));
    // The user may have unsubscribed or removed all data while the download ran: then keep nothing.
    if ((await readSettings()).subscription?.url !== subscription.url) return { ok: false, error: t(lang, 'syncNone') };
    const outcome = readDataFile(bytes, 'sheet.csv', { lang, segment: settings.segment });
    // Nobody is there to ask: a doubtful Sheet keeps the stored data, and the status says why.
    const risk = replaceRisk(outcome, await readMeta());
    if (risk) throw new ImportError(t(lang, 'syncDoubtful', risk.clients, risk.storedClients, risk.rejected, risk.read));
    const summary = await saveImport(outcome, { name: subscription.url, origin: 'sheet' });
    await writeSync({ lastSuccess: summary.at, lastError: '' });
    return { ok: true, summary };
  } catch (error) {
    const message =
      error instanceof ImportError ? error.message : timeout.signal.aborted ? t(lang, 'syncTimeout', SHEET_TIMEOUT_MS / 1000) : t(lang, 'syncFailed', (error as Error).message);
    await writeSync({ lastError: message });
    return { ok: false, error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** The body's bytes, refusing (before and while reading) a body over `max` bytes. */
async function readCapped(response: Response, max: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length') ?? 0) > max) throw tooLarge();
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Keeps the refresh alarm in step with the subscription setting. */
export async function scheduleRefresh(): Promise<void> {
  const { subscription } = await readSettings();
  const existing = await chrome.alarms.get(REFRESH_ALARM);
  if (!subscription) {
    if (existing) await chrome.alarms.clear(REFRESH_ALARM);
    return;
  }
  const minutes = subscription.everyHours * 60;
  if (existing?.periodInMinutes !== minutes) await chrome.alarms.create(REFRESH_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}
