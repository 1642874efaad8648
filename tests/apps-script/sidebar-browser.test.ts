/**
 * The sidebar page in headless Chromium (Debian's package, through
 * playwright-core), with google.script.run stubbed: the columns found are
 * shown and preselected, Run sends the chosen settings and shows progress
 * and the result, Share sends the e-mails and the mail choice and shows the
 * CSV link (and, when the copy had to be made anew, that the link changed).
 * The README's screenshot (apps-script/sidebar.png) is rewritten only with
 * UPDATE_SCREENSHOTS=1, so that a test run leaves the working tree as it
 * was; otherwise the picture goes to the system's temp folder. Without
 * Chromium the tests are skipped with a message, except on CI, where that
 * is a failure.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, readDist, REPO } from './helpers/bundle.js';
import { fakeGas } from './helpers/fake-gas.js';

const CHROMIUM = '/usr/bin/chromium';
/** The README's picture with UPDATE_SCREENSHOTS=1; otherwise a preview in the temp folder, overwritten each run. */
const screenshotPath = () => (process.env.UPDATE_SCREENSHOTS === '1' ? path.join(REPO, 'apps-script/sidebar.png') : path.join(tmpdir(), 'kam-sidebar-preview.png'));
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI needs it for the sidebar tests (apt-get install chromium)`);
  console.warn(`\n  ⚠ SKIPPED: ${CHROMIUM} is missing; the sidebar browser tests are skipped.\n`);
}

const HEADERS = ['Row ID', 'Order ID', 'Order Date', 'Ship Date', 'Customer ID', 'Customer Name', 'Segment', 'Region', 'Product Name', 'Sales', 'Quantity', 'Discount', 'Profit'];

/** The page as HtmlService would serve it, with the state the server makes for a Superstore-like sheet. */
function page(view: 'segment' | 'share', locale = 'en_US', segmentsRows = 0, sharedBefore = false, ranBefore?: Record<string, unknown>): string {
  const rows = Array.from({ length: 9994 }, (_, i) => [i + 1, `US-${i}`, new Date(2024, 0, 1 + (i % 300)), '', `C-${i % 793}`, `Client ${i % 793}`, 'Consumer', 'West', 'Paper', 10 + i, 1, 0, 2]);
  const sheets: Record<string, unknown[][]> = { Orders: [HEADERS, ...rows] };
  if (segmentsRows) sheets.Segments = [['client'], ...Array.from({ length: segmentsRows }, (_, i) => [`c${i}`])];
  const fake = fakeGas({ locale, sheets: sheets as never });
  const gas = loadBundle(fake.globals);
  if (sharedBefore) gas.kamShareSegments({ emails: 'kam1@example.com' });
  if (ranBefore) gas.kamRunSegmentation(ranBefore);
  const state = JSON.stringify(gas.kamSidebarState(view)).replace(/</g, '\\u003c');
  return readDist('Sidebar.html').replace(/<\?!=\s*state\s*\?>/, state);
}

/** google.script.run, recording calls; answers come from window.__answers (a function per server function). */
const STUB = `
  window.__calls = [];
  window.__answers = {};
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
        if (name === 'withFailureHandler') return (fn) => runner(success, fn);
        return (...args) => {
          window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
          Promise.resolve()
            .then(() => (window.__answers[name] || (() => null))(...args))
            .then((value) => success && success(value), (error) => failure && failure(error));
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
`;

describe.skipIf(!haveChromium)('sidebar page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, viewport = { width: 300, height: 900 }): Promise<Page> {
    const p = await browser.newPage({ viewport, deviceScaleFactor: 2 });
    const errors: string[] = [];
    p.on('pageerror', (error) => errors.push(error.message));
    await p.setContent(html.replace('<head>', () => `<head><script>${STUB}</script>`));
    expect(errors).toEqual([]);
    return p;
  }

  it('shows the columns found, runs with the chosen settings, reports progress and the result', async () => {
    const p = await open(page('segment'));
    expect(await p.locator('h1').textContent()).toBe('Segment clients');
    expect(await p.locator('.sheet').textContent()).toBe('Orders · 9,994 data rows');
    expect(await p.locator('#col-client').inputValue()).toBe(String(HEADERS.indexOf('Customer ID')));
    expect(await p.locator('#col-date').inputValue()).toBe(String(HEADERS.indexOf('Order Date')));
    expect(await p.locator('#col-amount').inputValue()).toBe(String(HEADERS.indexOf('Sales')));
    expect(await p.locator('#col-name').inputValue()).toBe(String(HEADERS.indexOf('Customer Name')));
    expect(await p.locator('.badge').count()).toBe(6);
    expect(await p.locator('#measure option[value=profit]').isDisabled()).toBe(false);
    await p.locator('#col-profit').selectOption('');
    expect(await p.locator('#measure option[value=profit]').isDisabled()).toBe(true);
    await p.locator('#col-profit').selectOption(String(HEADERS.indexOf('Profit')));

    await p.locator('#measure').selectOption('profit');
    await p.locator('#period').selectOption('quarter');
    await p.locator('#abc-a').fill('70');
    await p.locator('#xyz-y').fill('30');
    await p.evaluate(() => {
      const w = window as unknown as { __answers: Record<string, unknown>; __finish: (v: unknown) => void };
      w.__answers.kamProgress = () => ({ percent: 42, text: 'Reading rows: 4,000 of 9,994' });
      w.__answers.kamRunSegmentation = () => new Promise((resolve) => (w.__finish = resolve));
    });
    await p.locator('#run').click();
    await p.waitForFunction(() => document.querySelector('.progress-text')?.textContent?.startsWith('Reading rows'));
    expect(await p.locator('#run').isDisabled()).toBe(true);
    expect(await p.locator('.bar').getAttribute('style')).toContain('42%');
    const calls = await p.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    const run = calls.find((c) => c.name === 'kamRunSegmentation')!;
    expect(run.args[0]).toMatchObject({
      sheet: 'Orders',
      columns: { client: 4, name: 5, date: 2, amount: 9, quantity: 10, profit: 12 },
      measure: 'profit',
      period: 'quarter',
      abc: { a: 0.7, b: 0.95 },
      xyz: { x: 0.1, y: 0.3 },
    });
    expect(calls.some((c) => c.name === 'kamProgress' && c.args[0] === (run.args[0] as { runId: string }).runId)).toBe(true);

    await p.evaluate(() => (window as unknown as { __finish: (v: unknown) => void }).__finish({ clients: 793, rows: 9994, skipped: 2, summary: '793 clients from 9,994 rows; 2 rows skipped (unreadable date or amount).', problems: ["row 17: '31.02.2024' is not a date.", "row 230: 'n/a' is not a number."] }));
    await p.waitForSelector('.box.ok');
    expect(await p.locator('.box.ok p').first().textContent()).toBe('793 clients from 9,994 rows; 2 rows skipped (unreadable date or amount).');
    expect(await p.locator('.problems li').count()).toBe(2);
    expect(await p.locator('#run').isDisabled()).toBe(false);
    await p.locator('button', { hasText: 'Open “Segments”' }).click();
    await p.waitForFunction(() => (window as unknown as { __calls: { name: string }[] }).__calls.some((c) => c.name === 'kamActivateSheet'));
    // Let the bar finish its transition before the picture.
    await p.waitForTimeout(400);
    await p.screenshot({ path: screenshotPath(), fullPage: true });
    await p.close();
  });

  it('keeps Run in view at 300x800 with every section open', async () => {
    const p = await open(page('segment'), { width: 300, height: 800 });
    if ((await p.locator('details').getAttribute('open')) === null) await p.locator('summary').click();
    expect(await p.locator('details').getAttribute('open')).not.toBeNull();
    const inView = async () => {
      const box = await p.locator('#run').boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 800;
    };
    expect(await p.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(800);
    expect(await inView()).toBe(true);
    await p.mouse.wheel(0, 400);
    expect(await inView()).toBe(true);
    // Nothing covers it: a click at its centre reaches it.
    const box = (await p.locator('#run').boundingBox())!;
    expect(await p.evaluate(([cx, cy]) => document.elementFromPoint(cx, cy)?.id, [box.x + box.width / 2, box.y + box.height / 2])).toBe('run');
    await p.close();
  });

  it('checks the inputs before sending: a blank threshold is not 0, A below B, required columns', async () => {
    const p = await open(page('segment', 'ru_RU'));
    await p.locator('#abc-a').fill('');
    await p.locator('#xyz-x').fill('40');
    await p.locator('#col-date').selectOption('');
    await p.locator('#run').click();
    expect(await p.locator('#abc-error').textContent()).toBe('Введите число от 0,1 до 99,9.');
    expect(await p.locator('#xyz-error').textContent()).toBe('X должно быть меньше Y.');
    expect(await p.locator('#columns-error').textContent()).toBe('Выберите этот столбец.');
    expect(await p.locator('.box.error').textContent()).toBe('Исправьте поля, отмеченные красным, и запустите снова.');
    expect(await p.locator('#abc-a').getAttribute('class')).toContain('invalid');
    const calls = await p.evaluate(() => (window as unknown as { __calls: { name: string }[] }).__calls);
    expect(calls).toEqual([]);
    await p.locator('#abc-a').fill('80');
    await p.locator('#xyz-x').fill('10');
    await p.locator('#col-date').selectOption(String(HEADERS.indexOf('Order Date')));
    await p.locator('#run').click();
    await p.waitForFunction(() => (window as unknown as { __calls: { name: string }[] }).__calls.some((c) => c.name === 'kamRunSegmentation'));
    expect(await p.locator('#abc-error').textContent()).toBe('');
    await p.close();
  });

  it('opens with the settings this spreadsheet remembers from its last run', async () => {
    const last = { runId: 'r0', sheet: 'Orders', columns: { client: 5, date: 3, amount: 12, profit: 9 }, measure: 'profit', period: 'week', abc: { a: 0.7, b: 0.9 }, xyz: { x: 0.15, y: 0.35 } };
    const p = await open(page('segment', 'en_US', 0, false, last));
    expect(await p.locator('#remembered').textContent()).toBe('Settings of the last run in this spreadsheet.');
    expect(await p.locator('#col-client').inputValue()).toBe('5');
    expect(await p.locator('#col-date').inputValue()).toBe('3');
    expect(await p.locator('#col-amount').inputValue()).toBe('12');
    expect(await p.locator('#col-profit').inputValue()).toBe('9');
    expect(await p.locator('#col-name').inputValue()).toBe('');
    expect(await p.locator('#measure').inputValue()).toBe('profit');
    expect(await p.locator('#period').inputValue()).toBe('week');
    expect(await p.locator('#abc-a').inputValue()).toBe('70');
    expect(await p.locator('#xyz-y').inputValue()).toBe('35');
    await p.close();
  });

  it('puts Google’s time limit in the user language, with advice', async () => {
    const p = await open(page('segment', 'ru_RU'));
    await p.evaluate(() => {
      (window as unknown as { __answers: Record<string, unknown> }).__answers.kamRunSegmentation = () => Promise.reject(new Error('Exceeded maximum execution time'));
    });
    await p.locator('#run').click();
    await p.waitForSelector('.box.error');
    expect(await p.locator('.box.error').textContent()).toMatch(/^Google остановил запуск: он длился дольше 6 минут, отведённых скрипту\. Сократите|Сегментируйте более короткий период/);
    expect(await p.locator('.box.error').textContent()).toContain('BigQuery');
    await p.close();
  });

  it('shows the server error as it is', async () => {
    const p = await open(page('segment', 'ru_RU'));
    expect(await p.locator('#run').textContent()).toBe('Запустить');
    await p.evaluate(() => {
      (window as unknown as { __answers: Record<string, unknown> }).__answers.kamRunSegmentation = () => Promise.reject(new Error('Выберите столбец «дата».'));
    });
    await p.locator('#run').click();
    await p.waitForSelector('.box.error');
    expect(await p.locator('.box.error').textContent()).toBe('Выберите столбец «дата».');
    await p.close();
  });

  it('shares and shows the CSV link for the extension', async () => {
    const p = await open(page('share', 'en_US', 12));
    expect(await p.locator('#share').textContent()).toBe('Create shared copy');
    expect(await p.locator('#current').textContent()).toBe('');
    await p.locator('#emails').fill('kam1@example.com\nkam2@example.org');
    await p.locator('#notify').check();
    const csvUrl = 'https://docs.google.com/spreadsheets/d/ID/export?format=csv&gid=0';
    await p.evaluate((url) => {
      (window as unknown as { __answers: Record<string, unknown> }).__answers.kamShareSegments = () => ({
        status: 'created', name: 'Segments — Sales — 2024-05-01', url: 'https://docs.google.com/spreadsheets/d/ID/edit', csvUrl: url,
        viewers: ['kam1@example.com'], added: ['kam1@example.com'], summary: 'The shared copy is made; people with access: 1.', notice: null,
        problems: ['kam2@example.org: not shared (not a Google account)'],
      });
    }, csvUrl);
    await p.locator('#share').click();
    await p.waitForSelector('.box.ok');
    expect(await p.locator('#csv-url').inputValue()).toBe(csvUrl);
    expect(await p.locator('.box.ok p').first().textContent()).toBe('The shared copy is made; people with access: 1.');
    expect(await p.locator('.problems li').allTextContents()).toEqual(['kam2@example.org: not shared (not a Google account)']);
    expect(await p.locator('.box.warning').count()).toBe(0);
    const calls = await p.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls).toEqual([{ name: 'kamShareSegments', args: [{ emails: 'kam1@example.com\nkam2@example.org', notify: true }] }]);
    // From now on the button refreshes that copy.
    expect(await p.locator('#share').textContent()).toBe('Update shared copy');
    expect(await p.locator('#current').textContent()).toContain('Segments — Sales — 2024-05-01');
    await p.close();
  });

  it('offers to update the copy shared before, shows its link, and says when the link had to change', async () => {
    const p = await open(page('share', 'ru_RU', 12, true));
    expect(await p.locator('#share').textContent()).toBe('Обновить общую копию');
    expect(await p.locator('#csv-url').inputValue()).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/1Copy1\/export\?format=csv&gid=0$/);
    expect(await p.locator('label[for=emails] .label').textContent()).toMatch(/^Открыть доступ ещё кому-то/);
    expect(await p.locator('#notify').isChecked()).toBe(false);
    await p.evaluate(() => {
      (window as unknown as { __answers: Record<string, unknown> }).__answers.kamShareSegments = () => ({
        status: 'replaced', name: 'Segments — Продажи — 2024-05-02', url: 'https://docs.google.com/spreadsheets/d/NEW/edit', csvUrl: 'https://docs.google.com/spreadsheets/d/NEW/export?format=csv&gid=0',
        viewers: ['kam1@example.com'], added: ['kam1@example.com'], summary: 'Общая копия создана; доступ открыт (человек): 1.', notice: 'Прежнюю общую копию открыть не удалось…', problems: [],
      });
    });
    await p.locator('#share').click();
    await p.waitForSelector('.box.warning');
    expect(await p.locator('.box.warning').textContent()).toBe('Прежнюю общую копию открыть не удалось…');
    expect(await p.locator('#csv-url').inputValue()).toBe('https://docs.google.com/spreadsheets/d/NEW/export?format=csv&gid=0');
    const calls = await p.evaluate(() => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls);
    expect(calls).toEqual([{ name: 'kamShareSegments', args: [{ emails: '', notify: false }] }]);
    await p.close();
  });

  it('does not offer sharing before there is a Segments sheet', async () => {
    const p = await open(page('share'));
    expect(await p.locator('#share').isDisabled()).toBe(true);
    expect(await p.locator('.box.error').textContent()).toContain('run “Segment clients…” first');
    await p.close();
  });
});
