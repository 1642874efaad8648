// Benchmark of the Sheets add-on, from the built project (apps-script/dist, built first if missing):
// 1. What every recalculation of a custom function pays: in a fresh V8 process, the whole project
//    loaded into a node:vm context as Apps Script loads it (every .js file) plus the first =ABC call
//    on 1,000 totals, next to a bare baseline in the same kind of process (a ten-line ABC as the
//    whole project). Median of several processes; the aim is at most 15 ms.
// 2. =ABCXYZ on 100,000 transaction rows, next to a bare pass in the same context that only sums
//    amounts per client and month; the aim is within 3x of the bare pass and well under a second.
// @example node apps-script/bench.mjs   (part of npm run bench)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
if (!existsSync(join(dist, 'kam-core.js'))) await import('./build.mjs');

// ---- 1. Load plus the first =ABC, each in a fresh process -------------------------------------------
const LOAD_PROCESSES = 9;
const BARE_PROJECT = `function ABC(values) {
  var totals = values.map(function (r) { return r[0]; }), sum = 0, order = totals.map(function (_, i) { return i; });
  order.sort(function (p, q) { return totals[q] - totals[p]; });
  totals.forEach(function (t) { sum += t; });
  var out = totals.map(function () { return ['']; }), cum = 0;
  order.forEach(function (i) { out[i] = [cum / sum < 0.8 ? 'A' : cum / sum < 0.95 ? 'B' : 'C']; cum += totals[i]; });
  return out;
}`;

if (process.argv[2] === '--load-child') {
  // One fresh V8: files read first, then timed from the first script to the first result.
  const files = process.argv[3] === 'bare' ? [BARE_PROJECT] : readdirSync(dist).filter((f) => f.endsWith('.js')).sort().map((f) => readFileSync(join(dist, f), 'utf8'));
  const context = vm.createContext({ SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => 'Europe/Moscow', getSpreadsheetLocale: () => 'ru_RU' }) } });
  const size = Number(process.argv[4]);
  const totals = vm.runInContext(`(function () { var t = []; for (var i = 0; i < ${size}; i++) t.push([(i * 7919) % 10007 + 1]); return t; })()`, context);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const code of files) vm.runInContext(code, context);
  const result = vm.runInContext('ABC', context)(totals);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (result.length !== size || result[0][0] === undefined) throw new Error('=ABC gave no classes');
  // Wall time, and the CPU time this process got (what the wall time would be on an idle machine).
  console.log(`${ms.toFixed(3)} ${((used.user + used.system) / 1000).toFixed(3)}`);
  process.exit(0);
}

function loadFigures(size) {
  const runs = { bare: [], project: [] };
  const self = fileURLToPath(import.meta.url);
  // Alternating, so that whatever else the machine does weighs on both alike.
  for (let i = 0; i < LOAD_PROCESSES; i++) {
    for (const kind of ['bare', 'project']) runs[kind].push(execFileSync(process.execPath, [self, '--load-child', kind, String(size)], { encoding: 'utf8' }).trim().split(' ').map(Number));
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const figures = (kind) => ({ wall: median(runs[kind].map((r) => r[0])), cpu: median(runs[kind].map((r) => r[1])) });
  return { bare: figures('bare'), project: figures('project') };
}

const kb = (file) => `${(readFileSync(join(dist, file)).length / 1024).toFixed(0)} KB`;
const pair = ({ wall, cpu }) => `${wall.toFixed(1).padStart(6)} ms wall ${cpu.toFixed(1).padStart(6)} ms CPU`;
console.log(`Sheets add-on: what a recalculation pays: the whole project loaded plus the first =ABC, each run a fresh V8 process + node:vm, median of ${LOAD_PROCESSES}`);
console.log(`  project: kam-functions.js ${kb('kam-functions.js')}, kam-core.js ${kb('kam-core.js')} (in a comment until the menu or sidebar runs it), globals.js; aim: at most 15 ms`);
for (const size of [100, 1000]) {
  const load = loadFigures(size);
  console.log(`  =ABC on ${String(size).padStart(5)} totals   project ${pair(load.project)}   bare baseline (a ten-line ABC) ${pair(load.bare)}   ratio ${(load.project.cpu / load.bare.cpu).toFixed(1)}x CPU`);
}
console.log('  (CPU time is what the process got; on a busy machine the wall time also counts the wait for a core)');
console.log('');

// ---- 2. =ABCXYZ on 100,000 rows ------------------------------------------------------------------------
const ROWS = 100_000;
const CLIENTS = 2_000;
const MONTHS = 24;
const RUNS = 11;

const formatters = new Map();
const formatter = (timeZone) => {
  if (!formatters.has(timeZone)) {
    formatters.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }
  return formatters.get(timeZone);
};

// Google's services as a custom function sees them: the spreadsheet in Moscow, the script in New York.
const context = vm.createContext({
  SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => 'Europe/Moscow', getSpreadsheetLocale: () => 'en_US' }) },
  Session: { getScriptTimeZone: () => 'America/New_York' },
  Utilities: {
    formatDate(date, timeZone, pattern) {
      if (pattern !== 'yyyy-MM-dd HH:mm:ss') throw new Error(`unexpected pattern ${pattern}`);
      const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
      return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
    },
  },
});
const loadStart = performance.now();
for (const file of readdirSync(dist).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(join(dist, file), 'utf8'), context, { filename: file });
const loadMs = performance.now() - loadStart;

// The rows are made inside the context, so their Dates are the context's, as in Apps Script.
vm.runInContext(
  `
  var benchData = (function () {
    var seed = 42;
    function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
    var clients = [], dates = [], amounts = [];
    for (var i = 0; i < ${ROWS}; i++) {
      var client = Math.floor(Math.pow(random(), 2) * ${CLIENTS});
      var month = Math.floor(random() * ${MONTHS});
      var day = 1 + Math.floor(random() * 28);
      clients.push(['client-' + client]);
      // Midnight in Moscow (UTC+3), as Sheets hands over a date cell of a Moscow spreadsheet.
      dates.push([new Date(Date.UTC(2023, month, day) - 3 * 3600 * 1000)]);
      amounts.push([Math.round(random() * 100000) / 100]);
    }
    // An open-ended range (A2:A) brings blank rows below the data.
    for (var j = 0; j < 1000; j++) { clients.push(['']); dates.push(['']); amounts.push(['']); }
    return { clients: clients, dates: dates, amounts: amounts };
  })();
  function benchBare(clients, dates, amounts) {
    var sums = new Map();
    for (var i = 0; i < clients.length; i++) {
      var client = clients[i][0];
      if (client === '') continue;
      var d = dates[i][0];
      var key = client + '|' + (d.getFullYear() * 12 + d.getMonth());
      sums.set(key, (sums.get(key) || 0) + amounts[i][0]);
    }
    return sums.size;
  }
  function benchAbcxyz(clients, dates, amounts) {
    return ABCXYZ(clients, dates, amounts, 'abc=80/95 xyz=10/25 period=month');
  }
  `,
  context,
);

function runner(name) {
  return vm.runInContext(`(function () { return ${name}(benchData.clients, benchData.dates, benchData.amounts); })`, context);
}

// Alternating runs, so that whatever else the machine does weighs on both alike.
function measure(names) {
  const fns = names.map(runner);
  const stats = names.map(() => ({ times: [], firstMs: 0, result: undefined }));
  for (let i = 0; i <= RUNS; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      const result = fn();
      const elapsed = performance.now() - start;
      if (i === 0) Object.assign(stats[k], { firstMs: elapsed, result });
      else stats[k].times.push(elapsed);
    });
  }
  return stats.map(({ times, firstMs, result }) => ({ result, firstMs, medianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] }));
}

const [bare, abcxyz] = measure(['benchBare', 'benchAbcxyz']);
const clients = abcxyz.result.length - 1;
const ratio = abcxyz.medianMs / bare.medianMs;
const ms = (n) => `${n.toFixed(1)} ms`.padStart(10);
console.log(`Sheets add-on: =ABCXYZ on ${ROWS.toLocaleString('en-US')} rows (+1,000 blank), ${clients} clients, ${MONTHS} months, node:vm`);
console.log(`  bundle load          ${ms(loadMs)}`);
console.log(`  bare pass (median)   ${ms(bare.medianMs)}   first run ${ms(bare.firstMs)}`);
console.log(`  ABCXYZ    (median)   ${ms(abcxyz.medianMs)}   first run ${ms(abcxyz.firstMs)}`);
console.log(`  ratio ABCXYZ / bare  ${ratio.toFixed(2)}x   (aim: within 3x, well under 1 s)`);
