/**
 * The key-account columns of the `Segments` sheet (`score, tier,
 * share_of_wallet, qualified, score_reason`), written to the right of the
 * core columns with their notes, and the filter widened over them, so the
 * sheet's CSV export stays a segments table with the score in it.
 *
 * @example
 * appendScoreColumns(segmentsSheet, toSegmentRows(result, 'ru', extras), 'ru');
 */
import { keyAccountCell, keyAccountColumns } from '../../shared/key-accounts/row-fields.js';
import type { Lang } from '../../shared/options.js';
import { segmentColumns, type SegmentRow } from '../../shared/segments-table.js';
import type { CellValue, GasSheet } from '../gas-types.js';
import { asText } from '../output-sheet.js';
import { HEADER_COLOUR } from '../segment-colours.js';
import { keyAccountSheetMessages } from './messages.js';

const FORMATS: Record<(typeof keyAccountColumns)[number], string> = { score: '0.0', tier: '@', share_of_wallet: '0%', qualified: '@', score_reason: '@' };

export function appendScoreColumns(sheet: GasSheet, rows: readonly SegmentRow[], lang: Lang): void {
  const m = keyAccountSheetMessages(lang);
  const first = segmentColumns.length + 1;
  const width = keyAccountColumns.length;
  const header = sheet.getRange(1, first, 1, width);
  header.setValues([[...keyAccountColumns]]);
  header.setNotes([keyAccountColumns.map((c) => m.scoreNotes[c])]);
  header.setFontWeight('bold').setBackground(HEADER_COLOUR);
  if (rows.length) {
    const body = sheet.getRange(2, first, rows.length, width);
    body.setNumberFormats(rows.map(() => keyAccountColumns.map((c) => FORMATS[c])));
    body.setValues(rows.map((row) => keyAccountColumns.map((c): CellValue => {
      const value = keyAccountCell(row[c]);
      return value === null ? '' : typeof value === 'string' ? asText(value) : value;
    })));
  }
  sheet.getFilter()?.remove();
  sheet.getRange(1, 1, rows.length + 1, first + width - 1).createFilter();
  sheet.setColumnWidth(first + width - 1, 480);
}
