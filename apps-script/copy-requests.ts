/**
 * The Sheets API calls that make one sheet of the shared copy show a
 * snapshot of `Segments`: a batchUpdate that sizes the sheet to the
 * snapshot (so rows of an earlier, longer table are gone, not blanked),
 * clears every value and format, freezes the header, sets the number
 * formats and colours column by column, and puts a filter on the table;
 * then the values in blocks of rows, written RAW so that Sheets parses
 * nothing (an id `00123` stays text, `=…` never becomes a formula), with
 * formula-like text (`=`, `+`, `-`, `@`, tab, CR) guarded by an apostrophe
 * that the CSV export keeps. The
 * same calls serve a new copy and a refresh, which keeps the sheet's id and
 * with it the CSV link.
 *
 * @example
 * const requests = copyRequests(snapshot, { sheetId: 0, sheetTitle: 'Segments', rename: true, spreadsheetTitle: 'Segments — Sales — 2024-05-01', locale: 'ru_RU', timeZone: 'Europe/Moscow' });
 * Sheets.Spreadsheets.batchUpdate({ requests }, id);
 * for (const block of valueBlocks(snapshot, 'Segments', serialOf)) Sheets.Spreadsheets.Values.update({ values: block.values }, id, block.range, { valueInputOption: 'RAW' });
 */
import { a1Range } from './a1-notation.js';
import { cellFormatOf } from './api-cell-format.js';
import type { ApiCellValue, ApiObject } from './gas-types.js';
import { isDate } from './sheet-dates.js';
import type { SheetSnapshot } from './sheet-snapshot.js';

export type CopyLayout = {
  sheetId: number;
  /** The sheet's title now; it becomes `SEGMENTS_SHEET` when `rename` (a new copy). */
  sheetTitle: string;
  rename: boolean;
  spreadsheetTitle: string;
  locale: string;
  timeZone: string;
};

/** Rows per Values.update: about a megabyte of JSON for the 19 columns of a segments table. */
export const ROWS_PER_WRITE = 5000;

/** A sheet cannot freeze all its rows, so a table with a header only still gets a second, empty row. */
const MIN_ROWS = 2;

function sameFormats(formats: ApiObject[]): boolean {
  const first = JSON.stringify(formats[0]);
  return formats.every((format) => JSON.stringify(format) === first);
}

export function copyRequests(snapshot: SheetSnapshot, layout: CopyLayout): ApiObject[] {
  const { sheetId } = layout;
  const height = snapshot.values.length;
  const width = snapshot.values[0]?.length ?? 0;
  const format = (row: number, column: number) => cellFormatOf(snapshot.formats[row]?.[column], snapshot.backgrounds[row]?.[column]);
  const grid = (startRowIndex: number, endRowIndex: number, startColumnIndex: number, endColumnIndex: number) => ({ sheetId, startRowIndex, endRowIndex, startColumnIndex, endColumnIndex });

  const requests: ApiObject[] = [
    { updateSpreadsheetProperties: { properties: { title: layout.spreadsheetTitle, locale: layout.locale, timeZone: layout.timeZone }, fields: 'title,locale,timeZone' } },
    {
      updateSheetProperties: {
        properties: { sheetId, ...(layout.rename ? { title: layout.sheetTitle } : {}), gridProperties: { rowCount: Math.max(height, MIN_ROWS), columnCount: width, frozenRowCount: 1 } },
        fields: `${layout.rename ? 'title,' : ''}gridProperties(rowCount,columnCount,frozenRowCount)`,
      },
    },
    // No rows: every value and format of the sheet is cleared.
    { updateCells: { range: { sheetId }, fields: 'userEnteredValue,userEnteredFormat' } },
    {
      updateCells: {
        range: grid(0, 1, 0, width),
        rows: [{ values: Array.from({ length: width }, (_, c) => ({ userEnteredFormat: { ...format(0, c), textFormat: { bold: true } } })) }],
        fields: 'userEnteredFormat',
      },
    },
  ];
  for (let c = 0; c < width && height > 1; c++) {
    const formats = Array.from({ length: height - 1 }, (_, r) => format(r + 1, c));
    if (!sameFormats(formats)) {
      requests.push({ updateCells: { range: grid(1, height, c, c + 1), rows: formats.map((f) => ({ values: [{ userEnteredFormat: f }] })), fields: 'userEnteredFormat' } });
    } else if (Object.keys(formats[0]).length) {
      requests.push({ repeatCell: { range: grid(1, height, c, c + 1), cell: { userEnteredFormat: formats[0] }, fields: 'userEnteredFormat' } });
    }
  }
  requests.push({ setBasicFilter: { filter: { range: grid(0, height, 0, width) } } });
  return requests;
}

export function valueBlocks(snapshot: SheetSnapshot, sheetTitle: string, serialOf: (date: Date) => number, rowsPerWrite = ROWS_PER_WRITE): { range: string; values: ApiCellValue[][] }[] {
  const width = snapshot.values[0]?.length ?? 0;
  const cell = (value: unknown): ApiCellValue => {
    if (isDate(value)) return serialOf(value);
    if (typeof value === 'number') return Number.isFinite(value) ? value : '';
    // RAW keeps an apostrophe as a character, so the copy's CSV export carries the guard that the sheet's
    // quote prefix gave (and getValues dropped); the extension's reader takes it off again.
    if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return typeof value === 'boolean' ? value : '';
  };
  const blocks: { range: string; values: ApiCellValue[][] }[] = [];
  for (let start = 0; start < snapshot.values.length; start += rowsPerWrite) {
    const rows = snapshot.values.slice(start, start + rowsPerWrite).map((row) => row.map(cell));
    blocks.push({ range: a1Range(sheetTitle, start + 1, 1, rows.length, width), values: rows });
  }
  return blocks;
}
