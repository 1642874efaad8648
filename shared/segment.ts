/**
 * A whole segmentation run: transactions in, one scored client per row out,
 * with the matrix and the Pareto summary. `createSegmenter` takes rows one
 * at a time (for streamed files); `segment` takes an iterable.
 *
 * @example
 * const result = segment([
 *   { client: 'c1', date: '2024-01-10', amount: 900 },
 *   { client: 'c2', date: '2024-02-10', amount: 100 },
 * ]);
 * result.clients[0].segment; // 'AZ'
 */
import { rankAbc, type AbcClass, type AbcFlag } from './abc.js';
import { createAccumulator, purchaseDays, type Accumulator, type ClientAccumulation, type Rejection } from './accumulate.js';
import { accountTypes } from './account-types.js';
import { dayNumber, isoFromDayNumber } from './calendar.js';
import { classifyFrequency, type FrequencyClass } from './frequency.js';
import { buildMatrix, type MatrixCell } from './matrix.js';
import { messages, type AccountType, type CellCode } from './messages.js';
import { parseSegmentOptions, type SegmentOptions, type SegmentOptionsInput } from './options.js';
import { paretoSummary, type ParetoSummary } from './pareto.js';
import { periodEnd, periodOf, periodStart } from './periods.js';
import { abcReason, frequencyReason, riskReason, typeReason, xyzReason } from './reasons.js';
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
  reasons: { abc: string; xyz: string; frequency: string; new?: string; risk?: string; type?: string };
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
  if (acc.clients.size === 0 || !(end >= start)) {
    return { options, window: undefined, asOf: undefined, clients: [], matrix: buildMatrix([], lang), pareto: paretoSummary([]), transactions };
  }
  const periods = end - start + 1;
  const asOf = options.asOf ?? (options.to ? periodEnd(end, period) : acc.lastDate);
  const asOfDay = dayNumber(asOf);
  const measureOf = (c: ClientAccumulation) => (options.measure === 'profit' ? c.profit : options.measure === 'quantity' ? c.quantity : c.revenue);
  const ranked = rankAbc([...acc.clients.values()].map((c) => ({ client: c.client, total: measureOf(c) })), options.abc);

  const clients = ranked.map((r, i): ClientSegment => {
    const c = acc.clients.get(r.client)!;
    const series = seriesOf(c, start, end);
    const firstSlot = c.purchases.findIndex((n) => n > 0);
    const firstPeriod = firstSlot < 0 ? undefined : c.base + firstSlot;
    const xyzSeries = options.xyz.seriesStart === 'first-purchase' && firstPeriod !== undefined ? series.slice(Math.max(0, firstPeriod - start)) : series;
    const cv = coefficientOfVariation(xyzSeries, options.xyz.deviation);
    const xyz = classifyXyz(cv, options.xyz);
    const bought = countPurchasePeriods(c, start + (series.length - xyzSeries.length), end);
    const frequency = classifyFrequency(bought / xyzSeries.length, options.frequency);
    const isNew = firstPeriod !== undefined && firstPeriod > end - options.newPeriods;
    const trend = trendOf(series, options.trendPeriods, options.trendThreshold);
    const days = purchaseDays(c);
    const risk = days.length ? riskOf(days, asOfDay, { gapFactor: options.riskGapFactor, lostDays: options.lostDays, minDays: options.riskMinDays }) : undefined;
    const types = accountTypes({ share: r.share, isNew, trend: trend?.trend, potential: c.potential, tags: c.tags }, options.breadwinnerShare);
    const tieWith = i > 0 && r.flag === undefined && ranked[i - 1].total === r.total ? firstOfTie(ranked, i) : undefined;
    const firstPurchase = days.length ? isoFromDayNumber(days[0]) : undefined;
    return {
      client: c.client,
      name: c.name,
      emails: c.emails,
      domains: c.domains,
      kam: c.kam,
      tags: c.tags,
      potential: c.potential,
      total: r.total,
      revenue: c.revenue,
      profit: c.profit,
      quantity: c.quantity,
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
      firstPurchase,
      lastPurchase: days.length ? isoFromDayNumber(days[days.length - 1]) : undefined,
      daysSinceLastPurchase: risk?.daysSince,
      usualGapDays: risk?.usualGap,
      risk: risk?.risk,
      reasons: {
        abc: abcReason({ ...r, tieWith }, ranked.length, options.abc.rule, lang),
        xyz: xyzReason(xyz, cv, xyzSeries.length, period, lang),
        frequency: frequencyReason(bought, xyzSeries.length, period, frequency, lang),
        ...(isNew && firstPurchase ? { new: messages[lang].reasonNew(firstPurchase) } : {}),
        ...optional('risk', risk && riskReason(risk, lang)),
        ...optional('type', typeReason(types, r.share, lang)),
      },
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

/** Net revenue per period over the window, zeros where the client bought nothing. */
function seriesOf(c: ClientAccumulation, start: number, end: number): number[] {
  const series = new Array<number>(end - start + 1).fill(0);
  for (let slot = 0; slot < c.amounts.length; slot++) {
    const p = c.base + slot;
    if (p >= start && p <= end) series[p - start] = c.amounts[slot];
  }
  return series;
}

function countPurchasePeriods(c: ClientAccumulation, start: number, end: number): number {
  let count = 0;
  for (let slot = 0; slot < c.purchases.length; slot++) {
    const p = c.base + slot;
    if (p >= start && p <= end && c.purchases[slot] > 0) count++;
  }
  return count;
}

function firstOfTie(ranked: readonly { total: number; rank: number }[], i: number): number {
  let j = i;
  while (j > 0 && ranked[j - 1].total === ranked[i].total) j--;
  return ranked[j].rank;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
