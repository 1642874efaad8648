/**
 * Churn signals from purchase days. A client is `lost` when it has not bought
 * for `lostDays` (180) days, and `at-risk` when the days since its last
 * purchase exceed `gapFactor` (2) times its usual (median) gap between
 * purchases and also `minDays` (30): a client that orders every four days
 * and last ordered ten days ago is late, but not yet a worry for a KAM.
 * A client with a single purchase day has no usual gap and can only become
 * lost.
 *
 * @example
 * riskOf([0, 30, 60, 90], 200); // { risk: 'at-risk', daysSince: 110, usualGap: 30 }
 */
import { medianInPlace } from './median.js';

export type Risk = 'at-risk' | 'lost';

export type RiskResult = { risk?: Risk; daysSince: number; usualGap?: number };

export type RiskOptions = { gapFactor: number; lostDays: number; minDays: number };

export const defaultRiskOptions: RiskOptions = { gapFactor: 2, lostDays: 180, minDays: 30 };

/** `purchaseDays`: distinct day numbers with a purchase, ascending. */
export function riskOf(purchaseDays: ArrayLike<number>, asOfDay: number, options: RiskOptions = defaultRiskOptions): RiskResult {
  const lastDay = purchaseDays[purchaseDays.length - 1];
  const daysSince = Math.max(0, asOfDay - lastDay);
  const gaps = new Float64Array(Math.max(0, purchaseDays.length - 1));
  for (let i = 1; i < purchaseDays.length; i++) gaps[i - 1] = purchaseDays[i] - purchaseDays[i - 1];
  const usualGap = gaps.length ? medianInPlace(gaps) : undefined;
  if (daysSince >= options.lostDays) return { risk: 'lost', daysSince, usualGap };
  if (usualGap !== undefined && daysSince > options.gapFactor * usualGap && daysSince > options.minDays) return { risk: 'at-risk', daysSince, usualGap };
  return { daysSince, usualGap };
}
