/**
 * The `Segments` sheet filled page by page from BigQuery's result, across
 * short server calls. A page always lands at the row after the last whole
 * page, so writing the same page twice (a retry after a failure mid-way)
 * overwrites it in place: the sheet never holds a duplicate or a gap. When
 * the last page is in, the filter is laid over every row and the `ABC-XYZ`
 * sheet is made from the sheet's own columns, exactly as a one-shot run
 * leaves them, so sharing and the extension work unchanged.
 *
 * @example
 * startSegmentsSheet(spreadsheet, 'en');
 * writeSegmentsPage(spreadsheet, 0, rows, 1200, options);
 * finishSegmentsSheets(spreadsheet, 1200, options, window, asOf);
 */
import type { ClientSegment, Segmentation } from '../../shared/segment.js';
import { buildMatrix } from '../../shared/matrix.js';
import type { SegmentOptions } from '../../shared/options.js';
import { paretoSummary } from '../../shared/pareto.js';
import { explainClient, reasonLine } from '../../shared/reasons.js';
import { segmentColumns, toSegmentRows, type SegmentRow } from '../../shared/segments-table.js';
import { segmentationFromRows, type SqlRow } from '../../shared/sql/segmentation-from-rows.js';
import type { CellValue, GasSpreadsheet } from '../gas-types.js';
import { writeMatrixSheet } from '../matrix-sheet.js';
import { asText, SEGMENTS_SHEET } from '../output-sheet.js';
import { segmentColour } from '../segment-colours.js';
import { SEGMENT_FORMATS, writeSegmentsSheet } from '../segments-sheet.js';

/** Rows per page: one page is one short call, well inside the 30-second limit of a sidebar call. */
export const PAGE_ROWS = 5000;
/** A spreadsheet holds 10 million cells. */
export const SHEET_CELLS = 10_000_000;

const at = (column: (typeof segmentColumns)[number]) => segmentColumns.indexOf(column);

function cellOf(value: SegmentRow[(typeof segmentColumns)[number]]): CellValue {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'string' ? asText(value) : value;
}

/** An empty Segments sheet with its header and column notes (the previous run's rows go). */
export function startSegmentsSheet(spreadsheet: GasSpreadsheet, lang: SegmentOptions['lang']): void {
  writeSegmentsSheet(spreadsheet, [], lang);
}

/** Writes page rows at data row `offset` (0-based): the same page at the same place, however often it is written. */
export function writeSegmentsPage(spreadsheet: GasSpreadsheet, offset: number, page: readonly SqlRow[], totalClients: number, options: SegmentOptions): Segmentation {
  const result = segmentationFromRows(page, options);
  // Reasons say "rank 4 of N": N is every client of the query, not of this page.
  const context = { clients: { length: totalClients }, options };
  const rows = toSegmentRows(result, options.lang, { keyAccounts: false }).map((row, i) => ({ ...row, reason: reasonLine(explainClient(result.clients[i], context, options.lang)) }));
  const sheet = spreadsheet.getSheetByName(SEGMENTS_SHEET) ?? spreadsheet.insertSheet(SEGMENTS_SHEET);
  if (rows.length) {
    const body = sheet.getRange(offset + 2, 1, rows.length, segmentColumns.length);
    body.setNumberFormats(rows.map(() => segmentColumns.map((column) => SEGMENT_FORMATS[column])));
    body.setValues(rows.map((row) => segmentColumns.map((column) => cellOf(row[column]))));
    sheet.getRange(offset + 2, at('segment') + 1, rows.length, 1).setBackgrounds(rows.map((row) => [segmentColour(row.segment)]));
  }
  return result;
}

/** After the last page: the filter over every row, and the ABC-XYZ sheet from the Segments columns. */
export function finishSegmentsSheets(spreadsheet: GasSpreadsheet, written: number, options: SegmentOptions, window: Segmentation['window'], asOf: string | undefined): void {
  const sheet = spreadsheet.getSheetByName(SEGMENTS_SHEET)!;
  const width = segmentColumns.length;
  sheet.getFilter()?.remove();
  sheet.getRange(1, 1, written + 1, width).createFilter();
  sheet.setFrozenRows(1);
  sheet.autoResizeColumns(1, at('reason'));
  const values = written ? sheet.getRange(2, 1, written, width).getValues() : [];
  const clients = values.map(
    (row) =>
      ({
        client: String(row[at('client')]),
        name: String(row[at('name')]),
        total: Number(row[at('total')]),
        cumShare: row[at('cum_share')] === '' ? 0 : Number(row[at('cum_share')]),
        abc: row[at('abc')],
        xyz: row[at('xyz')],
      }) as ClientSegment,
  );
  writeMatrixSheet(spreadsheet, {
    options,
    window,
    asOf,
    clients,
    matrix: buildMatrix(clients, options.lang),
    pareto: paretoSummary(clients.map((c) => c.total)),
    transactions: { used: 0, outsideWindow: 0, rejected: 0, rejections: [] },
  });
}
