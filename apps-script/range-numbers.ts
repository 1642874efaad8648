/**
 * The numbers of a range's non-blank cells, each keyed by its position, for
 * the functions that rank cells (`ABC`, `PARETO`, `PARETO_TOP`). Text
 * numbers are read with the spreadsheet locale's marks; a first row of
 * labels over numbers is a header (see header-row.ts); a cell that is not a
 * number (text, TRUE, #N/A) goes to the bad-cell policy.
 *
 * @example
 * rangeNumbers([['Amount'], [5], [''], ['1,234.5']], call);
 * // { header: true, items: [{ client: cellId(1, 0), total: 5 }, { client: cellId(3, 0), total: 1234.5 }], rows: [1, 3], columns: [0, 0] }
 */
import type { AbcInput } from '../shared/abc.js';
import { isBlank, readNumberCell } from './cells.js';
import type { Call } from './functions/call.js';
import type { Grid } from './grid.js';
import { hasHeaderRow } from './header-row.js';

/** A cell's position as an id that sorts in reading order, so ties rank top to bottom. */
export const cellId = (row: number, column: number): string => `${String(row).padStart(7, '0')}:${String(column).padStart(4, '0')}`;

/** The numbers, with the row and column of each item's cell (`rows[k]`, `columns[k]` for `items[k]`). */
export type RangeNumbers = { header: boolean; items: AbcInput[]; rows: number[]; columns: number[] };

export function rangeNumbers(grid: Grid, call: Pick<Call, 'read' | 'bad' | 'm' | 'options'>): RangeNumbers {
  const { read, bad, m } = call;
  const header = hasHeaderRow(grid, (v) => readNumberCell(v, read) !== null, call.options.headers);
  const items: AbcInput[] = [];
  const rows: number[] = [];
  const columns: number[] = [];
  for (let r = header ? 1 : 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (isBlank(value)) continue;
      const total = readNumberCell(value, read);
      if (total === null) bad.report(r + 1, m.notANumber(String(value)));
      else {
        items.push({ client: cellId(r, c), total });
        rows.push(r);
        columns.push(c);
      }
    }
  }
  return { header, items, rows, columns };
}

/** A result grid shaped like `grid`, blank but for `label` in the header row's first cell. */
export function blankLike<T>(grid: Grid, header: boolean, label: string): (T | string)[][] {
  return grid.map((row, r) => row.map((_, c) => (header && r === 0 && c === 0 ? label : '')));
}
