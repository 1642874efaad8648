/**
 * The Pareto chart of the `ABC-XYZ` sheet: one bar per client with a
 * positive total, largest first, and the cumulative share as a line on a
 * second (percent) axis, built with EmbeddedChartBuilder as a combo chart
 * over data written to the sheet beside it.
 *
 * @example
 * insertParetoChart(sheet, result, sheetMessages('en').matrix);
 */
import type { Segmentation } from '../shared/segment.js';
import type { GasSheet } from './gas-types.js';
import type { SheetMessages } from './messages.js';
import { asText } from './output-sheet.js';

/** Column K: the chart's data, clear of the tables on the left. */
export const PARETO_DATA_COLUMN = 11;

export const PARETO_COLOURS = ['#4e79a7', '#e15759'];

export function insertParetoChart(sheet: GasSheet, result: Segmentation, t: SheetMessages['matrix']): void {
  const clients = result.clients.filter((c) => c.total > 0);
  const data = sheet.getRange(1, PARETO_DATA_COLUMN, clients.length + 1, 3);
  data.setValues([[t.chartClient, t.chartTotal, t.chartCumulative], ...clients.map((c) => [asText(c.name || c.client), c.total, c.cumShare])]);
  sheet.getRange(1, PARETO_DATA_COLUMN, 1, 3).setFontWeight('bold').setBackground('#e8eaed');
  if (clients.length) {
    sheet.getRange(2, PARETO_DATA_COLUMN + 1, clients.length, 1).setNumberFormat('#,##0');
    sheet.getRange(2, PARETO_DATA_COLUMN + 2, clients.length, 1).setNumberFormat('0.0%');
  }
  const chart = sheet
    .newChart()
    .asComboChart()
    .addRange(data)
    .setNumHeaders(1)
    .setOption('title', t.chartTitle)
    .setOption('colors', PARETO_COLOURS)
    .setOption('legend', { position: 'bottom' })
    .setOption('hAxis', { title: t.chartClient, textPosition: clients.length > 30 ? 'none' : 'out' })
    .setOption('series', { 0: { type: 'bars', targetAxisIndex: 0 }, 1: { type: 'line', targetAxisIndex: 1, lineWidth: 2 } })
    .setOption('vAxes', { 0: { title: t.chartTotal, minValue: 0 }, 1: { title: t.chartCumulative, format: 'percent', minValue: 0, maxValue: 1 } })
    .setOption('width', 760)
    .setOption('height', 380)
    .setPosition(20, 4, 0, 0)
    .build();
  sheet.insertChart(chart);
}
