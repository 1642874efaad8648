/**
 * `=KEYSCORE(clients, dates, amounts, [accounts], [options])`: the
 * key-client score of every client of raw transaction columns, with the
 * dossier when given (the `Accounts` sheet's range, header row included):
 * a header row, then client, score, tier, share of wallet, qualified (the
 * 3 P's) and the reason, the highest score first. `amounts` is revenue, or
 * adjacent columns revenue, profit (profit lets the margin count). Options:
 * `weights=turnover=25,margin=15,…`, `tiers=55/40`, `period=month|week|quarter`
 * and `lang=ru|en`. It lives in the sidebar's bundle (kam-core.js, loaded on
 * first call), not the light one of `=ABCXYZ`: the dossier reader and the
 * score's settings are zod's.
 *
 * @example
 * keyscoreFunction([['c1'], ['c2']], [[new Date(2024, 0, 5)], [new Date(2024, 1, 5)]], [[900], [100]]);
 * // [['Client', 'Score', 'Tier', ...], ['c1', 71.3, 'key', '', '', 'score 71 (key): turnover …'], ...]
 */
import { readAccountRows, type Cell } from '../../shared/key-accounts/read-accounts.js';
import { parseScoreOptions, type ScoreOptionsInput } from '../../shared/key-accounts/score-options.js';
import { scoreClients, scorePartNames } from '../../shared/key-accounts/score.js';
import { scoreReason } from '../../shared/key-accounts/score-reasons.js';
import type { Lang, Period } from '../../shared/options.js';
import { createSegmenter } from '../../shared/segment.js';
import { describeProblem, readColumnTransactions, settleReading, type TransactionColumns } from '../column-transactions.js';
import type { CellValue } from '../gas-types.js';
import { columnOf, requireArg, toGrid } from '../grid.js';
import { numberReader } from '../locale-numbers.js';
import { sheetMessages } from '../messages.js';
import { createDayReader, isDate } from '../sheet-dates.js';
import { spreadsheetContext } from '../spreadsheet-context.js';
import { keyAccountSheetMessages } from './messages.js';

const KEYS = ['weights', 'tiers', 'period', 'lang'] as const;

type KeyscoreOptions = { lang: Lang; period: Period; score: ScoreOptionsInput };

/** `key=value` pairs separated by spaces or `;`; errors in the language asked for, else the spreadsheet's. */
function readOptions(text: string, fallback: Lang): KeyscoreOptions {
  const pairs = new Map<string, string>();
  for (const token of text.split(/[\s;]+/).filter(Boolean)) {
    const at = token.indexOf('=');
    pairs.set(at > 0 ? token.slice(0, at).toLowerCase() : token, at > 0 ? token.slice(at + 1) : '');
  }
  const askedLang = pairs.get('lang')?.toLowerCase();
  const lang: Lang = askedLang === 'ru' || askedLang === 'en' ? askedLang : fallback;
  const m = keyAccountSheetMessages(lang);
  for (const key of pairs.keys()) if (!(KEYS as readonly string[]).includes(key)) throw new Error(m.badOption(key));
  const score: ScoreOptionsInput = {};
  const tiers = pairs.get('tiers');
  if (tiers !== undefined) {
    const match = /^(\d+(?:[.,]\d+)?)\/(\d+(?:[.,]\d+)?)$/.exec(tiers);
    if (!match) throw new Error(m.badTiers(tiers));
    score.tiers = { key: Number(match[1].replace(',', '.')), develop: Number(match[2].replace(',', '.')) };
  }
  const weightsText = pairs.get('weights');
  if (weightsText !== undefined) {
    const weights: Record<string, number> = {};
    for (const item of weightsText.split(',')) {
      const [part, weight] = item.split(/[=:]/);
      if (!scorePartNames.includes(part as never) || !/^\d+(?:[.]\d+)?$/.test(weight ?? '')) throw new Error(m.badWeights(weightsText));
      weights[part] = Number(weight) / 100;
    }
    score.weights = weights;
  }
  const period = (pairs.get('period') ?? 'month').toLowerCase();
  if (period !== 'month' && period !== 'week' && period !== 'quarter') throw new Error(m.badPeriod(period));
  return { lang, period, score };
}

export function keyscoreFunction(clients: unknown, dates: unknown, amounts: unknown, accounts?: unknown, options?: CellValue): (string | number)[][] {
  const context = spreadsheetContext();
  const o = readOptions(options === undefined || options === null ? '' : String(options), context.lang);
  const m = sheetMessages(o.lang);
  const scoreOptions = parseScoreOptions(o.score);

  const clientCells = columnOf(clients, 'clients', m);
  const dateCells = columnOf(dates, 'dates', m);
  requireArg(amounts, 'amounts', m);
  const amountGrid = toGrid(amounts);
  if (clientCells.length !== dateCells.length || clientCells.length !== amountGrid.length) throw new Error(m.lengthsDiffer(`${clientCells.length}, ${dateCells.length}, ${amountGrid.length}`));
  const columns: TransactionColumns = { client: clientCells, date: dateCells, amount: amountGrid.map((row) => row[0]) };
  if ((amountGrid[0]?.length ?? 0) >= 2) columns.profit = amountGrid.map((row) => row[1]);
  const dayOf = createDayReader(context.timeZone);
  const reading = settleReading(columns, dayOf, 'auto', numberReader(context.marks), context.dateOrder);
  const segmenter = createSegmenter({ lang: o.lang, period: o.period });
  readColumnTransactions(columns, reading, (t) => segmenter.add(t), (problem) => {
    throw new Error(describeProblem(problem, m.row(problem.index + 1), m));
  });
  const result = segmenter.finish();

  const dossier = new Map(
    accounts === undefined || accounts === null || accounts === ''
      ? []
      : readAccountRows(toGrid(accounts).map((row) => row.map((v): Cell => (isDate(v) ? (dayOf(v) ?? '') : v))), o.lang).accounts.map((a) => [a.client, a] as const),
  );
  const scores = scoreClients(result, dossier, scoreOptions);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b].score - scores[a].score || a - b);
  const yesNo = (q: boolean | undefined) => (q === undefined ? '' : q ? (o.lang === 'ru' ? 'да' : 'yes') : o.lang === 'ru' ? 'нет' : 'no');
  return [
    keyAccountSheetMessages(o.lang).keyscoreHeader,
    ...order.map((i) => {
      const s = scores[i];
      return [result.clients[i].client, s.score, s.tier, s.shareOfWallet === undefined ? '' : Number(s.shareOfWallet.toFixed(4)), yesNo(s.qualified), scoreReason(s, o.lang)];
    }),
  ];
}
