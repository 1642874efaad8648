/**
 * XYZ analysis: how evenly a client buys, by the coefficient of variation
 * (CV) of its amounts per period. X if CV <= x (10%), Y if CV <= y (25%),
 * else Z; a series whose mean is not positive is Z.
 *
 * @example
 * classifyXyz(0.114); // 'Y'
 * classifyXyz(0.08, { x: 0.1, y: 0.25 }); // 'X'
 */
export type XyzClass = 'X' | 'Y' | 'Z';

export type XyzThresholds = { x: number; y: number };

export const defaultXyzThresholds: XyzThresholds = { x: 0.1, y: 0.25 };

export function classifyXyz(cv: number, { x, y }: XyzThresholds = defaultXyzThresholds): XyzClass {
  if (Number.isNaN(cv)) return 'Z';
  return cv <= x ? 'X' : cv <= y ? 'Y' : 'Z';
}
