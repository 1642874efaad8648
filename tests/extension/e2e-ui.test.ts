/**
 * The extension's UI end to end in Debian's Chromium, from a fresh install:
 * the welcome opening in the browser's language with its template and the
 * counts after an import; the compose notice for another KAM's client and
 * for an A client at risk, above the recipients and outside the draft, and
 * dismissed; Escape closing a hovered card while typing in the draft;
 * "Open in CRM" from a URL template; the popup's search (exact and prefix
 * first, INN digits with spaces, Latin for Cyrillic, arrow keys and Enter,
 * matrix cells as filters). `UPDATE_SCREENSHOTS=1` rewrites the README's
 * pictures in extension/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../extension/data/default-settings.js';
import { readDataFile } from '../../extension/data/read-data-file.js';
import { t } from '../../extension/i18n.js';
import { chromiumAvailable, launchExtension, root, type ExtensionBrowser } from './extension-browser.js';
import { fixturePath, siteUrls } from './helpers.js';

const shots = join(root, 'extension/screenshots');
const updateShots = process.env.UPDATE_SCREENSHOTS === '1';
if (updateShots) mkdirSync(shots, { recursive: true });

let browser: ExtensionBrowser;
let welcome: Page;

const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function options(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#data-title').waitFor();
  return page;
}

async function importFile(page: Page, name: string, kind: string): Promise<void> {
  await page.locator('#file').setInputFiles(fixturePath(name));
  // A file with far fewer clients than stored is only imported on the user's word.
  await page.locator(`#replace-question, #import-report[data-kind="${kind}"]`).first().waitFor();
  if (await page.locator('#replace-question').count()) await page.locator('#replace-confirm').click();
  await expect.poll(() => page.locator('#import-report').getAttribute('data-kind')).toBe(kind);
  await expect.poll(() => page.locator('#import-report').textContent()).toContain(name);
}

async function gmail(ready = '#compose-to kam-badge'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(siteUrls.gmail);
  await page.locator(ready).first().waitFor({ timeout: 10_000 });
  await twoFrames(page);
  return page;
}

function addRecipient(page: Page, email: string, name: string): Promise<void> {
  return page.evaluate(([address, label]) => {
    const chip = document.createElement('div');
    chip.className = 'afV';
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-hovercard-id', address);
    chip.textContent = label;
    document.getElementById('compose-to')!.append(chip);
  }, [email, name]);
}

describe.skipIf(!chromiumAvailable)('extension UI in Chromium', () => {
  beforeAll(async () => {
    browser = await launchExtension('ru');
    // The service worker opens the welcome on install, perhaps before we look.
    const isWelcome = (page: Page) => page.url().endsWith('/options.html#welcome');
    for (let waited = 0; !browser.context.pages().some(isWelcome) && waited < 10_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    welcome = browser.context.pages().find(isWelcome)!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the welcome on install, in the browser’s language, with three steps and a template', async () => {
    expect(welcome, 'no options.html#welcome tab after install').toBeDefined();
    const uiLanguage = await welcome.evaluate(() => chrome.i18n.getUILanguage());
    const lang = /^ru/.test(uiLanguage) ? 'ru' : 'en';
    const section = welcome.locator('#welcome');
    await section.waitFor();
    expect(await welcome.locator('#welcome-title').textContent()).toBe(t(lang, 'welcomeTitle'));
    expect(await section.locator('ol.steps > li').count()).toBe(3);
    expect(await section.textContent()).toContain(t(lang, 'welcomeStep2'));
    if (updateShots) await welcome.screenshot({ path: join(shots, 'welcome.png') });

    for (const template of ['ru', 'en'] as const) {
      const [download] = await Promise.all([welcome.waitForEvent('download'), welcome.locator(`#template-${template}`).click()]);
      expect(download.suggestedFilename()).toBe(`kam-segments-template-${template}.csv`);
      const outcome = readDataFile(new Uint8Array(readFileSync((await download.path())!)), download.suggestedFilename(), { lang: template, segment: defaultSettings.segment });
      expect(outcome.kind).toBe('transactions');
      expect(outcome.report).toMatchObject({ used: 3, rejected: 0 });
    }
  });

  it('says after an import how many clients mail and CRM pages will recognise, with the way to Gmail', async () => {
    await welcome.locator('#lang').selectOption('ru');
    await importFile(welcome, 'segments.csv', 'segments');
    const note = welcome.locator('#recognisable');
    await expect.poll(() => note.textContent()).toContain('Узнаются в почте (есть e-mail или домен): 8 из 8. На страницах CRM (по названию): 8.');
    expect(await welcome.locator('#open-gmail').getAttribute('href')).toMatch(/^https:\/\/mail\.google\.com\//);
    // The user's name, and a link template for Bitrix24, for the tests below.
    await welcome.locator('#kam-name').fill('Анна Смирнова');
    await welcome.locator('input[data-crm="bitrix24"]').fill('https://acme.bitrix24.ru/crm/company/details/{id}/');
    await welcome.locator('#card-save').click();
    await expect.poll(() => welcome.locator('#card-message').textContent()).toBe('Сохранено.');
  });

  it('warns above the recipients about another KAM’s client and an A client at risk, outside the draft, until dismissed', async () => {
    const page = await gmail();
    const notice = page.locator('kam-compose-notice');
    await notice.waitFor();
    expect(await notice.locator('li').allTextContents()).toEqual(['Northwind Traders LLC: клиент другого менеджера — Олег Кузнецов']);
    await addRecipient(page, 'o.kuznetsova@vector-group.ru', 'Ольга Кузнецова');
    await expect.poll(() => notice.locator('li').count()).toBe(3);
    expect(await notice.locator('li').allTextContents()).toContain('АО «Вектор»: ключевой клиент, под угрозой: 94 дня без заказов, обычный интервал 30 (по данным на 25.06.2024)');
    const place = await page.evaluate(() => {
      const host = document.querySelector('kam-compose-notice')!;
      const to = document.getElementById('compose-to')!;
      return {
        inEditable: !!host.closest('[contenteditable]'),
        editableHasIt: Array.from(document.querySelectorAll('[contenteditable]')).some((el) => el.contains(host)),
        above: host.getBoundingClientRect().bottom <= to.getBoundingClientRect().top + 1,
        next: !!host.nextElementSibling?.contains(to),
      };
    });
    // Just above the recipients' block (Gmail's .GS holding the To field).
    expect(place).toEqual({ inEditable: false, editableHasIt: false, above: true, next: true });
    // Typing in the draft changes nothing of the notice, and the notice puts nothing in the draft.
    await page.locator('.compose > .body').click();
    await page.keyboard.type(' Спасибо!');
    expect(await page.locator('.compose > .body').textContent()).toBe('Добрый день! Спасибо!');
    if (updateShots) await page.locator('.compose').screenshot({ path: join(shots, 'compose-notice.png') });

    await notice.getByRole('button').click();
    await expect.poll(() => notice.count()).toBe(0);
    await addRecipient(page, 'zakupki@vector-group.com', 'Вектор, закупки');
    await page.keyboard.type(' До связи.');
    await twoFrames(page);
    expect(await notice.count()).toBe(0);
    await page.close();
  });

  it('closes a hovered card with Escape while the cursor is in the draft, and leaves the draft as it was', async () => {
    const page = await gmail();
    const body = page.locator('.compose > .body');
    await body.click();
    await page.keyboard.press('End');
    await page.locator('#compose-to kam-badge[data-segment="BX"] button.chip').hover();
    const card = page.locator('#compose-to kam-badge[data-segment="BX"] [role="tooltip"]');
    await card.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('body'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('body'))).toBe(true);
    await page.keyboard.type('!');
    expect(await body.textContent()).toBe('Добрый день!!');
    await page.close();
  });

  it('links the card to the client’s record through the CRM’s URL template, and copies the INN', async () => {
    const page = await gmail();
    const chip = page.locator('#threads kam-badge[data-segment="AY"] button.chip');
    await chip.click();
    const card = page.locator('#threads kam-badge[data-segment="AY"] [role="tooltip"]');
    await card.waitFor();
    expect(await chip.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
    const link = card.locator('a.crm-link');
    expect(await link.textContent()).toContain('Открыть в CRM');
    expect(await link.getAttribute('href')).toBe('https://acme.bitrix24.ru/crm/company/details/7702000002/');
    const text = await card.textContent();
    for (const part of ['3\u00a0105\u00a0000\u00a0₽', 'за 18\u00a0мес.', 'коэффициент вариации', '(по данным на 25.06.2024)', 'Скопировать ИНН']) expect(text).toContain(part);
    expect(text).not.toMatch(/\bКВ\b/u);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrls.gmail).origin });
    await card.locator('button.copy').click();
    await expect.poll(() => card.locator('.copied').textContent()).toBe('Скопировано');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('7702000002');
    if (updateShots) {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(shots, 'card-ru.png') });
    }
    const [record] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await record.waitForLoadState();
    expect(record.url()).toBe('https://acme.bitrix24.ru/crm/company/details/7702000002/');
    await record.close();
    await page.close();
  });

  it('shows the card in English with the sum per month as a sparkline, for sales segmented here', async () => {
    const settings = await options();
    await importFile(settings, 'transactions-ru.csv', 'transactions');
    await settings.locator('#lang').selectOption('en');
    const page = await gmail('#threads kam-badge[data-client="7702000002"]');
    const chip = page.locator('#threads kam-badge[data-client="7702000002"] button.chip');
    await chip.focus({ timeout: 5000 });
    const card = page.locator('#threads kam-badge[data-client="7702000002"] [role="tooltip"]');
    await card.waitFor();
    expect(await card.locator('svg.spark polyline').getAttribute('points', { timeout: 3000 })).toMatch(/^([\d.]+,[\d.]+ ){3}[\d.]+,[\d.]+$/);
    expect(await card.textContent()).toContain('over 4\u00a0months');
    if (updateShots) await page.screenshot({ path: join(shots, 'card-en.png') });
    await settings.locator('#lang').selectOption('ru');
    await Promise.all([page.close(), settings.close()]);
  });

  it('searches in the popup: exact and prefix first, INN with spaces, Latin for Cyrillic, arrow keys and Enter, cells as filters', async () => {
    const settings = await options();
    await importFile(settings, 'search-segments.csv', 'segments');
    await settings.close();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const search = popup.locator('input[type="search"]');
    const names = () => popup.locator('#results [role="option"] .result-name').allTextContents();

    await search.fill('Ромашка');
    await expect.poll(names).toEqual(['ООО «Ромашка»', 'ООО «Ромашка-Трейд»', 'ЗАО «ПТК Ромашка»']);
    await search.fill('Romashka');
    await expect.poll(names).toEqual(['ООО «Ромашка»', 'ООО «Ромашка-Трейд»', 'ЗАО «ПТК Ромашка»']);

    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe('result-1');
    await search.press('Enter');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('ООО «Ромашка-Трейд»');
    await search.press('Escape');
    await expect.poll(names).toHaveLength(3);

    await search.fill('1620 344 155');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('ООО «Ромашка-Трейд»');
    await search.fill('Вектор');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('Vector Group LLC');

    await search.fill('');
    await popup.locator('.matrix button[data-cell="AX"]').click();
    await expect.poll(names).toEqual(['ЗАО «ПТК Ромашка»']);
    expect(await popup.locator('.matrix button[data-cell="AX"]').getAttribute('aria-pressed')).toBe('true');
    await popup.locator('.matrix button[data-cell="AX"]').click();
    await expect.poll(() => popup.locator('#results').count()).toBe(0);
    expect(await popup.locator('#as-of').textContent()).toBe('по данным на 12.12.2025');
    await popup.close();
  });

  it('made no request beyond the pages it was shown', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
