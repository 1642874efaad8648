/**
 * Reading single Sheets cells: blanks, numbers (also numbers typed as text,
 * `1 234,56`, read by the import's parseNumber) and client ids.
 *
 * @example
 * readNumberCell('1 234,56'); // 1234.56
 * readNumberCell(''); // null
 * clientOf(7701234567); // '7701234567'
 */
import { parseNumber, type DecimalMark } from '../shared/import/numbers.js';
import type { CellValue } from './gas-types.js';

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A number, or null when the cell is blank or not a number. */
export function readNumberCell(value: CellValue | null | undefined, decimalMark?: DecimalMark): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseNumber(value.trim(), decimalMark);
  return null;
}

/** A client id as text: ids such as INNs often arrive as numbers. */
export function clientOf(value: CellValue): string {
  return typeof value === 'string' ? value.trim() : String(value);
}
