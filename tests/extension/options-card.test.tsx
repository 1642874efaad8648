// @vitest-environment happy-dom
/**
 * The options page's first run and card settings, with chrome.* faked: the
 * welcome shows while there are no data (and on #welcome), in the browser's
 * language; the user's name, currency and CRM link templates are saved, and
 * a template still holding {portal} or a non-https one is refused with
 * nothing saved.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings } from '../../extension/data/storage.js';
import { OptionsApp } from '../../extension/options/options-app.js';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let app: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  app = document.createElement('div');
  document.body.append(app);
});
afterEach(() => {
  render(null, app);
  app.remove();
});

/** Types into a field and lets Preact render, as a person's next click would come after. */
async function type(selector: string, value: string): Promise<void> {
  const input = app.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((done) => setTimeout(done, 0));
}

async function open(uiLanguage: string): Promise<void> {
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  render(<OptionsApp />, app);
  await vi.waitFor(() => expect(app.querySelector('#card-save')).not.toBeNull());
}

describe('options: first run and card settings', () => {
  it('welcomes in the browser’s language while there are no data', async () => {
    await open('ru-RU');
    expect(app.querySelector('#welcome-title')?.textContent).toBe('Добро пожаловать в KAM Segments');
    expect(app.querySelectorAll('#welcome ol > li')).toHaveLength(3);
    expect(app.querySelector('#template-ru')?.getAttribute('download')).toBe('kam-segments-template-ru.csv');
    expect(decodeURIComponent(app.querySelector('#template-en')!.getAttribute('href')!)).toContain('Client ID,Client,Order Date,Sales');
    app.querySelector<HTMLButtonElement>('#welcome-hide')!.click();
    await vi.waitFor(() => expect(app.querySelector('#welcome')).toBeNull());
    render(null, app);
    await open('en-US');
    expect(app.querySelector('#welcome-title')?.textContent).toBe('Welcome to KAM Segments');
  });

  it('saves the user’s name, the currency and a CRM link template, and refuses one still holding {portal}', async () => {
    await open('en-US');
    await type('#kam-name', '  Anna Smith ');
    await type('#currency', 'EUR');
    await type('input[data-crm="bitrix24"]', 'https://{portal}.bitrix24.ru/crm/company/details/{id}/');
    app.querySelector<HTMLButtonElement>('#card-save')!.click();
    await vi.waitFor(() => expect(app.querySelector('#card-message')?.textContent).toMatch(/^A template must start with https:\/\/ \(your portal in place of \{portal\}\)/));
    expect((await readSettings()).kamName).toBe('');
    await type('input[data-crm="bitrix24"]', 'javascript:alert({id})');
    app.querySelector<HTMLButtonElement>('#card-save')!.click();
    await vi.waitFor(() => expect(app.querySelector('#card-message')?.textContent).toContain('javascript:alert({id})'));
    await type('input[data-crm="bitrix24"]', 'https://acme.bitrix24.ru/crm/company/details/{id}/');
    app.querySelector<HTMLButtonElement>('#card-save')!.click();
    await vi.waitFor(() => expect(app.querySelector('#card-message')?.textContent).toBe('Saved.'));
    expect(await readSettings()).toMatchObject({ kamName: 'Anna Smith', currency: 'EUR', crmLinks: { bitrix24: 'https://acme.bitrix24.ru/crm/company/details/{id}/' } });
  });
});
