/**
 * The Pareto view of client totals: the cumulative curve, how much the top
 * k% of clients bring, how few clients make 80% of revenue, and the
 * concentration measures (Gini, HHI, the largest client's share) that tell
 * how dependent the business is on a handful of clients.
 *
 * Only positive totals count, as in ABC: a loss-making client does not
 * shrink the others' shares.
 *
 * @example
 * const p = paretoSummary([50, 30, 10, 5, 5]);
 * p.topShare; // 0.5  (top ceil(0.2 * 5) = 1 client)
 * p.clientsForTarget; // 3 clients make 80%
 */
import { atLeast } from './boundary.js';

export type ParetoPoint = { clients: number; clientShare: number; valueShare: number };

export type ParetoSummary = {
  /** Clients with a positive total. */
  clients: number;
  total: number;
  /** k, the top fraction of clients looked at (0.2). */
  topFraction: number;
  /** ceil(k * clients). */
  topCount: number;
  /** Share of the total made by the top ceil(k * n) clients. */
  topShare: number;
  /** The share of the total looked for (0.8). */
  target: number;
  /** The fewest clients whose totals make the target share. */
  clientsForTarget: number;
  clientShareForTarget: number;
  /** 0 when all clients are equal, towards 1 when one client has everything. */
  gini: number;
  /** Herfindahl-Hirschman index as a fraction (sum of squared shares; 0.25 = 2,500 points). */
  hhi: number;
  largestShare: number;
};

/** Positive totals, sorted descending. */
function positiveDescending(totals: readonly number[]): number[] {
  return totals.filter((t) => t > 0).sort((a, b) => b - a);
}

/** Cumulative curve, starting at the origin, largest client first. */
export function paretoCurve(totals: readonly number[]): ParetoPoint[] {
  const values = positiveDescending(totals);
  const sum = values.reduce((s, v) => s + v, 0);
  const points: ParetoPoint[] = [{ clients: 0, clientShare: 0, valueShare: 0 }];
  let cumulative = 0;
  values.forEach((value, i) => {
    cumulative += value;
    points.push({ clients: i + 1, clientShare: (i + 1) / values.length, valueShare: Math.min(1, cumulative / sum) });
  });
  return points;
}

/** Gini coefficient of non-negative values (0 for fewer than two values). */
export function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = sorted.reduce((s, v) => s + v, 0);
  if (n < 2 || sum <= 0) return 0;
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

export function paretoSummary(totals: readonly number[], topFraction = 0.2, target = 0.8): ParetoSummary {
  const values = positiveDescending(totals);
  const n = values.length;
  const total = values.reduce((s, v) => s + v, 0);
  const topCount = Math.min(n, Math.ceil(topFraction * n - 1e-9));
  let topSum = 0;
  let hhi = 0;
  let cumulative = 0;
  let clientsForTarget = 0;
  for (let i = 0; i < n; i++) {
    if (i < topCount) topSum += values[i];
    const share = values[i] / total;
    hhi += share * share;
    if (clientsForTarget === 0) {
      cumulative += values[i];
      if (atLeast(cumulative / total, target)) clientsForTarget = i + 1;
    }
  }
  return {
    clients: n,
    total,
    topFraction,
    topCount,
    topShare: n ? topSum / total : 0,
    target,
    clientsForTarget,
    clientShareForTarget: n ? clientsForTarget / n : 0,
    gini: gini(values),
    hhi,
    largestShare: n ? values[0] / total : 0,
  };
}
