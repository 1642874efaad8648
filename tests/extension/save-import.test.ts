/**
 * What an import leaves in chrome.storage.local (an in-memory fake of it):
 * a valid dataset with its look-up index, contacts merged into it, raw
 * transactions kept and segmented again when the thresholds change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DatasetSchema } from '../../extension/data/dataset.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { recompute } from '../../extension/data/recompute.js';
import { clearData, saveImport } from '../../extension/data/save-import.js';
import { refreshSubscription } from '../../extension/data/sheet-subscription.js';
import { readDataset, readLastImport, readSource, readSync, writeSettings } from '../../extension/data/storage.js';
import { createLookup } from '../../extension/match/lookup.js';
import { fixture } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});

const read = (name: string) => readDataFile(fixture(name), name, { lang: 'en', segment: defaultSettings.segment });
const save = (name: string) => saveImport(read(name), { name, origin: 'file' });

describe('saveImport', () => {
  it('stores a valid dataset with its look-up index and a summary', async () => {
    const summary = await save('segments.csv');
    expect(summary).toMatchObject({ kind: 'segments', read: 8, used: 8, rejected: 0, clients: 8 });
    const dataset = DatasetSchema.parse(await readDataset());
    expect(dataset.clients).toHaveLength(8);
    expect(createLookup(dataset.index)({ email: 'zakupki@romashka.ru' })).toMatchObject({ at: 0, by: 'domain' });
    expect(await readLastImport()).toEqual(summary);
    expect(await readSource()).toBeUndefined();
  });

  it('merges contacts into the current dataset, and keeps them for the next one', async () => {
    await save('segments.csv');
    const summary = await save('contacts.csv');
    expect(summary).toMatchObject({ kind: 'contacts', used: 2, rejected: 2, clients: 8 });
    const find = createLookup((await readDataset())!.index);
    expect(find({ email: 'someone@vector-group.com' })?.at).toBe(1);
    expect(find({ domain: 'www.contoso.com' })?.at).toBe(5);
    await save('segments.csv');
    expect(createLookup((await readDataset())!.index)({ email: 'o.kuznetsova@vector-group.com' })?.at).toBe(1);
  });

  it('keeps raw transactions and segments them again with new thresholds', async () => {
    await save('transactions-ru.csv');
    const vector = async () => (await readDataset())!.clients.find((c) => c.client === '7702000002')!;
    expect((await vector()).abc).toBe('B');
    await writeSettings({ segment: { ...defaultSettings.segment, a: 0.95, b: 0.99 } });
    const summary = await recompute();
    expect(summary?.kind).toBe('transactions');
    expect((await vector()).abc).toBe('A');
  });

  it('removes everything on request', async () => {
    await save('segments.csv');
    await save('contacts.csv');
    await clearData();
    expect(await readDataset()).toBeUndefined();
    expect(await recompute()).toBeUndefined();
  });
});

describe('refreshSubscription', () => {
  afterEach(() => vi.unstubAllGlobals());
  const sheet = 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv';

  it('fetches the Sheet with the browser session and imports it like a file', async () => {
    const fetch = vi.fn(async () => new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } }));
    vi.stubGlobal('fetch', fetch);
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    const result = await refreshSubscription();
    expect(result).toMatchObject({ ok: true, summary: { kind: 'segments', clients: 8 } });
    expect(fetch).toHaveBeenCalledWith(sheet, expect.objectContaining({ credentials: 'include' }));
    expect((await readDataset())?.origin).toBe('sheet');
    expect((await readSync()).lastError).toBe('');
  });

  it('reports Google’s sign-in page as an error and keeps the data it had', async () => {
    await save('segments.csv');
    vi.stubGlobal('fetch', async () => new Response('<html>Sign in</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    const result = await refreshSubscription();
    expect(result.ok).toBe(false);
    expect((await readSync()).lastError).toMatch(/sign in/);
    expect((await readDataset())?.clients).toHaveLength(8);
  });

  it('keeps nothing from a download that finishes after the user unsubscribed', async () => {
    vi.stubGlobal('fetch', async () => {
      // The user unsubscribes (or removes all data) while the Sheet is downloading.
      await writeSettings({ subscription: undefined });
      return new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } });
    });
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    const result = await refreshSubscription();
    expect(result.ok).toBe(false);
    expect(await readDataset()).toBeUndefined();
  });
});
