/**
 * Shared by the BigQuery add-on tests: builds the plain and the `--bigquery`
 * variants into temporary folders, loads a build the way Apps Script does
 * (every .js file into one vm context), makes test transactions, and runs the
 * DuckDB dialect of the segmentation template on them to get the rows a real
 * BigQuery would return.
 *
 * @example
 * const { plainOut, variantOut } = buildVariants();
 * const gas = load(variantOut, { ...fakeGas().globals, BigQuery: fakeBigQuery(rows, { pageSize: 70 }).service });
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { DuckDBInstance } from '@duckdb/node-api';
import { isoFromDayNumber } from '../../shared/calendar.js';
import type { parseSegmentOptions } from '../../shared/options.js';
import { sqlParameters } from '../../shared/sql/parameters.js';
import { segmentationSql } from '../../shared/sql/segmentation-sql.js';
import type { Transaction } from '../../shared/transaction.js';
import { seededRandom } from '../../tools/bench-rows.js';

export const root = resolve(import.meta.dirname, '../..');
/** Builds both variants into fresh temporary folders (never apps-script/dist, which other tests read). */
export function buildVariants(): { plainOut: string; variantOut: string } {
  const plainOut = mkdtempSync(join(tmpdir(), 'kam-sheets-plain-'));
  const variantOut = mkdtempSync(join(tmpdir(), 'kam-sheets-bq-'));
  execFileSync(process.execPath, ['apps-script/build.mjs'], { cwd: root, env: { ...process.env, KAM_SHEETS_OUT: plainOut }, stdio: 'pipe' });
  execFileSync(process.execPath, ['apps-script/build.mjs', '--bigquery'], { cwd: root, env: { ...process.env, KAM_SHEETS_OUT: variantOut }, stdio: 'pipe' });
  return { plainOut, variantOut };
}

export function load(dir: string, globals: Record<string, unknown>) {
  const context = vm.createContext({ ...globals });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(join(dir, file), 'utf8'), context, { filename: file });
  return context as Record<string, any>;
}

/** 400 clients over two years, with returns and quiet months. */
export function transactions(): Transaction[] {
  const random = seededRandom(5);
  return Array.from({ length: 6000 }, () => ({
    client: `K${String(Math.floor(400 * random() ** 1.5)).padStart(3, '0')}`,
    date: isoFromDayNumber(19_358 + Math.floor(random() * 730)),
    amount: Math.round((random() < 0.05 ? -1 : 1) * Math.exp(random() * 7) * 100) / 100,
  }));
}

export async function bigQueryRows(data: Transaction[], options: ReturnType<typeof parseSegmentOptions>) {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run('CREATE TABLE sales (customer_id VARCHAR, order_date DATE, amount DOUBLE)');
  const appender = await connection.createAppender('sales');
  for (const t of data) {
    appender.appendVarchar(t.client);
    appender.appendVarchar(t.date);
    appender.appendDouble(t.amount);
    appender.endRow();
  }
  appender.closeSync();
  const sql = segmentationSql('duckdb', { table: 'sales', columns: { client: 'customer_id', date: 'order_date' } });
  const rows = (await connection.runAndReadAll(sql, sqlParameters(options))).getRowObjectsJson();
  connection.closeSync();
  return rows as Record<string, unknown>[];
}

export const request = {
  runId: 'bq-run-1',
  project: 'acme-sales',
  table: 'shop.transactions',
  columns: { client: 'customer_id', date: 'order_date', amount: 'amount' },
  measure: 'revenue',
  period: 'month',
  abc: { a: 0.8, b: 0.95 },
  xyz: { x: 0.1, y: 0.25 },
  maxGigabytes: 10,
};

