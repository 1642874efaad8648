/**
 * The add-on on a real export (the Superstore sales file kept beside the
 * repository), laid out as Sheets would hold it once imported: Date cells at
 * midnight in the spreadsheet's zone, numbers as numbers or as text with a
 * decimal comma. The results must be the core's on the same file read by
 * the CSV import.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../shared/import/index.js';
import { segment } from '../../shared/segment.js';
import { segmentColumns, toSegmentRows } from '../../shared/segments-table.js';
import { realDataPath } from '../helpers/real-data.js';
import { loadBundle } from './helpers/bundle.js';
import { fakeGas } from './helpers/fake-gas.js';

const superstore = realDataPath('superstore.csv');

describe.skipIf(!superstore)('Superstore in Sheets', () => {
  const load = () => {
    const text = readFileSync(superstore!, 'utf8').replace(/^\uFEFF/, '');
    const [headers, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const { transactions } = importTransactions(new Uint8Array(readFileSync(superstore!)));
    return { headers, rows, transactions };
  };
  const midnight = (iso: string) => new Date(Date.parse(`${iso}T00:00:00+03:00`));

  it('finds the columns, runs from the sidebar and writes the core segments table', () => {
    const { headers, rows, transactions } = load();
    const at = (name: string) => headers.indexOf(name);
    // As Sheets holds the file: dates as Date cells, numbers as numbers.
    const sheetRows = rows.map((row, i) => row.map((cell, c) => (c === at('Order Date') ? midnight(transactions[i].date) : ['Sales', 'Profit', 'Quantity'].includes(headers[c]) ? Number(cell) : cell)));
    const fake = fakeGas({ locale: 'en_US', timeZone: 'Europe/Moscow', sheets: { Orders: [headers, ...sheetRows] } });
    const gas = loadBundle(fake.globals);
    const state = gas.kamSidebarState('segment');
    expect(state.detected).toEqual({ client: at('Customer ID'), name: at('Customer Name'), date: at('Order Date'), amount: at('Sales'), profit: at('Profit'), quantity: at('Quantity') });
    const result = gas.kamRunSegmentation({ runId: 'r', sheet: 'Orders', columns: state.detected, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } });
    const core = toSegmentRows(segment(transactions, { lang: 'en' }));
    expect(result).toMatchObject({ clients: 804, rows: 10_194, skipped: 0 });
    const table = fake.spreadsheet.sheet('Segments').table();
    expect(table.length).toBe(805);
    expect(table.slice(1).map((r) => Object.fromEntries(segmentColumns.map((c, k) => [c, r[k]])))).toEqual(
      core.map((row) => Object.fromEntries(segmentColumns.map((c) => [c, row[c] === null ? '' : Array.isArray(row[c]) ? (row[c] as string[]).join('; ') : row[c]]))),
    );
  });

  it('gives =ABCXYZ the core result from open-ended ranges with text numbers in a ru_RU sheet', () => {
    const { headers, rows, transactions } = load();
    const at = (name: string) => headers.indexOf(name);
    const blanks = Array.from({ length: 500 }, () => ['']);
    const clients = [...rows.map((r) => [r[at('Customer ID')]]), ...blanks];
    const dates = [...transactions.map((t) => [midnight(t.date)]), ...blanks];
    const amounts = [...rows.map((r) => [r[at('Sales')].replace('.', ',')]), ...blanks];
    const gas = loadBundle(fakeGas({ locale: 'ru_RU', timeZone: 'Europe/Moscow', scriptTimeZone: 'America/Los_Angeles' }).globals);
    const result = gas.ABCXYZ(clients, dates, amounts, 'period=quarter lang=en');
    const core = toSegmentRows(segment(transactions, { period: 'quarter' }));
    expect(result.length).toBe(805);
    expect(result.slice(1)).toEqual(core.map((r) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment]));
  });
});
