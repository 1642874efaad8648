/**
 * The card's key-account parts end to end in Debian's Chromium: the
 * extension loaded unpacked, a segments table with the score and movement
 * columns, the accounts table and a contacts file with roles imported
 * through the options page, then the card opened on the Gmail fixture.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, fixturePath, siteUrls } from './helpers.js';
import { keyAccountSegmentsCsv } from './key-account-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const extensionDir = join(root, '.output/chrome-mv3');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);

let context: BrowserContext;
let extensionId: string;
let dir: string;

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).filter((name) => name !== 'README.md' && name !== 'gmail-card.png').map((name) => newest(join(path, name))));
}

function ensureBuilt(): void {
  const manifest = join(extensionDir, 'manifest.json');
  const sources = Math.max(...['extension', 'shared', 'wxt.config.ts', 'package-lock.json'].map((p) => newest(join(root, p))));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > sources) return;
  execSync('npx wxt build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

describe.skipIf(!available)('key-account card parts in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'kam-ka-e2e-'));
    const segments = join(dir, 'segments.csv');
    writeFileSync(segments, keyAccountSegmentsCsv());
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: false,
      viewport: { width: 1280, height: 900 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    await context.route((url) => url.protocol !== 'chrome-extension:', (route) => route.abort('blockedbyclient'));
    await context.route(`${new URL(siteUrls.gmail).origin}/**`, (route) => route.fulfill({ body: fixture('gmail.html'), contentType: 'text/html; charset=utf-8' }));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#lang').selectOption('ru');
    await options.locator('#file').setInputFiles(segments);
    await options.locator('#import-report[data-kind="segments"]').waitFor();
    await options.locator('#file').setInputFiles(fixturePath('accounts.csv'));
    await options.locator('#import-report[data-kind="accounts"]').waitFor();
    const report = await options.locator('#import-report').textContent();
    expect(report).toContain('таблица клиентов (досье KAM)');
    expect(report).toContain('Строк прочитано: 4, использовано: 2, отклонено: 2.');
    await options.locator('#file').setInputFiles(fixturePath('contacts-roles.csv'));
    await options.locator('#import-report[data-kind="contacts"]').waitFor();
    await options.close();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows score and tier with its parts, movement, the 3 P\u2019s, the sender\u2019s role, who decides, competitors and the next step', async () => {
    const page = await context.newPage();
    await page.goto(siteUrls.gmail);
    const badge = page.locator('kam-badge[data-segment="AX"]').first();
    await badge.waitFor();
    await badge.locator('button').hover();
    const card = badge.locator('[role="tooltip"]');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    for (const part of [
      'ООО «Ромашка»',
      'Балл78 ключевой',
      'оборот 32,0% общей суммы при 10% у кормильца → 25 из 25',
      'доля закупок 54%, потенциал 9 000 000 в год → 15 из 15',
      '↑ было AY → стало AX',
      'потребность: да · платёжеспособность: да · полномочия: да',
      'квалифицирован',
      // The sender's role comes from the contacts file's role column (the card's own first line).
      'ivan.petrov@romashka.ru — ЛПР',
      'Петров И. И. — ЛПР; Сидорова А. В. — закупщик',
      'КонкурентыМегаснаб, Петрович',
      'Следующий шагвстреча с ЛПР · 20 янв. 2025 г.',
    ]) {
      expect(text).toContain(part);
    }
    expect(await card.locator('[data-part="score"] li').count()).toBe(3);
    await page.close();
  });

  it('says where a client went down, and keeps the dossier when the segments table is imported again', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#file').setInputFiles(join(dir, 'segments.csv'));
    await expect.poll(async () => (await options.locator('#import-report').getAttribute('data-kind')) === 'segments').toBe(true);
    await options.close();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('vector-group.ru');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('↓ было AX → стало AY');
    await popup.locator('input[type="search"]').fill('romashka.ru');
    await expect.poll(() => popup.locator('.card').textContent()).toContain('Мегаснаб, Петрович');
    await popup.close();
  });
});
