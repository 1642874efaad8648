/**
 * Each client's revenue per period over the analysis window, for the card's
 * sparkline: the same periods the XYZ class is measured on, rounded to whole
 * units (a sparkline needs no kopecks, and storage stays small).
 *
 * @example
 * const sums = periodSums(transactions, { from: '2024-01-01', to: '2024-03-31' }, 'month');
 * sums.get('7701'); // [120000, 0, 95000]
 */
import type { Period } from '../../shared/options.js';
import { periodOf } from '../../shared/periods.js';
import type { Transaction } from '../../shared/transaction.js';

export function periodSums(transactions: Iterable<Pick<Transaction, 'client' | 'date' | 'amount'>>, window: { from: string; to: string }, period: Period): Map<string, number[]> {
  const start = periodOf(window.from, period);
  const length = periodOf(window.to, period) - start + 1;
  const sums = new Map<string, Float64Array>();
  for (const t of transactions) {
    const at = periodOf(t.date, period) - start;
    if (at < 0 || at >= length) continue;
    let series = sums.get(t.client);
    if (!series) sums.set(t.client, (series = new Float64Array(length)));
    series[at] += t.amount;
  }
  return new Map([...sums].map(([client, series]) => [client, Array.from(series, Math.round)]));
}
