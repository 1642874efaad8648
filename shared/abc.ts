/**
 * ABC analysis: rank clients by a total and class them by cumulative share.
 *
 * Ranking is by total descending, ties broken by client id in code-unit
 * order, so the result never depends on input order. Shares are of the sum
 * of positive totals; clients with a total <= 0 are C, flagged, and take no
 * part in shares.
 *
 * Rules: `before` (default) classes a client by the cumulative share of the
 * clients ranked above it, so the client that crosses a boundary stays in the
 * upper class and the largest client is always A. `including` is the common
 * spreadsheet-template rule: cumulative share including the client <= the
 * threshold. Either way, clients with identical totals share the class of
 * the first of them in rank order. A cumulative share within the boundary
 * tolerance (boundary.ts, relative 1e-9) of a threshold counts as on it.
 *
 * @example
 * const ranked = rankAbc([{ client: 'b', total: 20 }, { client: 'a', total: 80 }]);
 * ranked.map((r) => r.abc); // ['A', 'B'] (b has 80% before it, which is not below 80%)
 */
import { atMost, below } from './boundary.js';

export type AbcClass = 'A' | 'B' | 'C';
export type AbcFlag = 'no-revenue' | 'loss';
export type AbcRule = 'before' | 'including';

export type AbcInput = { client: string; total: number };

export type AbcRank = {
  client: string;
  /** Position of this client in the input array, to line results up with the input. */
  index: number;
  total: number;
  /** 1-based rank among all clients. */
  rank: number;
  /** Share of the sum of positive totals; 0 for clients with total <= 0. */
  share: number;
  /** Cumulative share of the clients ranked above this one. */
  cumBefore: number;
  /** Cumulative share including this client. */
  cumShare: number;
  abc: AbcClass;
  flag?: AbcFlag;
};

export type AbcThresholds = { a: number; b: number; rule: AbcRule };

export const defaultAbcThresholds: AbcThresholds = { a: 0.8, b: 0.95, rule: 'before' };

/** Compare clients for ranking: total descending, then client id in code-unit order. */
export function compareByTotal(x: AbcInput, y: AbcInput): number {
  if (x.total !== y.total) return y.total - x.total;
  return x.client < y.client ? -1 : x.client > y.client ? 1 : 0;
}

export function rankAbc(items: readonly AbcInput[], thresholds: AbcThresholds = defaultAbcThresholds): AbcRank[] {
  const order = items.map((_, i) => i).sort((i, j) => compareByTotal(items[i], items[j]));
  const sorted = order.map((i) => items[i]);
  let positive = 0;
  for (const item of sorted) if (item.total > 0) positive += item.total;

  const ranked: AbcRank[] = [];
  let cumulative = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { client, total } = sorted[i];
    if (!(total > 0)) {
      ranked.push({ client, index: order[i], total, rank: i + 1, share: 0, cumBefore: cumulative, cumShare: cumulative, abc: 'C', flag: total === 0 ? 'no-revenue' : 'loss' });
      continue;
    }
    const share = total / positive;
    const cumBefore = cumulative;
    cumulative = Math.min(1, cumulative + share);
    const previous = ranked[i - 1];
    const abc = previous && previous.total === total ? previous.abc : classOf(thresholds.rule === 'before' ? cumBefore : cumulative, thresholds);
    ranked.push({ client, index: order[i], total, rank: i + 1, share, cumBefore, cumShare: cumulative, abc });
  }
  return ranked;
}

function classOf(cumulative: number, { a, b, rule }: AbcThresholds): AbcClass {
  // Shares are sums of floats: the boundary tolerance keeps 0.8000000000000002 at 80%.
  if (rule === 'before') return below(cumulative, a) ? 'A' : below(cumulative, b) ? 'B' : 'C';
  return atMost(cumulative, a) ? 'A' : atMost(cumulative, b) ? 'B' : 'C';
}
