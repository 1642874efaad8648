/**
 * `npm run bench`: segments 1,000,000 transactions over ~50,000 clients and
 * 24 months, from memory and from a CSV file, next to a bare pass that only
 * sums amounts per client in a Map over the same data. Also shows that the
 * memory kept grows with clients x periods, not with rows.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTransactionImporter } from '../shared/import/index.js';
import { createSegmenter } from '../shared/segment.js';
import type { Transaction } from '../shared/transaction.js';
import { bareCsvPass } from './bare-pass.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CLIENTS = 50_000;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRow(random: () => number, clients: number): Transaction {
  // Skewed client sizes: a few clients get many rows, as in real ledgers.
  const client = `C${String(Math.floor(clients * random() ** 2)).padStart(6, '0')}`;
  const month = Math.floor(random() * 24);
  const year = 2023 + Math.floor(month / 12);
  const day = 1 + Math.floor(random() * 28);
  const date = `${year}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const amount = Math.round((random() < 0.03 ? -1 : 1) * Math.exp(random() * 8) * 100) / 100;
  return { client, date, amount };
}

function makeTransactions(rows: number, clients: number): Transaction[] {
  const random = rng(7);
  return Array.from({ length: rows }, () => makeRow(random, clients));
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function best<T>(runs: number, fn: () => T): [T, number] {
  let result!: [T, number];
  for (let i = 0; i < runs; i++) {
    const r = time(fn);
    if (!result || r[1] < result[1]) result = r;
  }
  return result;
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const rate = (rows: number, ms: number) => `${((rows / ms) * 1000 / 1e6).toFixed(2)} M rows/s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function barePass(rows: readonly Transaction[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of rows) totals.set(t.client, (totals.get(t.client) ?? 0) + t.amount);
  return totals;
}

let lastSplit = { pass: 0, finish: 0 };

function segmentAll(rows: readonly Transaction[]) {
  const start = performance.now();
  const segmenter = createSegmenter();
  for (const t of rows) segmenter.add(t);
  const passed = performance.now();
  const result = segmenter.finish();
  lastSplit = { pass: passed - start, finish: performance.now() - passed };
  return result;
}

async function segmentCsv(file: string) {
  const segmenter = createSegmenter();
  const importer = createTransactionImporter({}, segmenter.add);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) importer.push(chunk as Uint8Array);
  const report = importer.end();
  return { report, result: segmenter.finish() };
}

/** Child mode: stream n generated rows into a segmenter and print the heap it keeps. */
function memoryChild(n: number): void {
  const heap = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  gc();
  gc();
  const before = heap();
  const segmenter = createSegmenter();
  const random = rng(7);
  for (let i = 0; i < n; i++) segmenter.add(makeRow(random, CLIENTS));
  gc();
  gc();
  const kept = heap() - before;
  // Using the segmenter after the measurement keeps the collector from freeing it early.
  const clients = segmenter.finish().clients.length;
  console.log(`${mb(kept)} for ${clients.toLocaleString('en')} clients`);
}

async function main() {
  console.log(`Core benchmark: ${ROWS.toLocaleString('en')} transactions, up to ${CLIENTS.toLocaleString('en')} clients, 24 months (Node ${process.version})`);
  const rows = makeTransactions(ROWS, CLIENTS);

  barePass(rows);
  segmentAll(rows);
  const [totals, bareMs] = best(5, () => barePass(rows));
  let split = lastSplit;
  const [result, segMs] = best(5, () => {
    const r = segmentAll(rows);
    if (lastSplit.pass + lastSplit.finish <= split.pass + split.finish || split.pass === 0) split = lastSplit;
    return r;
  });
  console.log(`\nIn memory (${totals.size.toLocaleString('en')} clients)`);
  console.log(`  bare pass (sum per client in a Map): ${fmt(bareMs)}  ${rate(ROWS, bareMs)}`);
  console.log(`  full ABC-XYZ segmentation:           ${fmt(segMs)}  ${rate(ROWS, segMs)}`);
  console.log(`    of which the pass over the rows: ${fmt(split.pass)}, the per-client analysis: ${fmt(split.finish)}`);
  console.log(`  ratio: ${(segMs / bareMs).toFixed(2)}x (aim: within 2x)`);
  if (result.clients.length !== totals.size) throw new Error('client count differs from the bare pass');
  // Memory in child processes that stream generated rows, so no row array sits on the heap.
  const kept = [250_000, ROWS].map((n) => {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', String(n)], { encoding: 'utf8' });
    return `${n.toLocaleString('en')} rows: ${child.stdout.trim()}`;
  });
  console.log(`  heap kept by the segmenter (grows with clients x periods, not rows): ${kept.join('; ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-'));
  const file = join(dir, 'transactions.csv');
  writeFileSync(file, 'client,date,amount\n' + rows.map((t) => `${t.client},${t.date},${t.amount}`).join('\n') + '\n');
  const size = statSync(file).size;
  await bareCsvPass(file);
  const [csvTotals, bareCsvMs] = await timeAsync(() => bareCsvPass(file));
  const [{ report, result: csvResult }, csvMs] = await timeAsync(() => segmentCsv(file));
  console.log(`\nFrom a CSV file (${mb(size)}, ${report.used.toLocaleString('en')} rows used, ${report.rejected} rejected)`);
  console.log(`  bare pass (read, split lines, sum per client): ${fmt(bareCsvMs)}  ${rate(ROWS, bareCsvMs)}`);
  console.log(`  import + full segmentation:                    ${fmt(csvMs)}  ${rate(ROWS, csvMs)}`);
  console.log(`  ratio: ${(csvMs / bareCsvMs).toFixed(2)}x`);
  console.log(`  peak RSS: ${mb(process.memoryUsage().rss)}`);
  if (csvResult.clients.length !== csvTotals.size) throw new Error('CSV client count differs from the bare pass');
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--memory') memoryChild(Number(process.argv[3]));
else await main();
