/**
 * The service worker with chrome.* faked: a Sheet subscription becomes a
 * chrome.alarms schedule, the alarm refreshes the data, unsubscribing
 * clears it; self-hosted CRMs get the content script only where the user
 * granted the host.
 */
import 'fake-indexeddb/auto';
import { clearClients } from '../../extension/data/client-db.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../extension/entrypoints/background.js';
import { REFRESH_ALARM } from '../../extension/data/sheet-subscription.js';
import { readDataset, readSync, writeSettings } from '../../extension/data/storage.js';
import { fixture } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

type Registered = { id: string; matches: string[] };
let registered: Registered[];
let granted: Set<string>;

beforeEach(async () => {
  await clearClients();
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  registered = [];
  granted = new Set();
  // fake-browser has no permissions or scripting: just enough of both, in memory.
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
    onAdded: { addListener: () => {} },
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async () => registered,
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
      registerContentScripts: async (scripts: Registered[]) => void registered.push(...scripts),
    },
  });
  background.main!();
});
afterEach(() => vi.unstubAllGlobals());

const sheet = 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv';

describe('background', () => {
  it('refreshes a subscribed Sheet on its alarm, and stops when unsubscribed', async () => {
    const fetch = vi.fn(async () => new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } }));
    vi.stubGlobal('fetch', fetch);
    await writeSettings({ subscription: { url: sheet, everyHours: 3 } });
    await vi.waitFor(async () => expect(await chrome.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 180 }));
    expect(fetch).not.toHaveBeenCalled();

    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await readDataset())?.origin).toBe('sheet'));
    expect(fetch).toHaveBeenCalledWith(sheet, expect.objectContaining({ credentials: 'include' }));
    expect((await readSync()).lastSuccess).toBeTruthy();

    await writeSettings({ subscription: null });
    await vi.waitFor(async () => expect(await chrome.alarms.get(REFRESH_ALARM)).toBeUndefined());
  });

  it('runs on a self-hosted CRM only once its host is granted, and no longer once removed', async () => {
    await writeSettings({ customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(registered).toEqual([]);
    granted.add('https://crm.romashka.ru/*').add('http://crm.romashka.ru/*');
    await writeSettings({ customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
    await vi.waitFor(() => expect(registered).toMatchObject([{ id: 'kam-custom-crm.romashka.ru', matches: ['https://crm.romashka.ru/*'], js: ['content-scripts/content.js'] }]));
    await writeSettings({ customSites: [] });
    await vi.waitFor(() => expect(registered).toEqual([]));
  });

  it('opens the welcome in the options page on install, and not on an update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as chrome.tabs.Tab);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#welcome$/) });
  });
});
