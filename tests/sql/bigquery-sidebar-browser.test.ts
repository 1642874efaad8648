/**
 * The BigQuery sidebar page in headless Chromium, wired to the `--bigquery`
 * build running in node:vm with a fake BigQuery: google.script.run forwards
 * each call to the loaded add-on. A user fills in the form, estimates the
 * cost, runs, sees the progress bar move, meets a failure mid-way, presses
 * Continue, and ends with every client in Segments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSegmentOptions } from '../../shared/options.js';
import { fakeGas } from '../apps-script/helpers/fake-gas.js';
import { bigQueryRows, buildVariants, load, transactions } from './bigquery-helpers.js';
import { fakeBigQuery } from './fake-bigquery.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI needs it for the sidebar tests`);

describe.skipIf(!haveChromium)('BigQuery sidebar page', () => {
  let browser: Browser;
  let variantOut = '';
  beforeAll(async () => {
    ({ variantOut } = buildVariants());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('estimate, run with progress, a failure mid-way, Continue, done', async () => {
    const data = transactions();
    const rows = await bigQueryRows(data, parseSegmentOptions({ lang: 'ru' }));
    const bq = fakeBigQuery(rows, { pageSize: 60, bytes: 734_003_200 });
    const fake = fakeGas({ locale: 'ru_RU' });
    const HtmlService = {
      createTemplateFromFile(file: string) {
        const source = readFileSync(join(variantOut, `${file}.html`), 'utf8');
        const template: Record<string, unknown> = {
          evaluate: () => {
            const output = { title: '', html: source.replace(/<\?!=\s*(\w+)\s*\?>/g, (_, key: string) => String(template[key])), setTitle: (title: string) => ((output.title = title), output) };
            return output;
          },
        };
        return template;
      },
    };
    const gas = load(variantOut, { ...fake.globals, HtmlService, BigQuery: bq.service });
    gas.kamShowBigQuerySidebar();
    expect(fake.sidebars[0].title).toBe('Сегментация таблицы BigQuery');

    const page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let failAfterStart = true;
    await page.exposeFunction('__server', (name: string, args: unknown[]) => {
      if (name === 'kamBigQueryStart' && failAfterStart) {
        failAfterStart = false;
        bq.failOnce(3); // the third page request (after the first poll) fails
      }
      return JSON.parse(JSON.stringify(gas[name](...args) ?? null));
    });
    const stub = `
      window.__calls = [];
      function runner(success, failure) {
        return new Proxy({}, { get(_, name) {
          if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn) => runner(success, fn);
          return (...args) => { window.__calls.push(name); window.__server(name, args).then(success, (e) => failure(new Error(String(e.message || e).replace(/^Error: /, '')))); };
        } });
      }
      window.google = { script: { run: runner(null, null) } };
    `;
    await page.setContent(fake.sidebars[0].html.replace('<head>', () => `<head><script>${stub}</script>`));
    await page.fill('#project', 'acme-sales');
    await page.fill('#table', 'shop.transactions');
    await page.fill('#client', 'customer_id');
    await page.fill('#date', 'order_date');
    await page.getByRole('button', { name: 'Оценить стоимость' }).click();
    await expect.poll(() => page.textContent('.box')).toBe('Запрос прочитает 734,0 МБ.');

    await page.getByRole('button', { name: 'Запустить в BigQuery' }).click();
    await page.getByRole('button', { name: 'Продолжить' }).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.textContent('.box.error')).toMatch(/the connection was reset/);
    const written = fake.spreadsheet.sheet('Segments').values.slice(1).filter((r) => r?.[0]).length;
    expect(written).toBe(120);
    expect(await page.$eval('.bar', (el) => (el as HTMLElement).style.width)).not.toBe('100%');

    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect.poll(() => page.textContent('.box'), { timeout: 30_000 }).toBe(`Сегментировано клиентов в BigQuery: ${rows.length}.`);
    expect(await page.$eval('.bar', (el) => (el as HTMLElement).style.width)).toBe('100%');
    expect(fake.spreadsheet.sheet('Segments').values.slice(1).filter((r) => r?.[0])).toHaveLength(rows.length);
    expect(fake.spreadsheet.getSheetByName('ABC-XYZ')).not.toBeNull();
    const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
    expect(calls[0]).toBe('kamBigQueryEstimate');
    expect(calls.filter((c) => c === 'kamBigQueryStart')).toHaveLength(1);
    expect(errors).toEqual([]);
    // A look at the finished page, for a person (not compared).
    await page.screenshot({ path: join(tmpdir(), 'kam-bigquery-sidebar-preview.png'), fullPage: true });
    await page.close();
  }, 90_000);
});
