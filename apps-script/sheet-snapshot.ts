/**
 * What a sheet holds, read in three calls: its values, number formats and
 * backgrounds over the used block (row 1 to the last row, column A to the
 * last column). The shared copy is written from it, so the copy shows the
 * same formats and segment colours as the `Segments` sheet.
 *
 * @example
 * const snapshot = readSheetSnapshot(spreadsheet.getSheetByName('Segments'));
 * snapshot.values[0]; // ['client', 'name', …] (the header row)
 */
import type { CellValue, GasSheet } from './gas-types.js';

export type SheetSnapshot = {
  values: CellValue[][];
  formats: string[][];
  backgrounds: string[][];
};

export function readSheetSnapshot(sheet: GasSheet): SheetSnapshot {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return { values: [], formats: [], backgrounds: [] };
  const range = sheet.getRange(1, 1, rows, columns);
  return { values: range.getValues(), formats: range.getNumberFormats(), backgrounds: range.getBackgrounds() };
}
