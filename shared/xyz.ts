/**
 * XYZ analysis: how evenly a client buys, by the coefficient of variation
 * (CV) of its amounts per period. X if CV <= x (10%), Y if CV <= y (25%),
 * else Z; a series whose mean is not positive is Z. A CV within the
 * boundary tolerance (boundary.ts, relative 1e-9, the same as ABC's) of a
 * threshold counts as on it: amounts 1.10 and 0.90 have a CV of exactly 10%
 * (0.10000000000000003 in floating point) and are X.
 *
 * @example
 * classifyXyz(0.114); // 'Y'
 * classifyXyz(0.08, { x: 0.1, y: 0.25 }); // 'X'
 */
import { atMost } from './boundary.js';

export type XyzClass = 'X' | 'Y' | 'Z';

export type XyzThresholds = { x: number; y: number };

export const defaultXyzThresholds: XyzThresholds = { x: 0.1, y: 0.25 };

export function classifyXyz(cv: number, { x, y }: XyzThresholds = defaultXyzThresholds): XyzClass {
  if (Number.isNaN(cv)) return 'Z';
  return atMost(cv, x) ? 'X' : atMost(cv, y) ? 'Y' : 'Z';
}
