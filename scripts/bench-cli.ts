/**
 * The CLI as the analyst waits for it: `kam segment FILE --out table.csv`
 * as a whole process (start-up, reading, segmenting, printing, writing the
 * table) on 1,000,000 rows / 50,000 clients / 24 months, next to the bare
 * read-split-sum pass (scripts/bare-pass.mjs) over the same file. The two run
 * in turns, A B A B, and the ratio is taken pair by pair, so a machine that
 * slows down halfway slows both.
 *
 * @example
 * // node dist/bench-cli.js  (npm run bench runs it)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CLIENTS = 50_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same skewed ledger as the in-memory bench: a few clients get many rows. */
function writeLedger(file: string): void {
  const random = rng(7);
  const lines = ['client,date,amount'];
  for (let i = 0; i < ROWS; i++) {
    const client = `C${String(Math.floor(CLIENTS * random() ** 2)).padStart(6, '0')}`;
    const month = Math.floor(random() * 24);
    const day = 1 + Math.floor(random() * 28);
    const date = `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const amount = Math.round((random() < 0.03 ? -1 : 1) * Math.exp(random() * 8) * 100) / 100;
    lines.push(`${client},${date},${amount}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Wall seconds of one whole process; throws when it fails. */
function wall(command: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, command, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return seconds;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const dir = mkdtempSync(join(tmpdir(), 'kam-bench-cli-'));
try {
  const file = join(dir, 'ledger.csv');
  writeLedger(file);
  const kam = ['bin/kam.js', 'segment', file, '--out', join(dir, 'segments.csv')];
  const bare = ['scripts/bare-pass.mjs', file];
  wall(kam);
  wall(bare);
  const pairs: { kam: number; bare: number }[] = [];
  for (let i = 0; i < RUNS; i++) pairs.push({ kam: wall(kam), bare: wall(bare) });
  const size = statSync(file).size / 1024 / 1024;
  console.log(`\nWhole process, ${ROWS.toLocaleString('en')} rows / up to ${CLIENTS.toLocaleString('en')} clients / 24 months (${size.toFixed(1)} MB CSV), ${RUNS} runs each in turns`);
  console.log(`  bare read-split-sum pass:          ${median(pairs.map((p) => p.bare)).toFixed(2)} s (median)`);
  console.log(`  kam segment FILE --out table.csv:  ${median(pairs.map((p) => p.kam)).toFixed(2)} s (median)`);
  const ratios = pairs.map((p) => p.kam / p.bare);
  console.log(`  ratio kam / bare: median ${median(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}x, max ${Math.max(...ratios).toFixed(2)}x; target <= 2x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
