/**
 * Whether a range's first row is a header, as QUERY decides it: a first row
 * of text labels over rows of values (numbers, dates) is a header and is
 * skipped. `headers=1` / `headers=0` in the options say so outright.
 *
 * @example
 * hasHeaderRow([['Amount'], [10], [20]], (v) => typeof v === 'number', 'auto'); // true
 * hasHeaderRow([['abc'], ['def']], (v) => typeof v === 'number', 'auto'); // false
 */
import { isBlank } from './cells.js';
import type { CellValue } from './gas-types.js';

const LOOK_AHEAD = 20;

/**
 * `isValue` says whether a cell holds a value of the column's kind. The first row is a header when
 * none of its cells does and at least half of them are text, while most non-blank cells of the rows
 * below do.
 */
export function hasHeaderRow(rows: readonly (readonly CellValue[])[], isValue: (value: CellValue, column: number) => boolean, headers: 'auto' | '0' | '1'): boolean {
  if (headers !== 'auto') return headers === '1' && rows.length > 0;
  if (rows.length < 2) return false;
  const first = rows[0];
  // Labels over most of the columns: a data row with a client but an empty date and amount is not a header.
  const labels = first.filter((v) => typeof v === 'string' && !isBlank(v)).length;
  if (labels === 0 || labels < first.length / 2) return false;
  if (first.some((v, c) => !isBlank(v) && isValue(v, c))) return false;
  let values = 0;
  let others = 0;
  for (const row of rows.slice(1, 1 + LOOK_AHEAD)) {
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      if (isValue(v, c)) values++;
      else others++;
    });
  }
  return values > 0 && values > others;
}
