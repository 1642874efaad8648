/**
 * `kam sql` and `kam segment --engine duckdb` as processes: the printed
 * DuckDB query, bound as printed by --json, gives every client the class
 * `kam segment` gives; the DuckDB engine writes the same segments table; a
 * missing DuckDB package is a clear message, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSegmentsCsv } from '../../shared/segments-table.js';
import { writeGeneratedCsv } from '../../tools/bench-rows.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kam-sql-cli-'));

function run(args: string[], kam = join(root, 'bin/kam.js')) {
  const result = spawnSync(process.execPath, [kam, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// npm test builds first; rebuilding here would race the other CLI tests reading dist/kam.js.
beforeAll(() => {
  if (!existsSync(join(root, 'dist/kam.js'))) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
});

describe('kam sql', () => {
  it('the printed DuckDB query on a table gives every client the class kam segment gives', async () => {
    const csv = join(dir, 'generated.csv');
    writeGeneratedCsv(csv, 60_000, 4_000, 11);
    const options = ['--period', 'week', '--abc', '70/90', '--deviation', 'sample'];
    const printed = run(['sql', '--dialect', 'duckdb', '--table', 'transactions', '--json', ...options]);
    expect(printed.code).toBe(0);
    const { sql, params } = JSON.parse(printed.stdout);
    const segmented = run(['segment', csv, '--out', join(dir, 'core.csv'), ...options]);
    expect(segmented.code).toBe(0);
    const core = parseSegmentsCsv(readFileSync(join(dir, 'core.csv'), 'utf8')).rows;

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`CREATE TABLE transactions AS SELECT * FROM read_csv('${csv}', columns = {'client': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(38, 9)'}, header = true)`);
    const rows = (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
    connection.closeSync();
    expect(core.length).toBeGreaterThan(3_000);
    expect(rows.map((r) => [r.client, Number(r.rank), r.abc, r.xyz])).toEqual(core.map((r) => [r.client, r.rank, r.abc, r.xyz]));
    rows.forEach((r, i) => expect(Math.abs(Number(r.share) - core[i].share)).toBeLessThan(1e-6));
  }, 60_000);

  it('prints BigQuery text with a parameter header, refuses bad names and missing dialects', () => {
    const ok = run(['sql', '--dialect', 'bigquery', '--table', 'shop-prod.sales.tx', '--date', 'order_date']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^-- Bind these parameters \(jobs\.query, parameterMode NAMED\):\n--   @period = "month"/);
    expect(ok.stdout).toContain('FROM `shop-prod.sales.tx` AS t');
    expect(ok.stdout).toContain('CAST(t.`order_date` AS DATE) AS d');
    expect(ok.stdout).toContain('CAST(NULL AS NUMERIC) AS profit');
    expect(run(['sql', '--table', 't']).stderr).toMatch(/--dialect is required/);
    const bad = run(['sql', '--dialect', 'duckdb', '--table', 'tx; DROP TABLE tx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/table 'tx; DROP TABLE tx': expected a name like/);
    expect(run(['sql', '--dialect', 'oracle']).stderr).toMatch(/--dialect oracle: expected duckdb \| bigquery/);
    expect(run(['sql', '--help', '--lang', 'ru']).stdout).toMatch(/^Использование: kam sql/);
    expect(run(['sql', '--dialect', 'duckdb', '--measure', 'profit']).stderr).toMatch(/--measure profit needs the column: name it with --profit COL/);
    expect(run(['sql', '--dialect', 'duckdb', '--measure', 'profit', '--profit', 'margin']).stdout).toContain('CAST(t."margin" AS DECIMAL(38, 9)) AS profit');
  });
});

describe('kam segment --engine duckdb', () => {
  it('writes the same segments table and report as the built-in engine', () => {
    const core = run(['segment', 'sample/transactions.csv', '--out', join(dir, 'a.csv'), '--lang', 'ru']);
    const duck = run(['segment', 'sample/transactions.csv', '--out', join(dir, 'b.csv'), '--lang', 'ru', '--engine', 'duckdb']);
    expect(duck.code).toBe(0);
    expect(duck.stdout).toBe(core.stdout);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
    expect(duck.stderr).toMatch(/Строк: прочитано 16128, использовано 16128, отклонено 0/);
  });

  it('says how to install DuckDB when the optional package is missing', () => {
    // The bundled CLI alone in a folder with no node_modules: @duckdb/node-api cannot be found.
    const lonely = mkdtempSync(join(tmpdir(), 'kam-no-duckdb-'));
    copyFileSync(join(root, 'dist/kam.js'), join(lonely, 'kam.js'));
    const result = run(['segment', join(root, 'sample/transactions.csv'), '--engine', 'duckdb'], join(lonely, 'kam.js'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The DuckDB engine needs the optional package @duckdb\/node-api.*\nInstall it with: npm install @duckdb\/node-api/);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    // And the built-in engine still runs from there.
    expect(run(['segment', join(root, 'sample/transactions.csv'), '--top', '1'], join(lonely, 'kam.js')).code).toBe(0);
    expect(run(['segment', 'sample/transactions.csv', '--engine', 'spark']).stderr).toMatch(/--engine spark: expected core \| duckdb/);
    expect(existsSync(lonely)).toBe(true);
  });
});
