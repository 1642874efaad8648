// @vitest-environment happy-dom
/**
 * The options page's Sheet subscription, rendered with chrome.* faked: host
 * access is asked for in the click itself (Chrome grants optional
 * permissions only during a user gesture) and only for what the link needs;
 * the first refresh follows, and the page shows when it was refreshed or
 * what went wrong; a refused permission or a bad link changes nothing;
 * unsubscribing gives the access back, except what a self-hosted CRM uses.
 */
import 'fake-indexeddb/auto';
import { clearClients } from '../../extension/data/client-db.js';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings, writeSettings } from '../../extension/data/storage.js';
import { OptionsApp } from '../../extension/options/options-app.js';
import { fixture } from './helpers.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;
let app: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  request = vi.fn(async () => true);
  remove = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, { request, remove });
  app = document.createElement('div');
  document.body.append(app);
});
afterEach(() => {
  render(null, app);
  app.remove();
  vi.unstubAllGlobals();
});

async function openOptions(): Promise<void> {
  render(<OptionsApp />, app);
  await vi.waitFor(() => expect(app.querySelector('#sheet-url')).not.toBeNull());
}

function typeLink(link: string): void {
  const input = app.querySelector<HTMLInputElement>('#sheet-url')!;
  input.value = link;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const subscribeButton = () => app.querySelector<HTMLButtonElement>('#sheet-subscribe')!;
const text = (selector: string) => app.querySelector(selector)?.textContent ?? '';

describe('Sheet subscription on the options page', () => {
  it('asks for Google in the click, subscribes to the CSV export and shows the refresh', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(fixture('segments.csv'), { headers: { 'content-type': 'text/csv' } })));
    await openOptions();
    typeLink('https://docs.google.com/spreadsheets/d/1AbC/edit#gid=42');
    await vi.waitFor(() => expect(subscribeButton().disabled).toBe(false));
    subscribeButton().click();
    // Synchronously, inside the gesture: no await may come before the request.
    expect(request).toHaveBeenCalledWith({ origins: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'] });
    await vi.waitFor(() => expect(text('#sheet-status')).toMatch(/^Last refreshed: /));
    expect((await readSettings()).subscription).toEqual({ url: 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=42', everyHours: 6 });
    expect(text('#current-data')).toContain('8 clients');
  });

  it('shows why a refresh failed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Sign in</html>', { headers: { 'content-type': 'text/html' } })));
    await openOptions();
    typeLink('https://docs.google.com/spreadsheets/d/1AbC/edit');
    await vi.waitFor(() => expect(subscribeButton().disabled).toBe(false));
    subscribeButton().click();
    await vi.waitFor(() => expect(text('#sheet-error')).toContain('Google asked to sign in'));
    expect(text('#sheet-status')).toBe('Not refreshed yet');
  });

  it('changes nothing when access is refused or the link is not https', async () => {
    request.mockResolvedValue(false);
    await openOptions();
    typeLink('https://docs.google.com/spreadsheets/d/1AbC/edit');
    await vi.waitFor(() => expect(subscribeButton().disabled).toBe(false));
    subscribeButton().click();
    await vi.waitFor(() => expect(text('#sheet-error')).toContain('was not granted'));
    typeLink('http://intranet.acme.ru/segments.csv');
    await vi.waitFor(() => expect(subscribeButton().disabled).toBe(false));
    subscribeButton().click();
    await vi.waitFor(() => expect(text('#sheet-error')).toContain('Not an https link'));
    expect(request).toHaveBeenCalledTimes(1);
    expect((await readSettings()).subscription).toBeNull();
  });

  it('gives the access back on unsubscribing, except a self-hosted CRM’s', async () => {
    await writeSettings({ subscription: { url: 'https://crm.romashka.ru/export/segments.csv', everyHours: 6 }, customSites: [{ host: 'crm.romashka.ru', site: 'bitrix24' }] });
    await openOptions();
    app.querySelector<HTMLButtonElement>('#sheet-unsubscribe')!.click();
    await vi.waitFor(async () => expect((await readSettings()).subscription).toBeNull());
    expect(remove).not.toHaveBeenCalled();

    await writeSettings({ subscription: { url: 'https://docs.google.com/spreadsheets/d/1/export?format=csv', everyHours: 6 } });
    await vi.waitFor(() => expect(app.querySelector('#sheet-unsubscribe')).not.toBeNull());
    app.querySelector<HTMLButtonElement>('#sheet-unsubscribe')!.click();
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'] }));
  });
});
