/**
 * The extension end to end in Debian's Chromium: loaded unpacked from
 * .output/chrome-mv3, data imported through the options page's file input,
 * each site's fixture served under its real address so the content script
 * runs as on the real site. Saves extension/gmail-card.png.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../../extension/sites/index.js';
import { fixture, fixturePath, siteUrls } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const extensionDir = join(root, '.output/chrome-mv3');
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
  console.warn(`\n  ⚠ Skipping the extension's browser tests: ${CHROMIUM} is not installed (apt-get install chromium).\n`);
}

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let userDataDir: string;

/** Badges found next to each data-expect element, against what the fixture expects. */
async function badgeReport(page: Page): Promise<{ got: string[]; want: string[]; total: number }> {
  return page.evaluate(() => {
    const expected = Array.from(document.querySelectorAll<HTMLElement>('[data-expect]'));
    const label = (el: HTMLElement) => el.textContent?.trim() || el.getAttribute('value') || '';
    return {
      got: expected.map((el) => `${label(el)}: ${el.nextElementSibling?.tagName === 'KAM-BADGE' ? el.nextElementSibling.getAttribute('data-segment') : 'none'}`),
      want: expected.map((el) => `${label(el)}: ${el.dataset.expect}`),
      total: document.querySelectorAll('kam-badge').length,
    };
  });
}

const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function openSite(id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(siteUrls[id]);
  const wanted = await page.locator('[data-expect]:not([data-expect="none"])').count();
  await page.waitForFunction((n) => document.querySelectorAll('kam-badge').length >= n, wanted);
  await twoFrames(page);
  return page;
}

describe.skipIf(!available)('extension in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(join(extensionDir, 'manifest.json'))) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
    userDataDir = mkdtempSync(join(tmpdir(), 'kam-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: false,
      viewport: { width: 1280, height: 720 },
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    for (const site of sites) {
      const html = fixture(`${site.id}.html`);
      await context.route(`${new URL(siteUrls[site.id]).origin}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    }

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#lang').selectOption('ru');
    await options.locator('#file').setInputFiles(fixturePath('segments.csv'));
    await options.locator('#import-report[data-kind="segments"]').waitFor();
    await options.close();
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('tells what the options page imported, with the rejected lines', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const report = options.locator('#import-report');
    await expect.poll(() => report.textContent()).toContain('таблица сегментов');
    expect(await report.textContent()).toContain('Строк прочитано: 8, использовано: 8, отклонено: 0.');
    await options.locator('#file').setInputFiles(fixturePath('contacts.csv'));
    await options.locator('#import-report[data-kind="contacts"]').waitFor();
    const text = await report.textContent();
    expect(text).toContain('Строк прочитано: 4, использовано: 2, отклонено: 2.');
    expect(text).toContain('Строка 4: нераспознанный e-mail или домен: not-an-address');
    expect(await options.locator('#current-data').textContent()).toContain('клиентов: 8');
    await options.close();
  });

  it.each(sites.map((site) => site.id))('badges the right elements on %s, and none on unknown or free-mail addresses', async (id) => {
    const page = await openSite(id);
    const { got, want, total } = await badgeReport(page);
    expect(got).toEqual(want);
    expect(total).toBe(want.filter((line) => !line.endsWith(': none')).length);
    await page.close();
  });

  it('follows Gmail compose recipients as they are added', async () => {
    const page = await openSite('gmail');
    await page.evaluate(() => {
      const to = document.getElementById('compose-to')!;
      for (const [email, name] of [['o.kuznetsova@vector-group.ru', 'Ольга Кузнецова'], ['friend@yandex.ru', 'Друг']]) {
        const chip = document.createElement('div');
        chip.className = 'afV';
        chip.setAttribute('role', 'option');
        chip.setAttribute('data-hovercard-id', email);
        chip.textContent = name;
        to.append(chip);
      }
    });
    await page.locator('#compose-to kam-badge[data-segment="AY"]').waitFor();
    await twoFrames(page);
    expect(await page.locator('#compose-to kam-badge').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-segment')))).toEqual(['BX', 'AY']);
    await page.close();
  });

  it('opens the card from the keyboard, and keeps a screenshot of it', async () => {
    const page = await openSite('gmail');
    await page.locator('input[aria-label="Поиск в почте"]').focus();
    await page.keyboard.press('Tab');
    const first = page.locator('kam-badge[data-segment="AX"] [role="tooltip"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('ООО «Ромашка»');
    await page.keyboard.press('Tab');
    const card = page.locator('kam-badge[data-segment="AY"] [role="tooltip"]');
    await card.waitFor();
    await expect.poll(() => first.count()).toBe(0);
    const text = await card.textContent();
    for (const part of ['АО «Вектор»', 'Место 2 из 8', '3\u00a0105\u00a0000', 'Кормилец', 'под угрозой: 94 дня без заказов, обычный интервал 30', 'Олег Кузнецов', 'Ключевой с колебаниями', 'Найден по домену vector-group.ru']) {
      expect(text).toContain(part);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.keyboard.press('Enter');
    await card.waitFor();
    await page.screenshot({ path: join(root, 'extension/gmail-card.png') });
    await page.close();
  });

  it('opens the card on hover', async () => {
    const page = await openSite('gmail');
    await page.locator('kam-badge[data-segment="BX"] button').hover();
    const card = page.locator('kam-badge[data-segment="BX"] [role="tooltip"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Northwind Traders LLC');
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });

  it('finds a client from the popup and counts clients per cell', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('zakupki@romashka.ru');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('ООО «Ромашка»');
    expect(await popup.locator('.matrix .cellbox[title="AX"]').textContent()).toBe('1AX');
    await popup.close();
  });

  it('leaves a site alone once it is switched off', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[data-site="gmail"]').uncheck();
    const gmailSetting = () => worker.evaluate(async () => ((await chrome.storage.local.get('kam.settings'))['kam.settings'] as { sites?: Record<string, boolean> })?.sites?.gmail);
    await expect.poll(gmailSetting).toBe(false);
    const page = await context.newPage();
    await page.goto(siteUrls.gmail);
    // Outlook stays on: its badges prove the content script ran meanwhile.
    const outlook = await openSite('outlook');
    await twoFrames(page);
    expect(await page.locator('kam-badge').count()).toBe(0);
    await options.locator('input[data-site="gmail"]').check();
    await page.locator('kam-badge').first().waitFor();
    await Promise.all([options.close(), page.close(), outlook.close()]);
  });
});
