/**
 * The `ABC-XYZ` sheet: the 3x3 matrix twice (clients, share of the total)
 * with coloured cells, a table of the nine cells with their recommended
 * actions, the Pareto summary, and the Pareto chart with its data.
 *
 * Layout (1-based), everything important in the first screen from the
 * left edge: title A1, subtitle A2; clients matrix A4:D7, shares matrix
 * A9:D12 under it; cell table A14:E23 (its wide action column E comes after
 * both matrices); Pareto summary A25:B33; the chart beside the matrices at
 * F4; its data in L:O from row 1.
 *
 * @example
 * writeMatrixSheet(SpreadsheetApp.getActive(), segment(transactions, { lang: 'en' }));
 */
import type { CellCode } from '../shared/messages.js';
import type { Segmentation } from '../shared/segment.js';
import type { CellValue, GasSheet, GasSpreadsheet } from './gas-types.js';
import { sheetMessages } from './messages.js';
import { asText, freshOutputSheet, MATRIX_SHEET } from './output-sheet.js';
import { insertParetoChart, PARETO_DATA_COLUMN } from './pareto-chart.js';
import { HEADER_COLOUR, segmentColour } from './segment-colours.js';

const ABC = ['A', 'B', 'C'] as const;
/** First row of the table of the nine cells, and of the Pareto summary. */
export const TABLE_ROW = 14;
export const SUMMARY_ROW = 25;
const XYZ = ['X', 'Y', 'Z'] as const;

function writeGrid(sheet: GasSheet, row: number, column: number, label: string, value: (cell: CellCode) => number, format: string): void {
  sheet.getRange(row, column, 1, 4).setValues([[label, ...XYZ]]).setFontWeight('bold').setBackground(HEADER_COLOUR);
  sheet.getRange(row + 1, column, 3, 1).setValues(ABC.map((abc) => [abc])).setFontWeight('bold').setBackground(HEADER_COLOUR);
  const cells = sheet.getRange(row + 1, column + 1, 3, 3);
  cells.setValues(ABC.map((abc) => XYZ.map((xyz) => value(`${abc}${xyz}`))));
  cells.setNumberFormat(format).setBackgrounds(ABC.map((abc) => XYZ.map((xyz) => segmentColour(`${abc}${xyz}`)))).setHorizontalAlignment('center');
}

export function writeMatrixSheet(spreadsheet: GasSpreadsheet, result: Segmentation): GasSheet {
  const { lang, measure, period } = result.options;
  const m = sheetMessages(lang);
  const t = m.matrix;
  const sheet = freshOutputSheet(spreadsheet, MATRIX_SHEET);
  const byCell = new Map(result.matrix.map((cell) => [cell.cell, cell]));

  sheet.getRange(1, 1).setValues([[t.title]]).setFontWeight('bold').setFontSize(14);
  const window = result.window;
  sheet.getRange(2, 1).setValues([[t.subtitle(m.measures[measure], m.periods[period], window?.from ?? '—', window?.to ?? '—')]]);

  writeGrid(sheet, 4, 1, t.clients, (cell) => byCell.get(cell)?.clients ?? 0, '0');
  writeGrid(sheet, 9, 1, t.share, (cell) => byCell.get(cell)?.share ?? 0, '0.0%');

  sheet.getRange(TABLE_ROW, 1, 1, 5).setValues([[t.segment, t.clients, t.total, t.share, t.action]]).setFontWeight('bold').setBackground(HEADER_COLOUR);
  const table = sheet.getRange(TABLE_ROW + 1, 1, result.matrix.length, 5);
  table.setValues(result.matrix.map((cell): CellValue[] => [cell.cell, cell.clients, cell.total, cell.share, asText(cell.action)]));
  table.setNumberFormats(result.matrix.map(() => ['@', '0', '#,##0', '0.0%', '@']));
  sheet.getRange(TABLE_ROW + 1, 1, result.matrix.length, 1).setBackgrounds(result.matrix.map((cell) => [segmentColour(cell.cell)])).setFontWeight('bold');
  sheet.getRange(TABLE_ROW + 1, 5, result.matrix.length, 1).setWrap(true);

  const p = result.pareto;
  const summary: [string, number, string][] = [
    [t.paretoClients, p.clients, '0'],
    [t.paretoTotal, p.total, '#,##0'],
    [t.paretoTop(p.topFraction), p.topShare, '0.0%'],
    [t.paretoTarget(p.target), p.clientsForTarget, '0'],
    [t.paretoTargetShare(p.target), p.clientShareForTarget, '0.0%'],
    [t.gini, p.gini, '0.000'],
    [t.hhi, p.hhi, '0.0000'],
    [t.largest, p.largestShare, '0.0%'],
  ];
  sheet.getRange(SUMMARY_ROW, 1).setValues([[t.pareto]]).setFontWeight('bold').setFontSize(12);
  const summaryRange = sheet.getRange(SUMMARY_ROW + 1, 1, summary.length, 2);
  summaryRange.setValues(summary.map(([label, value]) => [label, value]));
  summaryRange.setNumberFormats(summary.map(([, , format]) => ['@', format]));

  insertParetoChart(sheet, result, t);

  sheet.setColumnWidth(1, 260);
  for (const column of [2, 3, 4]) sheet.setColumnWidth(column, 90);
  sheet.setColumnWidth(5, 520);
  sheet.setColumnWidth(PARETO_DATA_COLUMN, 160);
  return sheet;
}
