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

/** What spreadsheets (Sheets, Excel on a CSV export) may take for the start of a formula: `=`, `+`, `-`, `@`, a tab or a carriage return, also behind apostrophes. */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * User text written into a sheet: text that could start a formula gets a quote prefix, which Sheets
 * keeps as "this is text" and does not show; the columns' text format keeps the rest (`00123`) as written.
 *
 * @example
 * asText('=HYPERLINK("x")'); // `'=HYPERLINK("x")`
 * asText('+7 495 000-00-00'); // `'+7 495 000-00-00`
 */
export function asText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
