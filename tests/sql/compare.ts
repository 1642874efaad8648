/**
 * Runs one set of transactions through the core and through the DuckDB
 * engine (the segmentation query) and lists every client where they differ:
 * class, rank or segment not equal, share, cumulative share or CV further
 * apart than 1e-9, or a different trend, first/last purchase, risk or
 * periods with a purchase.
 *
 * @example
 * const { core, duck, differences } = await compareEngines(transactions, { period: 'week' });
 * expect(differences).toEqual([]);
 */
import { createDuckDbSegmenter } from '../../cli/duckdb-engine.js';
import type { SegmentOptionsInput } from '../../shared/options.js';
import { segment, type ClientSegment, type Segmentation } from '../../shared/segment.js';
import type { Transaction } from '../../shared/transaction.js';

export async function duckSegment(transactions: Iterable<Transaction>, options?: SegmentOptionsInput): Promise<Segmentation> {
  const segmenter = await createDuckDbSegmenter(options, 'en');
  for (const t of transactions) segmenter.add(t);
  return segmenter.finish();
}

const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 || Math.abs(a - b) <= 1e-9 * Math.abs(b);

const exact = ['client', 'rank', 'abc', 'xyz', 'segment', 'abcFlag', 'tieRank', 'periods', 'periodsWithPurchase', 'isNew', 'trend', 'firstPurchase', 'lastPurchase', 'daysSinceLastPurchase', 'risk', 'frequency'] as const;
const near = ['total', 'revenue', 'profit', 'quantity', 'share', 'cumBefore', 'cumShare', 'cv', 'meanPerPeriod', 'usualGapDays', 'trendChange'] as const;

export function differences(core: readonly ClientSegment[], duck: readonly ClientSegment[]): string[] {
  const found: string[] = [];
  if (core.length !== duck.length) found.push(`clients: core ${core.length}, duckdb ${duck.length}`);
  for (let i = 0; i < Math.min(core.length, duck.length) && found.length < 20; i++) {
    const [c, d] = [core[i], duck[i]];
    for (const key of exact) if (c[key] !== d[key]) found.push(`#${i + 1} ${c.client} ${key}: core ${c[key]}, duckdb ${d[key]}`);
    for (const key of near) {
      const [a, b] = [c[key] ?? NaN, d[key] ?? NaN];
      if (a !== b && !close(b, a)) found.push(`#${i + 1} ${c.client} ${key}: core ${a}, duckdb ${b}`);
    }
  }
  return found;
}

export async function compareEngines(transactions: readonly Transaction[], options?: SegmentOptionsInput) {
  const core = segment(transactions, options);
  const duck = await duckSegment(transactions, options);
  return { core, duck, differences: differences(core.clients, duck.clients) };
}
