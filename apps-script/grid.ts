/**
 * The shapes Sheets passes a custom function: a range as a 2D array (rows of
 * cells), a single cell as a bare value, an omitted argument as undefined.
 *
 * @example
 * toGrid(5); // [[5]]
 * columnOf([[1], [2]], 'values', messages); // [1, 2]
 */
import type { CellValue } from './gas-types.js';
import type { SheetMessages } from './messages.js';

export type Grid = CellValue[][];

export function toGrid(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[arg as CellValue]];
  // Sheets always passes rows as arrays: copy only when a caller did not.
  return arg.every(Array.isArray) ? (arg as Grid) : arg.map((row) => (Array.isArray(row) ? row : [row]));
}

export function requireArg(arg: unknown, name: string, m: SheetMessages): void {
  if (arg === undefined || arg === null) throw new Error(m.missingArgument(name));
}

/** A one-column (or one-row) range as a list of cells; one pass, as it runs over every row of `A2:A`. */
export function columnOf(arg: unknown, name: string, m: SheetMessages): CellValue[] {
  requireArg(arg, name, m);
  if (!Array.isArray(arg)) return [arg as CellValue];
  const cells = new Array<CellValue>(arg.length);
  for (let i = 0; i < arg.length; i++) {
    const row: unknown = arg[i];
    if (!Array.isArray(row)) cells[i] = row as CellValue;
    else if (row.length === 1) cells[i] = row[0];
    else if (arg.length === 1) return row;
    else throw new Error(m.notOneColumn(name));
  }
  return cells;
}

/** A result shaped like the argument: a bare value for a single cell. */
export function likeArg<T>(arg: unknown, result: T[][]): T | T[][] {
  return Array.isArray(arg) ? result : result[0][0];
}
