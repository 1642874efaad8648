/**
 * The one tolerance for every class boundary (ABC at 80/95 % cumulative
 * share, XYZ at 10/25 % CV, the Pareto target, the breadwinner share, the
 * purchase-frequency and trend thresholds): a value within a relative
 * BOUNDARY_TOLERANCE (1e-9) of a threshold counts as exactly on it.
 *
 * Why: shares and CVs are computed in binary floating point, so a client
 * whose monthly amounts are 1.10 and 0.90 has a CV of 0.10000000000000003,
 * not 0.1, and a cumulative share of exactly 80 % can come out as
 * 0.8000000000000002. Float noise on these quantities stays below 1e-12,
 * while a one-cent difference in a cumulative share stays above the
 * tolerance for totals up to ten million (a cent of ten million is 1e-9 of
 * it): the documented rule decides real boundary cases, noise never does.
 *
 * @example
 * atMost(0.10000000000000003, 0.1); // true: CV 10 % is X
 * below(0.8000000000000002, 0.8); // false: 80 % before a client is not below 80 %
 */
export const BOUNDARY_TOLERANCE = 1e-9;

/** `value <= limit`, with values within the tolerance of `limit` counting as equal to it. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + Math.abs(limit) * BOUNDARY_TOLERANCE;
}

/** `value < limit`, with values within the tolerance of `limit` counting as equal to it (so not below). */
export function below(value: number, limit: number): boolean {
  return value < limit - Math.abs(limit) * BOUNDARY_TOLERANCE;
}

/** `value >= limit`, with values within the tolerance of `limit` counting as equal to it. */
export function atLeast(value: number, limit: number): boolean {
  return !below(value, limit);
}
