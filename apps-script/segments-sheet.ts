/**
 * The `Segments` sheet: the core's segments table, one row per client, with
 * the table's own column names as the header (so the sheet's CSV export is a
 * segments table the extension reads), notes explaining each column in the
 * user's language, a frozen header, a filter, percent formats and the
 * segment cells coloured. The coded columns (type, trend, risk) are written
 * in the spreadsheet's language with the core's names (`Кормилец`, `рост`,
 * `под угрозой` in Russian; the codes in English); the segments table's
 * reader (shared/segment-value-words.ts) takes either back to the codes.
 *
 * @example
 * writeSegmentsSheet(SpreadsheetApp.getActive(), toSegmentRows(result, 'ru'), 'ru');
 */
import { messages } from '../shared/messages.js';
import type { Lang } from '../shared/options.js';
import { segmentColumns, type SegmentRow } from '../shared/segments-table.js';
import type { CellValue, GasSheet, GasSpreadsheet } from './gas-types.js';
import { sheetMessages } from './messages.js';
import { asText, freshOutputSheet, SEGMENTS_SHEET } from './output-sheet.js';
import { HEADER_COLOUR, segmentColour } from './segment-colours.js';

type Column = (typeof segmentColumns)[number];

/** Number formats by column; text columns are formatted as text before writing so Sheets keeps them as written. */
export const SEGMENT_FORMATS: Record<Column, string> = {
  client: '@',
  name: '@',
  domains: '@',
  emails: '@',
  kam: '@',
  total: '#,##0.00',
  share: '0.00%',
  cum_share: '0.00%',
  rank: '0',
  abc: '@',
  cv: '0.0%',
  xyz: '@',
  segment: '@',
  type: '@',
  trend: '@',
  first_purchase: 'yyyy-mm-dd',
  last_purchase: 'yyyy-mm-dd',
  risk: '@',
  reason: '@',
};

/** The coded columns' words for a language: the codes in English (the table's own format), the core's names in Russian. */
function wordsOf(lang: Lang): Partial<Record<Column, Record<string, string>>> {
  if (lang === 'en') return {};
  const m = messages[lang];
  return { type: m.accountType, trend: m.trend, risk: m.risk };
}

function cellOf(value: SegmentRow[Column], words: Record<string, string> | undefined): CellValue {
  if (value === null) return '';
  const word = (code: string) => words?.[code] ?? code;
  if (Array.isArray(value)) return asText(value.map(word).join('; '));
  return typeof value === 'string' ? asText(word(value)) : value;
}

export function writeSegmentsSheet(spreadsheet: GasSpreadsheet, rows: readonly SegmentRow[], lang: Lang): GasSheet {
  const m = sheetMessages(lang);
  const sheet = freshOutputSheet(spreadsheet, SEGMENTS_SHEET);
  const width = segmentColumns.length;
  const header = sheet.getRange(1, 1, 1, width);
  header.setValues([[...segmentColumns]]);
  header.setNotes([segmentColumns.map((column) => m.segmentsNotes[column])]);
  header.setFontWeight('bold').setBackground(HEADER_COLOUR);
  if (rows.length) {
    const body = sheet.getRange(2, 1, rows.length, width);
    body.setNumberFormats(rows.map(() => segmentColumns.map((column) => SEGMENT_FORMATS[column])));
    const words = wordsOf(lang);
    body.setValues(rows.map((row) => segmentColumns.map((column) => cellOf(row[column], words[column]))));
    const segmentAt = segmentColumns.indexOf('segment') + 1;
    sheet.getRange(2, segmentAt, rows.length, 1).setBackgrounds(rows.map((row) => [segmentColour(row.segment)]));
  }
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, rows.length + 1, width).createFilter();
  sheet.autoResizeColumns(1, segmentColumns.indexOf('reason'));
  sheet.setColumnWidth(width, 480);
  return sheet;
}
