/**
 * A Google Sheet (or any https CSV link) the extension keeps its data in step
 * with: the link is turned into the Sheet's CSV export, fetched with the
 * user's own browser session (so a Sheet shared only inside the company
 * works), read like a dropped file, and refreshed by chrome.alarms.
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
import { saveImport } from './save-import.js';
import type { Subscription } from './settings.js';
import { readSettings, writeSettings, writeSync } from './storage.js';

export const REFRESH_ALARM = 'kam-sheet-refresh';

export function csvExportUrl(link: string): string {
  const url = new URL(link.trim());
  const sheet = /^\/spreadsheets\/d\/([^/]+)/.exec(url.pathname);
  if (url.hostname !== 'docs.google.com' || !sheet) return url.href;
  // Published links (/d/e/.../pub?output=csv) and export links already give CSV.
  if (sheet[1] === 'e' || /\/(export|pub|gviz)/.test(url.pathname)) return url.href;
  const gid = /gid=(\d+)/.exec(url.hash + url.search)?.[1];
  return `https://docs.google.com/spreadsheets/d/${sheet[1]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}

/** The host permissions a link needs: Google redirects an export to googleusercontent.com. */
export function subscriptionOrigins(url: string): string[] {
  const { hostname, protocol } = new URL(url);
  return hostname === 'docs.google.com' ? ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'] : [`${protocol}//${hostname}/*`];
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
  return [...(next ? subscriptionOrigins(next) : []), ...customSites.flatMap((custom) => hostPatterns(custom.host))];
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
  try {
    const response = await fetch(subscription.url, { credentials: 'include', cache: 'no-store', redirect: 'follow' });
    if (!response.ok) throw new ImportError(t(lang, 'syncHttp', response.status));
    // A Sheet the session cannot open answers with Google's sign-in page, not an error status.
    if (/text\/html/i.test(response.headers.get('content-type') ?? '') || /^https:\/\/accounts\.google\.com\//.test(response.url)) {
      throw new ImportError(t(lang, 'syncSignIn'));
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The user may have unsubscribed or removed all data while the download ran: then keep nothing.
    if ((await readSettings()).subscription?.url !== subscription.url) return { ok: false, error: t(lang, 'syncNone') };
    const summary = await saveImport(readDataFile(bytes, 'sheet.csv', { lang, segment: settings.segment }), { name: subscription.url, origin: 'sheet' });
    await writeSync({ lastSuccess: summary.at, lastError: '' });
    return { ok: true, summary };
  } catch (error) {
    const message = error instanceof ImportError ? error.message : t(lang, 'syncFailed', (error as Error).message);
    await writeSync({ lastError: message });
    return { ok: false, error: message };
  }
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
