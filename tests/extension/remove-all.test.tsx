// @vitest-environment happy-dom
/**
 * "Remove all data" on the options page, with the service worker's
 * listeners running and chrome.* faked: it ends a subscribed Sheet as
 * Unsubscribe does (setting gone, refresh alarm cleared, Google's host
 * access given back, a self-hosted CRM's kept), so the next alarm brings
 * nothing back, and the page says what it removed.
 */
import 'fake-indexeddb/auto';
import { clearClients } from '../../extension/data/client-db.js';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../extension/entrypoints/background.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { saveImport } from '../../extension/data/save-import.js';
import { REFRESH_ALARM } from '../../extension/data/sheet-subscription.js';
import { readContacts, readDataset, readSettings, readSync, writeSettings } from '../../extension/data/storage.js';
import { OptionsApp } from '../../extension/options/options-app.js';
import { fixture } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

const sheet = 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv';
const google = ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'];
const crm = ['https://crm.romashka.ru/*', 'http://crm.romashka.ru/*'];

let granted: Set<string>;
let fetch: ReturnType<typeof vi.fn>;
let app: HTMLElement;

beforeEach(async () => {
  await clearClients();
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  // fake-browser has no permissions or scripting: just enough of both, in memory.
  granted = new Set([...google, ...crm]);
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
    remove: async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((origin) => granted.delete(origin)), true),
    onAdded: { addListener: () => {} },
  });
  Object.assign(fakeBrowser, {
    scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {} },
  });
  fetch = vi.fn(async () => new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } }));
  vi.stubGlobal('fetch', fetch);
  background.main!();
  app = document.createElement('div');
  document.body.append(app);
});
afterEach(() => {
  render(null, app);
  app.remove();
  vi.unstubAllGlobals();
});

const fireAlarm = () => fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
const text = (selector: string) => app.querySelector(selector)?.textContent ?? '';

/** A Sheet subscribed to and refreshed once by its alarm, as the service worker would, with a self-hosted CRM added. */
async function subscribedAndRefreshed(url = sheet): Promise<void> {
  await writeSettings({ subscription: { url, everyHours: 6 }, customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
  await vi.waitFor(async () => expect(await chrome.alarms.get(REFRESH_ALARM)).toBeDefined());
  await fireAlarm();
  await vi.waitFor(async () => expect((await readDataset())?.origin).toBe('sheet'));
  fetch.mockClear();
}

async function removeAll(): Promise<void> {
  render(<OptionsApp />, app);
  await vi.waitFor(() => expect(app.querySelector('#clear-data')).not.toBeNull());
  app.querySelector<HTMLButtonElement>('#clear-data')!.click();
  await vi.waitFor(() => expect(app.querySelector('#data-removed')).not.toBeNull());
}

describe('Remove all data', () => {
  it('ends the Sheet subscription too, so the next alarm brings nothing back', async () => {
    await subscribedAndRefreshed();
    await removeAll();

    expect(await readDataset()).toBeUndefined();
    expect((await readSettings()).subscription).toBeNull();
    expect((await readSync()).lastSuccess).toBeUndefined();
    expect(await chrome.alarms.get(REFRESH_ALARM)).toBeUndefined();
    expect([...granted]).toEqual(crm);
    expect(text('#data-removed')).toBe(`Removed: 8 clients, the subscription to ${sheet} (it will not refresh again).`);

    // An alarm Chrome had already queued still fires once: it must find nothing to fetch.
    await fireAlarm();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();
    expect(await readDataset()).toBeUndefined();
    expect(text('#current-data')).toBe('No data yet: import a file or subscribe to a Sheet.');
  });

  it('keeps the host access a self-hosted CRM still needs', async () => {
    // A link to the CRM's own host, as an earlier version allowed (it is no longer fetched).
    await writeSettings({ subscription: { url: 'https://crm.romashka.ru/export/segments.csv', everyHours: 6 }, customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
    await removeAll();
    expect((await readSettings()).subscription).toBeNull();
    expect(granted).toEqual(new Set([...google, ...crm]));
  });

  it('removes contacts without a subscription, and says so in the chosen language', async () => {
    await writeSettings({ lang: 'ru' });
    await saveImport(readDataFile(fixture('contacts.csv'), 'contacts.csv', { lang: 'ru', segment: defaultSettings.segment }), { name: 'contacts.csv', origin: 'file' });
    await removeAll();
    expect(await readContacts()).toBeUndefined();
    expect(granted).toEqual(new Set([...google, ...crm]));
    expect(text('#data-removed')).toBe('Удалено: строк контактов: 4.');
  });
});
