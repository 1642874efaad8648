/**
 * `npm run bench` (after the core's bench): the DuckDB engine against the
 * built-in core on 1,000,000 and 10,000,000 generated rows (about 50,000
 * clients, 24 months). Each figure is a whole `kam` process as the user runs
 * it, wall time and peak memory (max RSS), beside a bare baseline in the same
 * run: a process that only streams the file and counts its lines. Also the
 * SQL path alone: DuckDB reading the CSV itself and running the `kam sql`
 * query, which is what a DuckDB user (or BigQuery) does with a clean table.
 * On 1M rows it checks that all three give every client the same class.
 *
 * @example
 * // node dist/bench-sql.js            (BENCH_SQL_ROWS=1000000,10000000 to choose sizes)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedCsv } from '../tools/bench-rows.js';

const here = fileURLToPath(import.meta.url);
const kam = join(here, '../../bin/kam.js');

type Measure = { ms: number; rssMb: number; stdout: string };

/** Runs a process under /usr/bin/time for its peak memory; falls back to wall time only. */
function measure(args: string[]): Measure {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'KAM_MAXRSS=%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
  const rss = /KAM_MAXRSS=(\d+)/.exec(result.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: result.stdout };
}

/** The child modes: the bare baseline and the SQL path alone. */
async function child(mode: string, file: string, out?: string): Promise<void> {
  if (mode === '--count-lines') {
    const { createReadStream } = await import('node:fs');
    let lines = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
    }
    process.stdout.write(`${lines}\n`);
    return;
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { segmentationSql } = await import('../shared/sql/segmentation-sql.js');
  const { sqlParameters } = await import('../shared/sql/parameters.js');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(`CREATE TABLE transactions AS SELECT * FROM read_csv('${file.replace(/'/g, "''")}', header = true, columns = {'client': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(38, 9)'})`);
  const reader = await connection.runAndReadAll(segmentationSql('duckdb', { table: 'transactions' }), sqlParameters({}));
  const { client, abc, xyz } = reader.getColumnsObjectJson();
  const { writeFileSync } = await import('node:fs');
  if (out) writeFileSync(out, 'client,abc,xyz\n' + client.map((c, i) => `${c},${abc[i]},${xyz[i]}`).join('\n') + '\n');
  process.stdout.write(`${client.length}\n`);
}

function classes(csv: string): Map<string, string> {
  const [header, ...lines] = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const [c, a, x] = ['client', 'abc', 'xyz'].map((name) => columns.indexOf(name));
  // The client id is the first column and has no commas in generated data.
  return new Map(lines.map((line) => line.split(',')).map((f) => [f[c], `${f[a]}${f[x]}`]));
}

async function main(): Promise<void> {
  const [mode, file, out] = process.argv.slice(2);
  if (mode?.startsWith('--')) return child(mode, file, out);

  try {
    await import('@duckdb/node-api');
  } catch {
    console.log('\nDuckDB engine bench skipped: @duckdb/node-api is not installed (npm install @duckdb/node-api).');
    return;
  }
  const sizes = (process.env.BENCH_SQL_ROWS ?? '1000000,10000000').split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-sql-'));
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\nDuckDB engine vs the core: whole kam processes, wall time and peak memory (max RSS)');
  try {
    for (const rows of sizes) {
      const csv = join(dir, `tx-${rows}.csv`);
      writeGeneratedCsv(csv, rows, 50_000);
      const size = statSync(csv).size;
      const bare = measure([here, '--count-lines', csv]);
      const core = measure([kam, 'segment', csv, '--out', join(dir, 'core.csv')]);
      const duck = measure([kam, 'segment', csv, '--engine', 'duckdb', '--out', join(dir, 'duck.csv')]);
      const sql = measure([here, '--duckdb-sql', csv, join(dir, 'sql.csv')]);
      console.log(`\n${rows.toLocaleString('en')} rows (${mb(size / 1024 / 1024)} CSV), ${classes(join(dir, 'core.csv')).size.toLocaleString('en')} clients`);
      const line = (name: string, m: Measure) => `  ${name.padEnd(46)} ${s(m.ms).padStart(7)}  ${(m.ms / bare.ms).toFixed(1).padStart(5)}x bare  ${mb(m.rssMb).padStart(7)}`;
      console.log(line('bare: stream the file, count lines', bare));
      console.log(line('kam segment (core)', core));
      console.log(line('kam segment --engine duckdb', duck));
      console.log(line('DuckDB: read_csv into a table + kam sql query', sql));
      const [a, b, c] = ['core.csv', 'duck.csv', 'sql.csv'].map((f) => classes(join(dir, f)));
      let same = a.size === b.size && a.size === c.size;
      for (const [client, cell] of a) if (b.get(client) !== cell || c.get(client) !== cell) same = false;
      console.log(`  every client in the same ABC-XYZ cell (core, --engine duckdb, kam sql on DuckDB): ${same ? 'yes' : 'NO'}`);
      if (!same) process.exitCode = 1;
      rmSync(csv);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
