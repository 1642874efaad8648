/**
 * The largest amount (and profit, quantity) a row may carry: 1e15 in
 * magnitude, a thousand trillion in any currency. Anything larger is a
 * misread cell (a product code or a phone number in the amount column), and
 * a few such values could overflow a total to Infinity and turn every share,
 * Gini and HHI into NaN; below it, a million rows sum to at most 1e21, far
 * from overflow. The importer rejects such cells with the line number, and
 * the core rejects such transactions handed to it directly (Sheets, the
 * extension), so totals and shares are always finite.
 *
 * @example
 * withinMagnitude(1e15); // true
 * withinMagnitude(1e308); // false
 * withinMagnitude(NaN); // false
 */
export const MAX_MAGNITUDE = 1e15;

/** True for a finite number no larger than MAX_MAGNITUDE in magnitude (false for NaN and Infinity). */
export function withinMagnitude(value: number): boolean {
  return value <= MAX_MAGNITUDE && value >= -MAX_MAGNITUDE;
}
