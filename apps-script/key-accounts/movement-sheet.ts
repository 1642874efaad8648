/**
 * The `Movement` sheet: the last 12 periods against the 12 before — the
 * 9x9 summary with new and gone (cells coloured like the matrix), then every
 * client with both classes and the revenue it lost or gained, the largest
 * loss first.
 *
 * @example
 * writeMovementSheet(spreadsheet, compareWindows(current, previous), current, previous, 'ru');
 */
import { cellCodes } from '../../shared/matrix.js';
import type { MovementResult } from '../../shared/key-accounts/movement.js';
import type { Lang } from '../../shared/options.js';
import { periodLabel, periodOf } from '../../shared/periods.js';
import type { Segmentation } from '../../shared/segment.js';
import type { CellValue, GasSheet, GasSpreadsheet } from '../gas-types.js';
import { freshOutputSheet } from '../output-sheet.js';
import { HEADER_COLOUR, segmentColour } from '../segment-colours.js';
import { keyAccountSheetMessages } from './messages.js';
import { MOVEMENT_SHEET } from './sheet-names.js';
import { writeTableSheet } from './table-sheet.js';

export const movementSheetColumns = ['client', 'name', 'kam', 'prev_segment', 'segment', 'movement', 'revenue_before', 'revenue_now', 'change'] as const;

export function writeMovementSheet(spreadsheet: GasSpreadsheet, movement: MovementResult, current: Segmentation, previous: Segmentation, lang: Lang): GasSheet {
  const m = keyAccountSheetMessages(lang);
  const period = current.options.period;
  const label = (date: string) => (date ? periodLabel(periodOf(date, period), period) : '');
  const sheet = freshOutputSheet(spreadsheet, MOVEMENT_SHEET);
  sheet.getRange(1, 1).setValues([[m.movementTitle(label(movement.current.from), label(movement.current.to), label(movement.previous.from), label(movement.previous.to))]]);
  sheet.getRange(1, 1).setFontWeight('bold');
  if (!previous.clients.length) sheet.getRange(2, 1).setValues([[m.movementEmpty]]);

  const columns = [...cellCodes, 'gone'] as const;
  const grid: CellValue[][] = [[m.wasNow, ...columns.map((c) => (c === 'gone' ? m.goneColumn : c))]];
  for (const from of [...cellCodes, 'new'] as const) {
    grid.push([from === 'new' ? m.newRow : from, ...columns.map((to) => (from === 'new' && to === 'gone' ? '' : (movement.summary.get(`${from}>${to}`) ?? 0)))]);
  }
  const summary = sheet.getRange(3, 1, grid.length, grid[0].length);
  summary.setValues(grid);
  sheet.getRange(3, 1, 1, grid[0].length).setFontWeight('bold').setBackground(HEADER_COLOUR);
  sheet.getRange(4, 1, cellCodes.length, 1).setBackgrounds(cellCodes.map((c) => [segmentColour(c)]));
  sheet.getRange(3, 2, 1, cellCodes.length).setBackgrounds([cellCodes.map((c) => segmentColour(c))]);

  const before = new Map(previous.clients.map((c) => [c.client, c]));
  const rows = [
    ...current.clients.map((c) => {
      const p = before.get(c.client);
      const move = movement.byClient.get(c.client)!;
      return { client: c.client, name: c.name || p?.name || '', kam: c.kam || p?.kam || '', prev_segment: move.prevSegment ?? '', segment: c.segment, movement: move.movement, revenue_before: p?.revenue ?? 0, revenue_now: c.revenue, change: c.revenue - (p?.revenue ?? 0) };
    }),
    ...movement.gone.map((p) => ({ client: p.client, name: p.name, kam: p.kam, prev_segment: p.segment, segment: '', movement: 'gone', revenue_before: p.revenue, revenue_now: 0, change: -p.revenue })),
  ].sort((a, b) => a.change - b.change || a.client.localeCompare(b.client));
  const startRow = grid.length + 5;
  sheet.getRange(startRow - 1, 1).setValues([[m.clientsTitle]]);
  sheet.getRange(startRow - 1, 1).setFontWeight('bold');
  const money = '#,##0.00';
  writeTableSheet(spreadsheet, MOVEMENT_SHEET, movementSheetColumns, rows, m.movementNotes, { revenue_before: money, revenue_now: money, change: money }, startRow, sheet);
  sheet.getRange(startRow, 1, rows.length + 1, movementSheetColumns.length).createFilter();
  return sheet;
}
