/**
 * Median of a list of numbers (the mean of the two middle values for an even
 * count); NaN for an empty list. Does not modify its argument.
 *
 * @example
 * median([30, 10, 20]); // 20
 * median([10, 20, 30, 40]); // 25
 */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  // A typed array sorts numerically without a comparator, and a sorted one is kept as it is.
  const sorted = isSortedTyped(values) ? values : Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function isSortedTyped(values: ArrayLike<number>): boolean {
  if (!(values instanceof Float64Array)) return false;
  for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
  return true;
}
