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
  const sorted = sortedCopy(values);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Insertion sort for the short lists this is called with (a client's gaps
 * between purchases): for a few dozen numbers it is several times faster than
 * a typed-array or comparator sort, which matters across 50,000 clients.
 */
function sortedCopy(values: ArrayLike<number>): ArrayLike<number> {
  if (values.length > 64) return Float64Array.from(values).sort();
  const sorted: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let j = sorted.length;
    while (j > 0 && sorted[j - 1] > value) j--;
    sorted.splice(j, 0, value);
  }
  return sorted;
}
