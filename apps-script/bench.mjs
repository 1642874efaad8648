// Benchmark of the Sheets add-on: =ABCXYZ on 100,000 transaction rows, from the built bundle
// (apps-script/dist, built first if missing) loaded into one node:vm context as Apps Script loads it,
// next to a bare pass in the same context that only sums amounts per client and month.
// Prints the figures; the aim is within 3x of the bare pass and well under a second.
// @example node apps-script/bench.mjs   (part of npm run bench)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
if (!existsSync(join(dist, 'kam-core.js'))) await import('./build.mjs');

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
