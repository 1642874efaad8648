// @vitest-environment happy-dom
/**
 * The content script's life on a page, with chrome.storage faked: nothing
 * until data exist, badges as soon as an import lands (no reload), the
 * site's switch and the language followed live, settings that do not
 * concern the page costing it nothing, self-hosted CRMs read with their
 * adapter (company names included), mail pages never matched by name, and
 * an orphaned copy stopping when a newer one takes over.
 */
import 'fake-indexeddb/auto';
import { clearClients, lookupKeys } from '../../extension/data/client-db.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { saveImport } from '../../extension/data/save-import.js';
import { writeSettings } from '../../extension/data/storage.js';
import { createResolver } from '../../extension/page/resolver.js';
import { startPage } from '../../extension/page/start-page.js';
import { gmail } from '../../extension/sites/gmail.js';
import { salesforce } from '../../extension/sites/salesforce.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let stop: AbortController;
beforeEach(async () => {
  await clearClients();
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  performance.clearMeasures();
});

/** This document, as if it were served at `url` in a top-level tab (or in a frame of another page). */
function pageAt(url: string, html: string, inFrame = false): Window {
  document.body.innerHTML = fixtureBody(html);
  const page: { location: { href: string }; document: Document; readonly top: unknown } = { location: { href: url }, document, get top() { return inFrame ? {} : page; } };
  return page as unknown as Window;
}

const importSegments = () => saveImport(readDataFile(fixture('segments.csv'), 'segments.csv', { lang: 'en', segment: defaultSettings.segment }), { name: 'segments.csv', origin: 'file' });
const segments = () => Array.from(document.querySelectorAll('kam-badge'), (badge) => badge.getAttribute('data-segment'));
const gmailSegments = ['AX', 'AY', 'AX', 'AX', 'CZ', 'AZ', 'AX', 'AX', 'BX'];

describe('startPage', () => {
  it('waits for data, then badges the page as soon as an import lands', async () => {
    await startPage(pageAt(siteUrls.gmail, fixture('gmail.html')), stop.signal, lookupKeys);
    expect(segments()).toEqual([]);
    await importSegments();
    await vi.waitFor(() => expect(segments()).toEqual(gmailSegments));
  });

  it('follows the site’s switch and the language, and a setting that does not concern the page costs it nothing', async () => {
    await importSegments();
    await startPage(pageAt(siteUrls.gmail, fixture('gmail.html')), stop.signal, lookupKeys);
    await vi.waitFor(() => expect(segments()).toEqual(gmailSegments));
    const hosts = Array.from(document.querySelectorAll('kam-badge'));
    const label = () => document.querySelector('kam-badge')!.shadowRoot!.querySelector('button')!.getAttribute('aria-label');
    expect(label()).toMatch(/^AX client/);
    performance.clearMeasures('kam-annotate');

    await writeSettings({ sites: { outlook: false }, subscription: { url: 'https://docs.google.com/spreadsheets/d/1/export?format=csv', everyHours: 3 } });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(performance.getEntriesByName('kam-annotate')).toHaveLength(0);

    await writeSettings({ lang: 'ru' });
    await vi.waitFor(() => expect(label()).toMatch(/^AX-клиент/));
    expect(Array.from(document.querySelectorAll('kam-badge'))).toEqual(hosts);

    await writeSettings({ sites: { outlook: false, gmail: false } });
    await vi.waitFor(() => expect(segments()).toEqual([]));
    await writeSettings({ sites: {} });
    await vi.waitFor(() => expect(segments()).toEqual(gmailSegments));
  });

  it('reads a self-hosted CRM the user added with its CRM’s adapter, company names included', async () => {
    await importSegments();
    await writeSettings({ customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
    await startPage(pageAt('https://crm.romashka.ru/crm/company/details/15/', fixture('bitrix24.html')), stop.signal, lookupKeys);
    await vi.waitFor(() => expect(segments()).toEqual(['AX', 'AX', 'CX', 'BY', 'BX']));
  });

  it('works in frames only on sites that open records in them (Bitrix24’s slider, not Gmail’s many frames)', async () => {
    await importSegments();
    await startPage(pageAt(siteUrls.gmail, fixture('gmail.html'), true), stop.signal, lookupKeys);
    expect(segments()).toEqual([]);
    await startPage(pageAt('https://acme.bitrix24.ru/crm/company/details/15/?IFRAME=Y', fixture('bitrix24.html'), true), stop.signal, lookupKeys);
    await vi.waitFor(() => expect(segments()).toEqual(['AX', 'AX', 'CX', 'BY', 'BX']));
  });

  it('leaves pages of sites it does not know alone', async () => {
    await importSegments();
    await startPage(pageAt('https://crm.romashka.ru/crm/company/details/15/', fixture('bitrix24.html')), stop.signal, lookupKeys);
    expect(segments()).toEqual([]);
  });

  it('stops, badges and all, when a newer copy of the script takes over', async () => {
    await importSegments();
    await startPage(pageAt(siteUrls.gmail, fixture('gmail.html')), stop.signal, lookupKeys);
    await vi.waitFor(() => expect(segments()).toHaveLength(gmailSegments.length));
    stop.abort();
    expect(segments()).toEqual([]);
    await importSegments();
    await writeSettings({ lang: 'ru' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(segments()).toEqual([]);
  });
});

describe('createResolver', () => {
  const { dataset } = fixtureData();
  it('matches company names on CRM pages only', () => {
    expect(createResolver(dataset, salesforce, 'en')({ company: 'ООО «Ромашка»' })?.client.segment).toBe('AX');
    expect(createResolver(dataset, gmail, 'en')({ company: 'ООО «Ромашка»' })).toBeUndefined();
    expect(createResolver(dataset, gmail, 'en')({ email: 'zakupki@romashka.ru' })?.match).toEqual({ at: 0, by: 'domain', key: 'romashka.ru' });
  });
});
