/**
 * What an import leaves in chrome.storage.local (an in-memory fake of it):
 * a valid dataset with its look-up index, contacts merged into it, raw
 * transactions kept and segmented again when the thresholds change.
 */
import 'fake-indexeddb/auto';
import { clearClients } from '../../extension/data/client-db.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DatasetSchema } from '../../extension/data/dataset.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { recompute } from '../../extension/data/recompute.js';
import { readStoredAccounts } from '../../extension/data/accounts-file.js';
import { clearData, replaceRisk, saveImport } from '../../extension/data/save-import.js';
import { refreshSubscription } from '../../extension/data/sheet-subscription.js';
import { readDataset, readLastImport, readMeta, readSource, readSync, writeSettings } from '../../extension/data/storage.js';
import { createLookup } from '../../extension/match/lookup.js';
import { fixture } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
beforeEach(async () => {
  await clearClients();
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
    // Matched by id (Вектор, Contoso) and, for a row without one, by name (Acme); an unknown id is listed, not counted as matched.
    expect(summary).toMatchObject({ kind: 'contacts', used: 4, rejected: 2, clients: 8, matched: 3, unknown: ['7799999999'] });
    const find = createLookup((await readDataset())!.index);
    expect(find({ email: 'someone@vector-group.com' })?.at).toBe(1);
    expect(find({ domain: 'www.contoso.com' })?.at).toBe(5);
    expect(find({ email: 'purchasing@acme-corp.com' })?.at).toBe(6);
    expect(find({ email: 'info@unknown-client.ru' })).toBeUndefined();
    await save('segments.csv');
    expect(createLookup((await readDataset())!.index)({ email: 'o.kuznetsova@vector-group.com' })?.at).toBe(1);
  });

  it('keeps raw transactions and segments them again with new thresholds', async () => {
    await save('transactions-ru.csv');
    // Kept compressed, given back as it was.
    expect((await readSource())?.text).toBe(fixture('transactions-ru.csv').replace(/^\uFEFF/, ''));
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

describe('replaceRisk', () => {
  it('asks before good data are replaced by a file that rejected many rows or has far fewer clients', async () => {
    await save('segments.csv');
    const meta = await readMeta();
    expect(replaceRisk(read('segments.csv'), meta)).toBeUndefined();
    // A stray quote swallows the rest of the file: one client is left of eight.
    const broken = fixture('segments.csv').replace('7702000002,АО «Вектор»', '7702000002,"АО «Вектор»');
    const outcome = readDataFile(broken, 'segments.csv', { lang: 'en', segment: defaultSettings.segment });
    expect(replaceRisk(outcome, meta)).toMatchObject({ storedClients: 8, read: 8 });
    expect(replaceRisk(outcome, meta)!.rejected).toBeGreaterThan(0);
    // Far fewer clients, even with nothing rejected.
    const few = readDataFile(fixture('segments.csv').split('\n').slice(0, 3).join('\n'), 'segments.csv', { lang: 'en', segment: defaultSettings.segment });
    expect(replaceRisk(few, meta)).toEqual({ read: 2, rejected: 0, clients: 2, storedClients: 8 });
    // Nothing stored: nothing to lose, nothing to ask.
    expect(replaceRisk(outcome, undefined)).toBeUndefined();
    expect(replaceRisk(read('contacts.csv'), meta)).toBeUndefined();
  });

  it('warns when a sales file has no e-mail or domain, so mail pages will show nothing', async () => {
    const csv = 'Клиент;Дата;Сумма\nООО Ромашка;01.02.2024;1000\nАО Вектор;03.02.2024;500\n';
    const summary = await saveImport(readDataFile(csv, 'sales.csv', { lang: 'ru', segment: defaultSettings.segment }), { name: 'sales.csv', origin: 'file' });
    expect(summary).toMatchObject({ kind: 'transactions', clients: 2, noAddresses: true });
    expect((await readMeta())?.reachable).toEqual({ mail: 0, crm: 2 });
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

  it('never fetches a link that is not a Google Sheet, and refuses a download that ends elsewhere', async () => {
    const fetch = vi.fn(async () => new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } }));
    vi.stubGlobal('fetch', fetch);
    // Stored by an earlier version, which took any https link.
    await chrome.storage.local.set({ 'kam.settings': { subscription: { url: 'https://127.0.0.1:1/segments.csv', everyHours: 6 } } });
    expect(await refreshSubscription()).toMatchObject({ ok: false, error: expect.stringMatching(/Google Sheets/) });
    expect(fetch).not.toHaveBeenCalled();
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    const elsewhere = new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } });
    Object.defineProperty(elsewhere, 'url', { value: 'https://evil.example/segments.csv' });
    vi.stubGlobal('fetch', async () => elsewhere);
    expect(await refreshSubscription()).toMatchObject({ ok: false });
    expect(await readDataset()).toBeUndefined();
  });

  it('refuses a Sheet over 50 MB, while reading it', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(65);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 60) controller.close();
        else controller.enqueue(chunk);
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'text/csv' } }));
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    expect(await refreshSubscription()).toMatchObject({ ok: false, error: expect.stringMatching(/50 MB/) });
    expect(sent).toBeLessThanOrEqual(52);
  });

  it('keeps the stored clients when a refresh brings far fewer, and says why', async () => {
    await save('segments.csv');
    vi.stubGlobal('fetch', async () => new Response(fixture('segments.csv').split('\n').slice(0, 3).join('\n'), { headers: { 'content-type': 'text/csv' } }));
    await writeSettings({ subscription: { url: sheet, everyHours: 6 } });
    const result = await refreshSubscription();
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/2 clients against 8 stored/) });
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

describe('the dossier (accounts table) on the IndexedDB store', () => {
  const romashka = async () => (await readDataset())!.clients.find((c) => c.client === '7701000001');
  const readAccounts = (name: string) => readDataFile(fixture(name), name, { lang: 'ru', segment: defaultSettings.segment });

  it('is attached to the stored clients, kept apart, and found again by the next segments import', async () => {
    await save('segments.csv');
    const before = await readMeta();
    const summary = await saveImport(readAccounts('accounts.csv'), { name: 'accounts.csv', origin: 'file' });
    expect(summary).toMatchObject({ kind: 'accounts', read: 4, used: 2, rejected: 2, clients: 8 });
    expect((await romashka())?.account).toMatchObject({ next_step: 'встреча с ЛПР', competitors: 'Мегаснаб, Петрович' });
    expect((await readDataset())!.clients.find((c) => c.client === '7702000002')).not.toHaveProperty('account');
    // The look-up index is the same, and the description changed so open pages look again.
    expect(createLookup((await readDataset())!.index)({ email: 'zakupki@romashka.ru' })).toMatchObject({ at: 0 });
    const after = await readMeta();
    expect(after).toMatchObject({ count: 8, reachable: before!.reachable });
    expect(after?.accountsAt).toBe(summary.at);
    const stored = await readStoredAccounts();
    expect(stored?.accounts.map((a) => a.client)).toEqual(['7701000001', '7705000005']);
    // A new segments table (or transactions) gets the kept dossier attached.
    await save('segments.csv');
    expect((await romashka())?.account?.next_step).toBe('встреча с ЛПР');
    await save('transactions-ru.csv');
    expect((await romashka())?.account?.next_step).toBe('встреча с ЛПР');
  });

  it('is kept when there are no clients yet, and attached to the first import', async () => {
    expect(await saveImport(readAccounts('accounts.csv'), { name: 'accounts.csv', origin: 'file' })).toMatchObject({ kind: 'accounts', clients: 0 });
    expect(await readMeta()).toBeUndefined();
    await save('segments.csv');
    expect((await romashka())?.account?.need).toBe('yes');
  });

  it('is removed with all data', async () => {
    await save('segments.csv');
    await saveImport(readAccounts('accounts.csv'), { name: 'accounts.csv', origin: 'file' });
    await clearData();
    expect(await readStoredAccounts()).toBeUndefined();
    expect(await readDataset()).toBeUndefined();
    await save('segments.csv');
    expect(await romashka()).not.toHaveProperty('account');
  });
});
