/**
 * The sheets the add-on writes (`Segments`, `ABC-XYZ`): found by name or
 * created, and emptied of everything a previous run left (values, formats,
 * notes, the filter, charts), so that a re-run replaces and never
 * duplicates. The user's own sheets are never among them.
 *
 * @example
 * const sheet = freshOutputSheet(spreadsheet, SEGMENTS_SHEET);
 */
import type { GasSheet, GasSpreadsheet } from './gas-types.js';
import { KEY_ACCOUNT_OUTPUT_SHEETS } from './key-accounts/sheet-names.js';

export const SEGMENTS_SHEET = 'Segments';
export const MATRIX_SHEET = 'ABC-XYZ';
export const OUTPUT_SHEETS: readonly string[] = [SEGMENTS_SHEET, MATRIX_SHEET, ...KEY_ACCOUNT_OUTPUT_SHEETS];

export function freshOutputSheet(spreadsheet: GasSpreadsheet, name: string): GasSheet {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.setFrozenRows(0);
  return sheet;
}

/** Text that Sheets would run as a formula (`=…`) keeps its quote prefix; the columns' text format keeps the rest (`00123`) as written. */
export function asText(value: string): string {
  return value.startsWith('=') ? `'${value}` : value;
}
