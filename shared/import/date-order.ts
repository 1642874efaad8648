/**
 * Settles whether `03/05/2024` means 3 May (`dmy`) or 5 March (`mdy`) from a
 * sample of the file's date cells. A first field above 12 proves `dmy`, a
 * second field above 12 proves `mdy`. When neither is proven (or both are,
 * in a file that mixes styles) the order is `dmy`: it is not reported as an
 * assumption when the ambiguous dates are dot-separated (`05.03.2024`, never
 * month-first in practice) and it is reported as assumed for `/` and `-`.
 * Dates whose form needs no order (ISO, yyyymmdd, Excel serials) prove
 * nothing and assume nothing.
 *
 * @example
 * settleDateOrder(['03/01/19', '13/01/19']); // { order: 'dmy', assumed: false }
 * settleDateOrder(['03/01/19']);             // { order: 'dmy', assumed: true }
 */
import type { DateOrder } from './dates.js';

const DAY_MONTH = /^\s*(\d{1,2})([./-])(\d{1,2})\2(?:\d{2}|\d{4})(?:$|[\sT])/;

export function settleDateOrder(values: Iterable<string>): { order: DateOrder; assumed: boolean } {
  let dmy = false;
  let mdy = false;
  let ambiguousSlash = false;
  for (const value of values) {
    const match = DAY_MONTH.exec(value);
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) dmy = true;
    else if (second > 12 && first <= 12) mdy = true;
    else if (match[2] !== '.') ambiguousSlash = true;
  }
  if (dmy !== mdy) return { order: dmy ? 'dmy' : 'mdy', assumed: false };
  return { order: 'dmy', assumed: (dmy && mdy) || ambiguousSlash };
}
