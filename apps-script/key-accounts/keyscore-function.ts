/**
 * `=KEYSCORE(clients, dates, amounts, [accounts], [options])`: the
 * key-client score of every client of raw transaction columns, with the
 * dossier when given (the `Accounts` sheet's range, header row included):
 * a header row, then client, score, tier, share of wallet, qualified (the
 * 3 P's) and the reason, the highest score first. `amounts` is revenue, or
 * adjacent columns revenue, profit (profit lets the margin count). Options
 * are `=ABCXYZ`'s plus `weights=turnover=25,margin=15,…` and `tiers=55/40`.
 *
 * @example
 * keyscoreFunction([['c1'], ['c2']], [[new Date(2024, 0, 5)], [new Date(2024, 1, 5)]], [[900], [100]]);
 * // [['Client', 'Score', 'Tier', ...], ['c1', 71.3, 'key', '', '', 'score 71 (key): turnover …'], ...]
 */
import { readAccountRows, type Cell } from '../../shared/key-accounts/read-accounts.js';
import { parseScoreOptions, type ScoreOptionsInput } from '../../shared/key-accounts/score-options.js';
import { scoreClients, scorePartNames } from '../../shared/key-accounts/score.js';
import { scoreReason } from '../../shared/key-accounts/score-reasons.js';
import { createSegmenter } from '../../shared/segment.js';
import { describeProblem, readColumnTransactions, settleReading, type TransactionColumns } from '../column-transactions.js';
import type { CellValue } from '../gas-types.js';
import { columnOf, requireArg, toGrid } from '../grid.js';
import { parseFunctionOptions } from '../function-options.js';
import { sheetMessages } from '../messages.js';
import { createDayReader, isDate } from '../sheet-dates.js';
import { spreadsheetContext } from '../spreadsheet-context.js';
import { keyAccountSheetMessages } from './messages.js';

/** Takes `weights=` and `tiers=` out of the options text; the rest is `=ABCXYZ`'s. */
function scoreOptionsOf(text: string, lang: 'ru' | 'en'): { rest: string; score: ScoreOptionsInput } {
  const m = keyAccountSheetMessages(lang);
  const score: ScoreOptionsInput = {};
  const rest = text.replace(/(?:^|[\s;])(weights|tiers)\s*=\s*(\S+)/gi, (_, key: string, value: string) => {
    if (key.toLowerCase() === 'tiers') {
      const match = /^(\d+(?:[.,]\d+)?)\/(\d+(?:[.,]\d+)?)$/.exec(value);
      if (!match) throw new Error(m.badTiers(value));
      score.tiers = { key: Number(match[1].replace(',', '.')), develop: Number(match[2].replace(',', '.')) };
    } else {
      const weights: Record<string, number> = {};
      for (const item of value.split(',')) {
        const [part, weight] = item.split(/[=:]/);
        if (!scorePartNames.includes(part as never) || !/^\d+(?:[.]\d+)?$/.test(weight ?? '')) throw new Error(m.badWeights(value));
        weights[part] = Number(weight) / 100;
      }
      score.weights = weights;
    }
    return ' ';
  });
  return { rest, score };
}

export function keyscoreFunction(clients: unknown, dates: unknown, amounts: unknown, accounts?: unknown, options?: CellValue): (string | number)[][] {
  const context = spreadsheetContext();
  const raw = options === undefined || options === null ? '' : String(options);
  const asked = /(?:^|[\s;])lang\s*=\s*(ru|en)(?=$|[\s;])/i.exec(raw)?.[1]?.toLowerCase() as 'ru' | 'en' | undefined;
  const { rest, score } = scoreOptionsOf(raw, asked ?? context.lang);
  const parsed = parseFunctionOptions(rest, context.lang);
  const m = sheetMessages(parsed.lang);
  const scoreOptions = parseScoreOptions(score);

  const clientCells = columnOf(clients, 'clients', m);
  const dateCells = columnOf(dates, 'dates', m);
  requireArg(amounts, 'amounts', m);
  const amountGrid = toGrid(amounts);
  if (clientCells.length !== dateCells.length || clientCells.length !== amountGrid.length) throw new Error(m.lengthsDiffer(`${clientCells.length}, ${dateCells.length}, ${amountGrid.length}`));
  const columns: TransactionColumns = { client: clientCells, date: dateCells, amount: amountGrid.map((row) => row[0]) };
  if ((amountGrid[0]?.length ?? 0) >= 2) columns.profit = amountGrid.map((row) => row[1]);
  const dayOf = createDayReader(context.timeZone);
  const reading = settleReading(columns, dayOf, parsed.dates);
  const segmenter = createSegmenter(parsed.segment);
  readColumnTransactions(columns, reading, segmenter.add, (problem) => {
    throw new Error(describeProblem(problem, m.row(problem.index + 1), m));
  });
  const result = segmenter.finish();

  const dossier = new Map(
    accounts === undefined || accounts === null || accounts === ''
      ? []
      : readAccountRows(toGrid(accounts).map((row) => row.map((v): Cell => (isDate(v) ? (dayOf(v) ?? '') : v))), parsed.lang).accounts.map((a) => [a.client, a] as const),
  );
  const scores = scoreClients(result, dossier, scoreOptions);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b].score - scores[a].score || a - b);
  const yesNo = (q: boolean | undefined) => (q === undefined ? '' : q ? (parsed.lang === 'ru' ? 'да' : 'yes') : parsed.lang === 'ru' ? 'нет' : 'no');
  return [
    keyAccountSheetMessages(parsed.lang).keyscoreHeader,
    ...order.map((i) => {
      const s = scores[i];
      return [result.clients[i].client, s.score, s.tier, s.shareOfWallet === undefined ? '' : Number(s.shareOfWallet.toFixed(4)), yesNo(s.qualified), scoreReason(s, parsed.lang)];
    }),
  ];
}
