/**
 * Mean, standard deviation and coefficient of variation of a series, the
 * measure XYZ analysis classifies by.
 *
 * @example
 * coefficientOfVariation([10, 9, 10, 11, 12, 9, 10, 11, 10, 9, 10, 13]); // 0.114 (population)
 * coefficientOfVariation([10, 9, 10, 11, 12, 9, 10, 11, 10, 9, 10, 13], 'sample'); // 0.119
 */
export type Deviation = 'population' | 'sample';

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/**
 * Population (divide by n) or sample (divide by n - 1, as SAP APO and some
 * Excel guides use) standard deviation. NaN when there are too few values.
 */
export function standardDeviation(values: ArrayLike<number>, deviation: Deviation = 'population'): number {
  const n = values.length;
  const divisor = deviation === 'sample' ? n - 1 : n;
  if (divisor <= 0) return NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - m) ** 2;
  return Math.sqrt(squares / divisor);
}

/** Standard deviation over mean; NaN when the mean is not positive. */
export function coefficientOfVariation(values: ArrayLike<number>, deviation: Deviation = 'population'): number {
  const m = mean(values);
  if (!(m > 0)) return NaN;
  return standardDeviation(values, deviation) / m;
}
