/**
 * Rows of the segmentation query back into the core's `Segmentation`, so the
 * segments table, the report, the reasons, the matrix and the Pareto summary
 * are made by the same code whichever engine scored the clients. Decimals
 * arrive as text (DuckDB and BigQuery both hand NUMERIC over as strings),
 * dates as `YYYY-MM-DD`, booleans as booleans or `'true'`.
 *
 * Client details the query does not read (name, e-mails, KAM, tags,
 * potential) come from `meta`, when the caller collected them.
 *
 * @example
 * const result = segmentationFromRows(rows, { period: 'month' });
 * formatSegmentsCsv(toSegmentRows(result));
 */
import type { ClientMeta } from '../accumulate.js';
import { accountTypes } from '../account-types.js';
import { isoFromDayNumber } from '../calendar.js';
import { classifyFrequency } from '../frequency.js';
import { buildMatrix } from '../matrix.js';
import { parseSegmentOptions, type SegmentOptions, type SegmentOptionsInput } from '../options.js';
import { paretoSummary } from '../pareto.js';
import { periodEnd, periodStart } from '../periods.js';
import type { Risk } from '../risk.js';
import type { ClientSegment, Segmentation } from '../segment.js';
import type { Trend } from '../trend.js';
import type { sqlColumns } from './segmentation-sql.js';

export type SqlRow = Record<(typeof sqlColumns)[number], unknown>;

export type SqlMeta = Pick<ClientMeta, 'name' | 'emails' | 'domains' | 'kam' | 'tags' | 'potential'>;

const num = (value: unknown): number => (value === null || value === undefined ? NaN : Number(value));
const optional = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : Number(value));
const text = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value).slice(0, 10));

export function segmentationFromRows(
  rows: readonly SqlRow[],
  input?: SegmentOptionsInput | SegmentOptions,
  meta: ReadonlyMap<string, SqlMeta> = new Map(),
  transactions: Segmentation['transactions'] = { used: 0, outsideWindow: 0, rejected: 0, rejections: [] },
): Segmentation {
  const options = parseSegmentOptions(input);
  const { period, lang } = options;
  if (!rows.length) return { options, window: undefined, asOf: undefined, clients: [], matrix: buildMatrix([], lang), pareto: paretoSummary([]), transactions };
  const start = num(rows[0].window_first_period);
  const end = num(rows[0].window_last_period);
  const clients = rows.map((row): ClientSegment => {
    const client = String(row.client);
    const m = meta.get(client);
    const share = num(row.share);
    const trend = (row.trend ?? undefined) as Trend | undefined;
    const change = optional(row.trend_change);
    const isNew = row.is_new === true || row.is_new === 'true';
    const tags = m?.tags ?? [];
    const periods = num(row.periods);
    const bought = num(row.periods_with_purchase);
    const cv = num(row.cv);
    const abcFlag = (row.abc_flag ?? undefined) as ClientSegment['abcFlag'];
    return {
      client,
      name: m?.name ?? '',
      emails: m?.emails ?? [],
      domains: m?.domains ?? [],
      kam: m?.kam ?? '',
      tags,
      potential: m?.potential,
      total: num(row.total),
      revenue: num(row.revenue),
      profit: num(row.profit),
      quantity: num(row.quantity),
      rank: num(row.rank),
      share,
      cumBefore: num(row.cum_before),
      cumShare: row.cum_share === null ? num(row.cum_before) : num(row.cum_share),
      abc: row.abc as ClientSegment['abc'],
      abcFlag,
      cv,
      meanPerPeriod: num(row.mean_per_period),
      periods,
      periodsWithPurchase: bought,
      xyz: row.xyz as ClientSegment['xyz'],
      frequency: classifyFrequency(bought / periods, options.frequency),
      segment: row.segment as ClientSegment['segment'],
      isNew,
      types: accountTypes({ share, isNew, trend, potential: m?.potential, tags }, options.breadwinnerShare),
      trend,
      // From nothing to something the core's change is infinite; SQL has no infinity, so it sends NULL.
      trendChange: trend === undefined ? undefined : (change ?? (trend === 'rising' ? Infinity : -Infinity)),
      firstPurchase: text(row.first_purchase),
      lastPurchase: text(row.last_purchase),
      daysSinceLastPurchase: optional(row.days_since_last_purchase),
      usualGapDays: optional(row.usual_gap_days),
      risk: (row.risk ?? undefined) as Risk | undefined,
      tieRank: optional(row.tie_rank),
    };
  });
  return {
    options,
    window: { from: periodStart(start, period), to: periodEnd(end, period), periods: end - start + 1 },
    asOf: isoFromDayNumber(num(rows[0].as_of_day)),
    clients,
    matrix: buildMatrix(clients, lang),
    pareto: paretoSummary(clients.map((c) => c.total)),
    transactions,
  };
}
