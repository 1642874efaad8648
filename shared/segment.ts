/**
 * A whole segmentation run: transactions in, one scored client per row out,
 * with the matrix and the Pareto summary. Reasons in words are made on
 * demand by `explainClient`, in whichever language the reader wants.
 * `createSegmenter` takes rows one at a time (for streamed files); `segment`
 * takes an iterable.
 *
 * @example
 * const result = segment([
 *   { client: 'c1', date: '2024-01-10', amount: 900 },
 *   { client: 'c2', date: '2024-02-10', amount: 100 },
 * ]);
 * result.clients[0].segment; // 'AZ'
 */
import { rankAbc, type AbcClass, type AbcFlag } from './abc.js';
import { createAccumulator, profitOf, purchaseDays, revenueOf, seriesOf, type Accumulator, type Rejection } from './accumulate.js';
import { accountTypes } from './account-types.js';
import { dayNumber, isoFromDayNumber } from './calendar.js';
import { classifyFrequency, type FrequencyClass } from './frequency.js';
import { buildMatrix, type MatrixCell } from './matrix.js';
import type { AccountType, CellCode } from './messages.js';
import { parseSegmentOptions, type SegmentOptions, type SegmentOptionsInput } from './options.js';
import { paretoSummary, type ParetoSummary } from './pareto.js';
import { periodEnd, periodOf, periodStart } from './periods.js';
import { riskOf, type Risk } from './risk.js';
import type { Transaction } from './transaction.js';
import { trendOf, type Trend } from './trend.js';
import { coefficientOfVariation, mean } from './variation.js';
import { classifyXyz, type XyzClass } from './xyz.js';

export type ClientSegment = {
  client: string;
  name: string;
  emails: string[];
  domains: string[];
  kam: string;
  tags: string[];
  potential: number | undefined;
  /** Total of the chosen measure. */
  total: number;
  revenue: number;
  profit: number;
  quantity: number;
  rank: number;
  share: number;
  cumBefore: number;
  cumShare: number;
  abc: AbcClass;
  abcFlag: AbcFlag | undefined;
  /** CV of revenue per period; NaN when the mean is not positive. */
  cv: number;
  meanPerPeriod: number;
  /** Periods in the client's XYZ series. */
  periods: number;
  periodsWithPurchase: number;
  xyz: XyzClass;
  frequency: FrequencyClass;
  segment: CellCode;
  isNew: boolean;
  types: AccountType[];
  trend: Trend | undefined;
  trendChange: number | undefined;
  firstPurchase: string | undefined;
  lastPurchase: string | undefined;
  daysSinceLastPurchase: number | undefined;
  usualGapDays: number | undefined;
  risk: Risk | undefined;
  /** Rank of the first client with the same total, when this one shares its class by the tie rule. */
  tieRank: number | undefined;
};

export type Segmentation = {
  options: SegmentOptions;
  window: { from: string; to: string; periods: number } | undefined;
  asOf: string | undefined;
  clients: ClientSegment[];
  matrix: MatrixCell[];
  pareto: ParetoSummary;
  transactions: { used: number; outsideWindow: number; rejected: number; rejections: Rejection[] };
};

export type Segmenter = { add(transaction: Transaction): void; finish(): Segmentation };

export function createSegmenter(input?: SegmentOptionsInput): Segmenter {
  const options = parseSegmentOptions(input);
  const from = options.from ? periodOf(options.from, options.period) : -Infinity;
  const to = options.to ? periodOf(options.to, options.period) : Infinity;
  const acc = createAccumulator(options.period, from, to);
  return { add: acc.add, finish: () => finishSegmentation(acc, options) };
}

export function segment(transactions: Iterable<Transaction>, options?: SegmentOptionsInput): Segmentation {
  const segmenter = createSegmenter(options);
  for (const t of transactions) segmenter.add(t);
  return segmenter.finish();
}

function finishSegmentation(acc: Accumulator, options: SegmentOptions): Segmentation {
  const { period, lang } = options;
  const transactions = { used: acc.added, outsideWindow: acc.outsideWindow, rejected: acc.rejected, rejections: acc.rejections };
  const start = options.from ? periodOf(options.from, period) : acc.minPeriod;
  const end = options.to ? periodOf(options.to, period) : acc.maxPeriod;
  if (acc.ids.length === 0 || !(end >= start)) {
    return { options, window: undefined, asOf: undefined, clients: [], matrix: buildMatrix([], lang), pareto: paretoSummary([]), transactions };
  }
  const periods = end - start + 1;
  const asOf = options.asOf ?? (options.to ? periodEnd(end, period) : acc.lastDate);
  const asOfDay = dayNumber(asOf);
  const revenue = new Float64Array(acc.ids.length);
  for (let c = 0; c < acc.ids.length; c++) revenue[c] = settle(revenueOf(acc, c));
  const totals = options.measure === 'profit' ? acc.ids.map((_, c) => settle(profitOf(acc, c))) : options.measure === 'quantity' ? acc.quantity.map(settle) : revenue;
  const ranked = rankAbc(acc.ids.map((client, c) => ({ client, total: totals[c] })), options.abc);
  // Purchase days map to periods through one lookup table instead of a date conversion per day and client.
  const dayPeriod = Int32Array.from({ length: acc.days.length }, (_, i) => periodOf(isoFromDayNumber(acc.dayOrigin + i), period));
  const purchases = purchaseDays(acc);
  const scratch = new Float64Array(periods);
  const riskOptions = { gapFactor: options.riskGapFactor, lostDays: options.lostDays, minDays: options.riskMinDays };

  const clients = ranked.map((r, i): ClientSegment => {
    const c = r.index;
    const meta = acc.meta[c];
    const series = seriesOf(acc, c, start, end, scratch);
    for (let k = 0; k < series.length; k++) series[k] = settle(series[k]);
    const days = purchases.days.subarray(purchases.offsets[c], purchases.offsets[c + 1]);
    const firstPeriod = days.length ? dayPeriod[days[0] - acc.dayOrigin] : undefined;
    const seriesStart = options.xyz.seriesStart === 'first-purchase' && firstPeriod !== undefined ? Math.max(start, firstPeriod) : start;
    const xyzSeries = seriesStart > start ? series.subarray(seriesStart - start) : series;
    const cv = coefficientOfVariation(xyzSeries, options.xyz.deviation);
    const xyz = classifyXyz(cv, options.xyz);
    const bought = countPeriods(days, dayPeriod, acc.dayOrigin, seriesStart);
    const frequency = classifyFrequency(bought / xyzSeries.length, options.frequency);
    const isNew = firstPeriod !== undefined && firstPeriod > end - options.newPeriods;
    const trend = trendOf(series, options.trendPeriods, options.trendThreshold);
    const risk = days.length ? riskOf(days, asOfDay, riskOptions) : undefined;
    const tags = meta?.tags ?? [];
    const potential = meta?.potential;
    const types = accountTypes({ share: r.share, isNew, trend: trend?.trend, potential, tags }, options.breadwinnerShare);
    const tieRank = i > 0 && r.flag === undefined && ranked[i - 1].total === r.total ? firstOfTie(ranked, i) : undefined;
    return {
      client: r.client,
      name: meta?.name ?? '',
      emails: meta?.emails ?? [],
      domains: meta?.domains ?? [],
      kam: meta?.kam ?? '',
      tags,
      potential,
      total: r.total,
      revenue: revenue[c],
      profit: settle(profitOf(acc, c)),
      quantity: settle(acc.quantity[c]),
      rank: r.rank,
      share: r.share,
      cumBefore: r.cumBefore,
      cumShare: r.cumShare,
      abc: r.abc,
      abcFlag: r.flag,
      cv,
      meanPerPeriod: mean(xyzSeries),
      periods: xyzSeries.length,
      periodsWithPurchase: bought,
      xyz,
      frequency,
      segment: `${r.abc}${xyz}`,
      isNew,
      types,
      trend: trend?.trend,
      trendChange: trend?.change,
      firstPurchase: days.length ? isoFromDayNumber(days[0]) : undefined,
      lastPurchase: days.length ? isoFromDayNumber(days[days.length - 1]) : undefined,
      daysSinceLastPurchase: risk?.daysSince,
      usualGapDays: risk?.usualGap,
      risk: risk?.risk,
      tieRank,
    };
  });

  return {
    options,
    window: { from: periodStart(start, period), to: periodEnd(end, period), periods },
    asOf,
    clients,
    matrix: buildMatrix(clients, lang),
    pareto: paretoSummary(clients.map((c) => c.total)),
    transactions,
  };
}

/**
 * Sums of floats depend on the order of the rows in their last bits, and a
 * last bit is enough to swap two clients with "equal" totals. Rounding every
 * sum to 6 decimals (far below a kopeck or a cent) makes results independent
 * of row order.
 */
function settle(sum: number): number {
  return Math.round(sum * 1e6) / 1e6;
}

/** Distinct periods from `from` on in which the client bought (days ascending, so periods never go back). */
function countPeriods(days: ArrayLike<number>, dayPeriod: Int32Array, dayOrigin: number, from: number): number {
  let count = 0;
  let last = NaN;
  for (let i = 0; i < days.length; i++) {
    const p = dayPeriod[days[i] - dayOrigin];
    if (p >= from && p !== last) count++;
    last = p;
  }
  return count;
}

function firstOfTie(ranked: readonly { total: number; rank: number }[], i: number): number {
  let j = i;
  while (j > 0 && ranked[j - 1].total === ranked[i].total) j--;
  return ranked[j].rank;
}

