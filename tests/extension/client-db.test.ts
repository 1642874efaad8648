/**
 * The clients' database and the page's look-up over it: a page asks only
 * for the keys it shows, in one request per batch, each key once; data
 * stored by the version before (one JSON string in chrome.storage) move to
 * the database on first read, nothing lost.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearClients, lookupKeys, type PageKeys } from '../../extension/data/client-db.js';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { saveImport } from '../../extension/data/save-import.js';
import { KEYS, readDataset, readMeta } from '../../extension/data/storage.js';
import { PENDING } from '../../extension/page/annotator.js';
import { createPageResolver } from '../../extension/page/page-resolver.js';
import { fixture, fixtureData } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
beforeEach(async () => {
  await clearClients();
  fakeBrowser.reset();
});

const importSegments = () => saveImport(readDataFile(fixture('segments.csv'), 'segments.csv', { lang: 'en', segment: defaultSettings.segment }), { name: 'segments.csv', origin: 'file' });

describe('client database', () => {
  it('answers a page’s keys with just the clients behind them', async () => {
    await importSegments();
    const answer = await lookupKeys({ emails: ['ivan.petrov@romashka.ru', 'nobody@nowhere.ru'], domains: ['romashka.ru', 'vector-group.ru'], names: [] });
    expect(answer.clients.map((c) => c.client)).toEqual(['7701000001', '7702000002']);
    expect(answer.found).toEqual([['e:ivan.petrov@romashka.ru', 0], ['d:romashka.ru', 0], ['d:vector-group.ru', 1]]);
  });

  it('describes the data for every page: count, as-of date, how many mail and CRM pages can recognise', async () => {
    const summary = await importSegments();
    expect(summary.noAddresses).toBeUndefined();
    expect(await readMeta()).toMatchObject({ version: 2, count: 8, asOf: '2024-06-25', reachable: { mail: 8, crm: 8 } });
  });

  it('moves data stored before version 2 into the database, nothing lost', async () => {
    const { dataset } = fixtureData();
    await chrome.storage.local.set({ [KEYS.dataset]: JSON.stringify(dataset) });
    const read = await readDataset();
    expect(read?.clients).toEqual(dataset.clients);
    expect((await chrome.storage.local.get(KEYS.dataset))[KEYS.dataset]).toBeUndefined();
    expect((await readMeta())?.count).toBe(8);
    expect((await lookupKeys({ emails: [], domains: ['northwind.com'], names: [] })).clients[0].name).toBe('Northwind Traders LLC');
  });
});

describe('page resolver', () => {
  it('asks once per batch, each key once, and answers from what it learnt', async () => {
    await importSegments();
    const requests: PageKeys[] = [];
    const onResolved = vi.fn();
    const { resolve } = createPageResolver({
      fetchKeys: (keys) => (requests.push(keys), lookupKeys(keys)),
      site: { kind: 'mail' },
      lang: 'en',
      meta: { count: 8 },
      onResolved,
    });
    expect(resolve({ email: 'ivan.petrov@romashka.ru' })).toBe(PENDING);
    expect(resolve({ email: 'zakupki@romashka.ru' })).toBe(PENDING);
    expect(resolve({ email: 'friend@gmail.com' })).toBe(PENDING);
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledTimes(1));
    expect(requests).toEqual([{ emails: ['ivan.petrov@romashka.ru', 'zakupki@romashka.ru', 'friend@gmail.com'], domains: ['romashka.ru'], names: [] }]);
    expect(resolve({ email: 'ivan.petrov@romashka.ru' })).toMatchObject({ client: { segment: 'AX' }, count: 8, match: { by: 'email' } });
    expect(resolve({ email: 'zakupki@romashka.ru' })).toMatchObject({ match: { by: 'domain', key: 'romashka.ru' } });
    expect(resolve({ email: 'friend@gmail.com' })).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});

describe('findClients', () => {
  it('finds the clients behind what a page or a search box shows, best key first, names only when asked', async () => {
    await importSegments();
    const { findClients } = await import('../../extension/data/find-clients.js');
    const found = await findClients([{ email: 'zakupki@romashka.ru' }, { company: 'АО «Вектор»' }, { email: 'friend@gmail.com' }], { names: true });
    expect(found.map((f) => f && [f.client.segment, f.match.by, f.match.key])).toEqual([['AX', 'domain', 'romashka.ru'], ['AY', 'name', 'вектор'], undefined]);
    expect((await findClients([{ company: 'АО «Вектор»' }]))[0]).toBeUndefined();
  });
});
