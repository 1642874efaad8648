/**
 * The numbers of a range's non-blank cells, each keyed by its position, for
 * the functions that rank cells (`ABC`, `PARETO`). Numbers typed as text are
 * read with the decimal mark their neighbours prove (`1,234` in a column
 * that also has `12,50` is 1.234).
 *
 * @example
 * rangeNumbers([[5], [''], ['1 234,5']], messages); // [{ client: cellId(0, 0), total: 5 }, { client: cellId(2, 0), total: 1234.5 }]
 */
import type { AbcInput } from '../shared/abc.js';
import { settleDecimalMark } from '../shared/import/numbers.js';
import { isBlank, readNumberCell } from './cells.js';
import type { Grid } from './grid.js';
import type { SheetMessages } from './messages.js';

/** A cell's position as an id that sorts in reading order, so ties rank top to bottom. */
export const cellId = (row: number, column: number): string => `${String(row).padStart(7, '0')}:${String(column).padStart(4, '0')}`;

export function rangeNumbers(grid: Grid, m: SheetMessages): AbcInput[] {
  const texts: string[] = [];
  for (const row of grid) for (const value of row) if (typeof value === 'string' && value !== '' && texts.length < 1000) texts.push(value);
  const decimalMark = settleDecimalMark(texts);
  const items: AbcInput[] = [];
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (isBlank(value)) return;
      const total = readNumberCell(value, decimalMark);
      if (total === null) throw new Error(m.badNumber(m.row(r + 1), String(value)));
      items.push({ client: cellId(r, c), total });
    }),
  );
  return items;
}
