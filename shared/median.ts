/**
 * Median of a list of numbers (the mean of the two middle values for an even
 * count); NaN for an empty list. Does not modify its argument.
 *
 * @example
 * median([30, 10, 20]); // 20
 * median([10, 20, 30, 40]); // 25
 */
export function median(values: ArrayLike<number>): number {
  return medianInPlace(Float64Array.from(values));
}

/** median() of a typed array the caller owns and lets it reorder: no copy, for a median per client. */
export function medianInPlace(values: Float64Array): number {
  if (values.length === 0) return NaN;
  const sorted = sortInPlace(values);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Insertion sort in place for the short lists this is called with (a
 * client's gaps between purchases): for a few dozen numbers it is several
 * times faster than a comparator sort, which matters across 50,000 clients.
 */
function sortInPlace(sorted: Float64Array): Float64Array {
  if (sorted.length > 64) return sorted.sort();
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i];
    let j = i;
    while (j > 0 && sorted[j - 1] > value) {
      sorted[j] = sorted[j - 1];
      j--;
    }
    sorted[j] = value;
  }
  return sorted;
}
