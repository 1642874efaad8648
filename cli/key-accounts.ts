/**
 * The key-accounts part of `kam segment`: reads the dossier, sets the
 * windows for `--previous`, feeds the previous window's segmenter and the
 * lapse history alongside the main one, then prints the score, movement and
 * portfolio sections and writes the portfolio and win-back files.
 *
 * @example
 * const run = createKeyAccountRun(args, lastDate);
 * // every transaction: segmenter.add(t); run.add(t);
 * const extras = run.finish(result); // for toSegmentRows
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatAmount, formatPercent } from '../shared/format.js';
import { AccountsError, readAccountsCsv } from '../shared/key-accounts/read-accounts.js';
import type { Account } from '../shared/key-accounts/account.js';
import { createLapseHistory, type LapseHistory } from '../shared/key-accounts/lapse-history.js';
import { keyAccountMessages } from '../shared/key-accounts/messages.js';
import { compareWindows, lastWindows, previousWindow, type MovementResult } from '../shared/key-accounts/movement.js';
import { defaultLoad, portfolioColumns, portfolioRows } from '../shared/key-accounts/portfolio.js';
import { formatRowsCsv } from '../shared/key-accounts/rows-csv.js';
import { parseScoreOptions } from '../shared/key-accounts/score-options.js';
import { scoreClients, type KeyScore } from '../shared/key-accounts/score.js';
import { scoreReason } from '../shared/key-accounts/score-reasons.js';
import { winbackColumns, winbackRows } from '../shared/key-accounts/winback.js';
import { cellCodes } from '../shared/matrix.js';
import { messages } from '../shared/messages.js';
import { periodLabel, periodOf } from '../shared/periods.js';
import { createSegmenter, type Segmentation, type Segmenter } from '../shared/segment.js';
import type { Transaction } from '../shared/transaction.js';
import type { CliArgs } from './args.js';
import { keyAccountCliMessages } from './key-account-messages.js';
import { cliMessages } from './messages.js';

/** The accounts file cannot be read: which file, and why. */
export class KeyAccountsInputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(reason);
  }
}

/** True when any key-accounts flag was given: then the CLI prints the score, movement and portfolio sections. */
export function keyAccountsWanted(args: CliArgs): boolean {
  const ka = args.keyAccounts;
  return Boolean(ka.accounts || ka.previous || ka.portfolio || ka.winback || ka.load || Object.keys(ka.score).length);
}

/** True when `--previous` needs the data's last date first (no `--to`). */
export function needsLastDate(args: CliArgs): boolean {
  return args.keyAccounts.previous && !args.segment.to;
}

export type KeyAccountRun = {
  /** The options of the main segmenter: the window set when `--previous` decided it. */
  segment: CliArgs['segment'];
  add(transaction: Transaction): void;
  /** Rows that fell in the previous window (not "left out": they were compared). */
  previousUsed(): number;
  finish(result: Segmentation): { text: string; extras: { accounts?: ReadonlyMap<string, Account>; scores: KeyScore[]; movement?: MovementResult }; written: string[] };
};

export function createKeyAccountRun(args: CliArgs, lastDate?: string): KeyAccountRun {
  const ka = args.keyAccounts;
  const lang = args.lang;
  const period = args.segment.period ?? 'month';
  let segment = args.segment;
  let previous: Segmenter | undefined;
  // No date at all (an empty file): nothing to compare, and the run says there are no clients.
  const lastTo = args.segment.to ?? lastDate;
  if (ka.previous && lastTo) {
    const to = lastTo;
    const current = args.segment.from ? { from: args.segment.from, to } : lastWindows(to, period).current;
    segment = { ...args.segment, from: current.from, to: current.to };
    const before = previousWindow(current, period);
    previous = createSegmenter({ ...args.segment, from: before.from, to: before.to, asOf: undefined });
  }
  const history: LapseHistory = createLapseHistory(segment.asOf ?? segment.to);
  const accounts = ka.accounts ? readAccounts(ka.accounts, lang) : undefined;
  const scoreOptions = parseScoreOptions(ka.score);
  let previousResult: Segmentation | undefined;
  const previousDone = () => (previous ? (previousResult ??= previous.finish()) : undefined);

  return {
    segment,
    add(t) {
      previous?.add(t);
      history.add(t);
    },
    previousUsed: () => previousDone()?.transactions.used ?? 0,
    finish(result) {
      const m = keyAccountCliMessages[lang];
      const lines: string[] = [];
      const written: string[] = [];
      if (accounts) {
        const seen = new Set(result.clients.map((c) => c.client));
        const unmatched = [...accounts.map.keys()].filter((client) => !seen.has(client)).length;
        written.push(m.accountsRead(ka.accounts!, accounts.report.read, accounts.report.used, accounts.report.rejected));
        for (const e of accounts.report.errors.slice(0, 10)) written.push(cliMessages[lang].rejectedLine(e.line, e.reason));
        if (unmatched) written.push(m.accountsUnmatched(unmatched));
      }
      const scores = scoreClients(result, accounts?.map, scoreOptions, history.firstPurchase);
      lines.push(...scoreSection(result, scores, args.top, lang, scoreOptions.tiers));
      const before = previousDone();
      const movement = before ? compareWindows(result, before) : undefined;
      if (movement) lines.push('', ...movementSection(movement, result, args.top, lang));
      const load = ka.load ?? defaultLoad;
      const portfolio = portfolioRows(result.clients, scores, { accounts: accounts?.map, gone: movement?.gone, load });
      lines.push('', ...portfolioSection(portfolio, load, lang));
      if (ka.portfolio) {
        writeFileSync(ka.portfolio, formatRowsCsv(portfolioColumns, portfolio));
        written.push(m.written(m.what.portfolio, ka.portfolio, portfolio.length));
      }
      if (ka.winback) {
        const rows = winbackRows({ current: result, movement, history, accounts: accounts?.map });
        writeFileSync(ka.winback, formatRowsCsv(winbackColumns, rows));
        lines.push('', m.winbackTitle(rows.length));
        for (const [k, r] of rows.slice(0, args.top).entries()) {
          const label = r.name && r.name !== r.client ? `${r.name} (${r.client})` : r.client;
          const riskText = messages[lang].risk[r.risk];
          lines.push(`${String(k + 1).padStart(3)}. ${label}`);
          lines.push(`       ${m.winbackLine(riskText, formatAmount(r.revenue_12m, lang), r.days_since, r.class_before, r.kam, [r.next_step, r.next_step_date].filter(Boolean).join(' '))}`);
        }
        written.push(m.written(m.what.winback, ka.winback, rows.length));
      }
      return { text: lines.join('\n'), extras: { accounts: accounts?.map, scores, movement }, written };
    },
  };
}

function readAccounts(file: string, lang: CliArgs['lang']) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new KeyAccountsInputError(file, `${(error as NodeJS.ErrnoException).code === 'ENOENT' ? (lang === 'ru' ? 'нет такого файла' : 'no such file') : (error as Error).message}`);
  }
  try {
    const read = readAccountsCsv(bytes, lang);
    return { map: new Map(read.accounts.map((a) => [a.client, a])), report: read.report };
  } catch (error) {
    if (error instanceof AccountsError) throw new KeyAccountsInputError(file, error.message);
    throw error;
  }
}

function scoreSection(result: Segmentation, scores: KeyScore[], top: number, lang: CliArgs['lang'], tiers: { key: number; develop: number }): string[] {
  const m = keyAccountCliMessages[lang];
  const km = keyAccountMessages[lang];
  const count = (tier: KeyScore['tier']) => scores.filter((s) => s.tier === tier).length;
  const lines = [m.scoreTitle(count('key'), count('develop'), count('maintain'), tiers.key, tiers.develop)];
  const order = scores.map((s, i) => i).sort((a, b) => scores[b].score - scores[a].score || a - b).slice(0, top);
  lines.push(m.topScores(order.length));
  order.forEach((i, k) => {
    const c = result.clients[i];
    const label = c.name && c.name !== c.client ? `${c.name} (${c.client})` : c.client;
    lines.push(`${String(k + 1).padStart(3)}. ${String(Math.round(scores[i].score)).padStart(3)} ${km.tier[scores[i].tier].padEnd(12)} ${c.segment}  ${label}`);
    lines.push(`       ${scoreReason(scores[i], lang).replace(/^[^:]*: /, '')}`);
  });
  return lines;
}

function movementSection(movement: MovementResult, result: Segmentation, top: number, lang: CliArgs['lang']): string[] {
  const m = keyAccountCliMessages[lang];
  const period = result.options.period;
  const label = (date: string) => periodLabel(periodOf(date, period), period);
  const counts = { up: 0, down: 0, same: 0, new: 0, gone: movement.gone.length };
  for (const c of movement.byClient.values()) if (c.movement !== 'gone') counts[c.movement]++;
  const lines = [m.movementTitle(label(movement.current.from), label(movement.current.to), label(movement.previous.from), label(movement.previous.to)), m.movementCounts(counts), ''];
  const columns = [...cellCodes, 'gone'] as const;
  const width = 6;
  const first = Math.max(m.wasNow.length, m.newRow.length) + 2;
  lines.push(m.wasNow.padEnd(first) + columns.map((c) => (c === 'gone' ? m.goneColumn : c).padStart(width)).join(''));
  for (const from of [...cellCodes, 'new'] as const) {
    const cells = columns.map((to) => (from === 'new' && to === 'gone' ? '' : String(movement.summary.get(`${from}>${to}`) ?? '·')).padStart(width));
    lines.push((from === 'new' ? m.newRow : from).padEnd(first) + cells.join(''));
  }
  const down = movement.downgrades.slice(0, top);
  lines.push('', down.length ? m.downgradesTitle(down.length) : m.noDowngrades);
  for (const d of down) {
    const name = d.name && d.name !== d.client ? `${d.name} (${d.client})` : d.client;
    const to = d.to === 'gone' ? m.goneColumn : d.to;
    lines.push(`  ${d.from} → ${to}  ${name}${d.kam ? `  [${d.kam}]` : ''}  ${formatAmount(d.revenueBefore, lang)} → ${formatAmount(d.revenueNow, lang)} (${formatAmount(d.revenueNow - d.revenueBefore, lang)})`);
  }
  return lines;
}

function portfolioSection(rows: ReturnType<typeof portfolioRows>, load: { min: number; max: number }, lang: CliArgs['lang']): string[] {
  const m = keyAccountCliMessages[lang];
  const km = keyAccountMessages[lang];
  const table = rows.map((r) => [r.kam || km.noKam, String(r.clients), String(r.a_clients), String(r.key_accounts), formatAmount(r.revenue, lang), formatPercent(r.share, lang), String(r.at_risk), String(r.lost), r.load ? km.load[r.load] : '']);
  const header = m.portfolioHeader;
  const widths = header.map((h, k) => Math.max(h.length, ...table.map((row) => row[k].length)));
  const line = (cells: readonly string[]) => '  ' + cells.map((cell, k) => (k === 0 || k === cells.length - 1 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ').trimEnd();
  return [m.portfolioTitle(load.min, load.max), line(header), ...table.map(line)];
}
