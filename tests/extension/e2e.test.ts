/**
 * The extension end to end in Debian's Chromium: loaded unpacked from
 * .output/chrome-mv3, data imported through the options page's file input,
 * each site's fixture served under its real address so the content script
 * runs as on the real site. Any other request is refused and recorded: the
 * last test checks there was none. `UPDATE_SCREENSHOTS=1` rewrites
 * extension/gmail-card.png (the README's picture); other runs leave it be.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
/** Requests to hosts no fixture stands for: none may happen. */
const strayRequests: string[] = [];

/** The newest modification time under the paths the extension is built from. */
function newestSource(paths: string[]): number {
  return Math.max(
    ...paths.map((path) => {
      const stat = statSync(path);
      if (!stat.isDirectory()) return stat.mtimeMs;
      // The README and its screenshot (written by this very file) are not built from.
      return newestSource(readdirSync(path).filter((name) => name !== 'README.md' && name !== 'gmail-card.png').map((name) => join(path, name)));
    }),
  );
}

/** Builds the extension unless .output already holds a build newer than every source, so the tests never run a stale one. */
function ensureBuilt(): void {
  const manifest = join(extensionDir, 'manifest.json');
  const sources = ['extension', 'shared', 'wxt.config.ts', 'package-lock.json'].map((path) => join(root, path));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > newestSource(sources)) return;
  // Vitest sets NODE_ENV=test, under which WXT would build a development variant: test what ships.
  execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

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
    ensureBuilt();
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
    // Web requests only (the extension's own pages load through routing too); registered first, so every fixture route below takes precedence.
    await context.route((url) => url.protocol !== 'chrome-extension:', (route) => {
      strayRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
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
    // The list's badges are one Tab stop (roving tabindex): the arrow keys move along it.
    await page.keyboard.press('ArrowDown');
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
    // Pinned by Enter: the card stays while the pointer goes into it to select text.
    await card.click({ position: { x: 40, y: 14 } });
    expect(await card.isVisible()).toBe(true);
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(root, 'extension/gmail-card.png') });
    }
    await page.mouse.click(1200, 80);
    await expect.poll(() => card.count()).toBe(0);
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

  it('finds a client from the popup by e-mail, name or domain, and counts clients per cell', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('zakupki@romashka.ru');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('ООО «Ромашка»');
    expect(await popup.locator('.card').textContent()).toContain('Найден по домену romashka.ru');
    await popup.locator('input[type="search"]').fill('вектор');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('АО «Вектор»');
    await popup.locator('input[type="search"]').fill('northwind.com');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('Northwind Traders LLC');
    await popup.locator('input[type="search"]').fill('petrov.home@gmail.com');
    await expect.poll(() => popup.locator('p[role="status"]').textContent()).toBe('Клиент не найден.');
    expect(await popup.locator('.matrix .cellbox[title="AX"]').textContent()).toBe('1AX');
    expect(await popup.locator('.source').textContent()).toMatch(/^segments\.csv · /);
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

  it('badges a Bitrix24 card opened in the slider, a frame of its own', async () => {
    const page = await openSite('bitrix24');
    await page.evaluate(() => {
      const slider = document.createElement('iframe');
      slider.src = '/crm/company/details/16/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER';
      slider.style.cssText = 'width: 800px; height: 400px';
      document.body.append(slider);
    });
    const frame = page.frameLocator('iframe');
    await frame.locator('#pagetitle + kam-badge').waitFor();
    expect(await frame.locator('kam-badge').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-segment')))).toEqual(['AX', 'AX', 'BY']);
    await page.close();
  });

  it('subscribes to a CSV link, shows the refresh, and refreshes on the alarm', async () => {
    // A host the extension already holds, so Chrome grants it without a prompt a test could not answer.
    const link = 'https://mail.google.com/kam/segments.csv';
    let served = 0;
    await context.route(link, (route) => (served++, route.fulfill({ body: fixture('segments.csv'), contentType: 'text/csv; charset=utf-8' })));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#sheet-url').fill(link);
    await options.locator('#sheet-every').selectOption('3');
    await options.locator('#sheet-subscribe').click();
    await expect.poll(() => options.locator('#sheet-status').textContent()).toMatch(/^Последнее обновление: /);
    expect(served).toBe(1);
    const alarm = () => worker.evaluate(() => chrome.alarms.get('kam-sheet-refresh'));
    await expect.poll(alarm).toMatchObject({ periodInMinutes: 180 });
    const lastSuccess = () => worker.evaluate(async () => ((await chrome.storage.local.get('kam.sync'))['kam.sync'] as { lastSuccess?: string }).lastSuccess);
    const before = await lastSuccess();
    // Fire the refresh alarm now rather than in three hours; the worker refreshes with its own fetch.
    await worker.evaluate(() => chrome.alarms.create('kam-sheet-refresh', { when: Date.now() }));
    await expect.poll(lastSuccess, { timeout: 10_000 }).not.toBe(before);
    expect(served).toBe(2);
    expect(await options.locator('#current-data').textContent()).toContain('Google Sheet');
    await options.locator('#sheet-unsubscribe').click();
    await expect.poll(alarm).toBeUndefined();
    await options.close();
  });

  it('segments a transactions file, recomputes with new thresholds and speaks the chosen language, live on an open page', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#file').setInputFiles(fixturePath('transactions-ru.csv'));
    await options.locator('#import-report[data-kind="transactions"]').waitFor();
    const report = await options.locator('#import-report').textContent();
    expect(report).toContain('Строк прочитано: 9, использовано: 7, отклонено: 2.');
    expect(report).toContain("Строка 8: нераспознанная дата '31.02.2024'");

    const page = await context.newPage();
    await page.goto(siteUrls.gmail);
    const vector = page.locator('#threads [email="o.kuznetsova@vector-group.ru"] + kam-badge');
    await expect.poll(() => vector.getAttribute('data-segment')).toBe('BZ');
    expect(await page.locator('[email="j.doe@gmail.com"] + kam-badge').count()).toBe(0);

    await options.locator('#threshold-a').fill('95');
    await options.locator('#segmentation-apply').click();
    await expect.poll(() => options.locator('#segmentation-message').textContent()).toBe('Проверьте значения: B — до накопленной доли, % (A < B)');
    await options.locator('#threshold-b').fill('99');
    await options.locator('#segmentation-apply').click();
    await expect.poll(() => options.locator('#segmentation-message').textContent()).toBe('Пересчитано: клиентов 3.');
    await expect.poll(() => vector.getAttribute('data-segment')).toBe('AZ');

    await options.locator('#lang').selectOption('en');
    const chip = vector.locator('button');
    await expect.poll(() => chip.getAttribute('aria-label')).toMatch(/^AZ client/);
    await chip.focus();
    const card = vector.locator('[role="tooltip"]');
    await card.waitFor();
    const text = await card.textContent();
    for (const part of ['Rank 2 of 3', 'A: 90.9% cumulative before it, rank 2 of 3', 'Z: coefficient of variation 149% over 4 months', 'at risk: 66 days since the last order, usual gap 30', 'Олег Кузнецов', '9 Feb 2024', 'Found by domain vector-group.ru']) {
      expect(text).toContain(part);
    }
    await Promise.all([options.close(), page.close()]);
  });

  it('made no request beyond the pages it was shown', () => {
    expect(strayRequests).toEqual([]);
  });

  it('built a manifest that asks for the listed sites only', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.host_permissions).toEqual(sites.flatMap((site) => site.matches));
    expect(manifest.content_scripts[0].matches.sort()).toEqual([...manifest.host_permissions].sort());
  });
});
