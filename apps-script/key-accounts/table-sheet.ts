/**
 * A plain output sheet of rows under a header of column ids (as the CLI's
 * CSV files have them), with a note per column in the user's language, a
 * frozen header and a filter: the `Portfolio` and `Win-back` sheets.
 *
 * @example
 * writeTableSheet(spreadsheet, 'Portfolio', portfolioColumns, rows, notes, { share: '0.0%' });
 */
import type { CellValue, GasSheet, GasSpreadsheet } from '../gas-types.js';
import { asText, freshOutputSheet } from '../output-sheet.js';
import { HEADER_COLOUR } from '../segment-colours.js';

export function writeTableSheet<C extends string>(
  spreadsheet: GasSpreadsheet,
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, string | number | boolean | null | undefined>[],
  notes: Record<string, string>,
  formats: Partial<Record<C, string>> = {},
  startRow = 1,
  sheet: GasSheet = freshOutputSheet(spreadsheet, name),
): GasSheet {
  const header = sheet.getRange(startRow, 1, 1, columns.length);
  header.setValues([[...columns]]);
  header.setNotes([columns.map((c) => notes[c] ?? '')]);
  header.setFontWeight('bold').setBackground(HEADER_COLOUR);
  if (rows.length) {
    const body = sheet.getRange(startRow + 1, 1, rows.length, columns.length);
    body.setNumberFormats(rows.map(() => columns.map((c) => formats[c] ?? '@')));
    body.setValues(rows.map((row) => columns.map((c) => cellOf(row[c]))));
  }
  if (startRow === 1) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, rows.length + 1, columns.length).createFilter();
  }
  sheet.autoResizeColumns(1, columns.length);
  return sheet;
}

function cellOf(value: string | number | boolean | null | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? asText(value) : value;
}
