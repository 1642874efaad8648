/**
 * The Sheets add-on's BigQuery path, built as the `--bigquery` variant and
 * loaded the way Apps Script loads it, against a fake BigQuery that pages
 * and fails mid-way. The Segments sheet must hold only whole pages after a
 * failure, Continue must resume without a duplicate or a gap, and the final
 * Segments and ABC-XYZ sheets must be the core's for the same transactions.
 * Also: the default build keeps its three scopes; the variant adds BigQuery.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSegmentOptions } from '../../shared/options.js';
import { segment } from '../../shared/segment.js';
import { segmentColumns, toSegmentRows } from '../../shared/segments-table.js';
import { fakeGas } from '../apps-script/helpers/fake-gas.js';
import { bigQueryRows, buildVariants, load, request, transactions } from './bigquery-helpers.js';
import { fakeBigQuery } from './fake-bigquery.js';

let plainOut = '';
let variantOut = '';
beforeAll(() => {
  ({ plainOut, variantOut } = buildVariants());
}, 120_000);

describe('Segment a BigQuery table (Sheets add-on, --bigquery build)', () => {
  it('the default manifest keeps its three scopes; the BigQuery build adds the scope, the service and the menu item', () => {
    const plain = JSON.parse(readFileSync(join(plainOut, 'appsscript.json'), 'utf8'));
    const variant = JSON.parse(readFileSync(join(variantOut, 'appsscript.json'), 'utf8'));
    expect(plain.oauthScopes).toHaveLength(3);
    expect(plain.oauthScopes.join()).not.toMatch(/bigquery/);
    expect(JSON.stringify(plain.dependencies)).not.toMatch(/bigquery/);
    expect(readdirSync(plainOut)).not.toContain('BigQuerySidebar.html');
    expect(variant.oauthScopes).toEqual([...plain.oauthScopes, 'https://www.googleapis.com/auth/bigquery']);
    expect(variant.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' });
    const fake = fakeGas({ locale: 'ru_RU' });
    const gas = load(variantOut, fake.globals);
    gas.onOpen({ authMode: 'FULL' });
    const plainFake = fakeGas({ locale: 'ru_RU' });
    load(plainOut, plainFake.globals).onOpen({ authMode: 'FULL' });
    // The plain menu, item for item, then the BigQuery item.
    expect(plainFake.menus[0].items.length).toBeGreaterThanOrEqual(2);
    expect(fake.menus[0]).toEqual({ title: plainFake.menus[0].title, items: [...plainFake.menus[0].items, ['Сегментировать таблицу BigQuery…', 'kamShowBigQuerySidebar']] });
    // Every item's handler exists as a top-level function of the build.
    for (const [, handler] of fake.menus[0].items) expect(typeof gas[handler]).toBe('function');
    // The plain build has no BigQuery calls at all.
    expect(load(plainOut, fakeGas().globals).kamBigQueryStart).toBeUndefined();
  });

  it('estimates, runs in pages with a progress bar, survives a failure mid-way, and ends with the core sheets', async () => {
    const data = transactions();
    const options = parseSegmentOptions({ lang: 'en' });
    const rows = await bigQueryRows(data, options);
    const bq = fakeBigQuery(rows, { pageSize: 70, bytes: 2_345_678_901 });
    const fake = fakeGas({ locale: 'en_US', sheets: { Notes: [['keep me']] } });
    const gas = load(variantOut, { ...fake.globals, BigQuery: bq.service });

    const estimate = gas.kamBigQueryEstimate(request);
    expect(estimate).toMatchObject({ bytes: 2_345_678_901, overCap: false, text: 'The query will read 2.3 GB.' });
    expect(gas.kamBigQueryEstimate({ ...request, maxGigabytes: 1 }).overCap).toBe(true);

    const started = gas.kamBigQueryStart(request);
    expect(started.done).toBe(false);
    const job = bq.calls.filter((c) => c.method === 'query').at(-1)!.args as [any, string];
    expect(job[1]).toBe('acme-sales');
    expect(job[0]).toMatchObject({ useLegacySql: false, parameterMode: 'NAMED', maximumBytesBilled: '10000000000' });
    expect(job[0].query).toContain('FROM `acme-sales.shop.transactions` AS t');
    expect(job[0].queryParameters).toContainEqual({ name: 'abc_a', parameterType: { type: 'FLOAT64' }, parameterValue: { value: '0.8' } });

    const segments = () => fake.spreadsheet.sheet('Segments');
    const dataRows = () => segments().values.slice(1).filter((r) => r && r.length && r[0] !== '');
    // First poll: the job is still running.
    expect(gas.kamBigQueryStep(request.runId)).toMatchObject({ done: false, text: expect.stringMatching(/BigQuery is running the query/) });
    const seen: number[] = [];
    seen.push(gas.kamBigQueryStep(request.runId).percent);
    seen.push(gas.kamBigQueryStep(request.runId).percent);
    expect(dataRows()).toHaveLength(140);
    bq.failOnce(1);
    expect(() => gas.kamBigQueryStep(request.runId)).toThrow(/the connection was reset/);
    // Whole pages only, in rank order, nothing lost or doubled.
    expect(dataRows()).toHaveLength(140);
    expect(dataRows().map((r) => r[segmentColumns.indexOf('rank')])).toEqual(Array.from({ length: 140 }, (_, i) => i + 1));

    // Continue: the same page is asked for again, then the rest.
    let step;
    do {
      step = gas.kamBigQueryStep(request.runId);
      seen.push(step.percent);
    } while (!step.done);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(step).toMatchObject({ done: true, percent: 100, written: rows.length, text: `${rows.length} clients segmented in BigQuery.` });
    const tokens = bq.calls.filter((c) => c.method === 'getQueryResults').map((c) => (c.args[2] as { pageToken?: string }).pageToken ?? 'first');
    expect(tokens.filter((t) => t === 'page-140')).toHaveLength(2);

    // The Segments sheet is the core's segments table for the same transactions, row for row.
    const core = segment(data, options);
    const expected = toSegmentRows(core, 'en').map((row) => segmentColumns.map((column) => {
      const value = row[column];
      return value === null ? '' : Array.isArray(value) ? value.join('; ') : value;
    }));
    expect(dataRows()).toHaveLength(expected.length);
    expect(dataRows()).toEqual(expected);
    expect(segments().values[0]).toEqual([...segmentColumns]);
    expect(segments().filter).not.toBeNull();
    // And ABC-XYZ counts every client in its cell, as after a sheet run.
    const matrix = fake.spreadsheet.sheet('ABC-XYZ');
    expect(matrix.values[4].slice(1, 4)).toEqual(core.matrix.slice(0, 3).map((c) => c.clients));
    expect(fake.spreadsheet.sheet('Notes').values).toEqual([['keep me']]);
    // A finished run answers "done" again without touching BigQuery.
    const before = bq.calls.length;
    expect(gas.kamBigQueryStep(request.runId).done).toBe(true);
    expect(bq.calls.length).toBe(before);
  }, 60_000);

  it('says what is wrong in the user\'s words', () => {
    const fake = fakeGas({ locale: 'ru_RU' });
    const gas = load(variantOut, { ...fake.globals, BigQuery: fakeBigQuery([], { pageSize: 10 }).service });
    expect(() => gas.kamBigQueryStep('nobody')).toThrow(/Этот запуск больше не известен/);
    expect(() => gas.kamBigQueryStart({ ...request, measure: 'profit' })).toThrow(/Для этого показателя укажите столбец «[^»]+»/);
    expect(() => gas.kamBigQueryStart({ ...request, table: 'shop.tx; DROP TABLE x' })).toThrow(/expected a name like/);
    expect(() => gas.kamBigQueryEstimate({ ...request, table: 'transactions' })).toThrow(/Укажите таблицу вместе с набором данных: dataset\.transactions/);
    const without = load(variantOut, fakeGas({ locale: 'en_US' }).globals);
    expect(() => without.kamBigQueryEstimate(request)).toThrow(/built without BigQuery/);
  });
});
