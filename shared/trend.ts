/**
 * Trend of a client's series: the sum of the last `periods` periods against
 * the `periods` before them. `rising` or `falling` when the change exceeds the
 * threshold (10% by default), `stable` otherwise; `undefined` when the series
 * is too short or both halves are empty.
 *
 * @example
 * trendOf([10, 10, 10, 20, 20, 20]); // { trend: 'rising', change: 1 }
 */
import { atMost, below } from './boundary.js';

export type Trend = 'rising' | 'falling' | 'stable';

export type TrendResult = { trend: Trend; change: number; last: number; before: number };

export function trendOf(series: ArrayLike<number>, periods = 3, threshold = 0.1): TrendResult | undefined {
  if (series.length < periods * 2) return undefined;
  let last = 0;
  let before = 0;
  const n = series.length;
  for (let i = 0; i < periods; i++) {
    last += series[n - 1 - i];
    before += series[n - 1 - periods - i];
  }
  if (last === 0 && before === 0) return undefined;
  // From nothing to something is rising, whatever the size: change is +Infinity.
  const change = before > 0 ? (last - before) / before : last > before ? Infinity : -Infinity;
  // Exactly 10% up (3.00 to 3.30, 0.10000000000000009 in floats) is not beyond 10%: see boundary.ts.
  const trend: Trend = !atMost(change, threshold) ? 'rising' : below(change, -threshold) ? 'falling' : 'stable';
  return { trend, change, last, before };
}
