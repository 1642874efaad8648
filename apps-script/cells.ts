/**
 * Reading single Sheets cells: blanks, numbers (numbers typed as text are
 * read with the spreadsheet locale's marks, see locale-numbers.ts), error
 * values and client ids.
 *
 * @example
 * readNumberCell('1 234,56', numberReader(localeMarks('ru_RU'))); // 1234.56
 * readNumberCell('', read); // null
 * clientOf(7701234567); // '7701234567'
 * isErrorCell('#N/A'); // true
 */
import type { CellValue } from './gas-types.js';

export type TextNumberReader = (text: string) => number | null;

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Sheets hands a custom function an error cell as its code, e.g. `#N/A`, `#REF!`, `#DIV/0!`. */
export function isErrorCell(value: unknown): boolean {
  return typeof value === 'string' && /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!)$/.test(value);
}

/** A number, or null when the cell is blank or not a number (booleans and error cells are not). */
export function readNumberCell(value: CellValue | null | undefined, read: TextNumberReader): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return read(value);
  return null;
}

/** A client id as the core's key (text): ids such as INNs often arrive as numbers. */
export function clientOf(value: CellValue): string {
  return typeof value === 'string' ? value.trim() : String(value);
}
