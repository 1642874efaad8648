/**
 * Median of a list of numbers (the mean of the two middle values for an even
 * count); NaN for an empty list. Does not modify its argument.
 *
 * @example
 * median([30, 10, 20]); // 20
 * median([10, 20, 30, 40]); // 25
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
