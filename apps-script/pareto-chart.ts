/**
 * The Pareto chart of the `ABC-XYZ` sheet: one bar per client with a
 * positive total, largest first, the cumulative share as a line on a
 * second (percent) axis, and a dashed line at the Pareto target (80%) on
 * that axis, built with EmbeddedChartBuilder as a combo chart over data
 * written to the sheet beside it. Client labels stay readable however many
 * clients there are: shortened, slanted, and only every n-th shown past 30.
 *
 * @example
 * insertParetoChart(sheet, result, sheetMessages('en').matrix);
 */
import type { Segmentation } from '../shared/segment.js';
import type { GasSheet } from './gas-types.js';
import type { SheetMessages } from './messages.js';
import { asText } from './output-sheet.js';

/** Column L: the chart's data, clear of the tables and of the chart. */
export const PARETO_DATA_COLUMN = 12;

export const PARETO_COLOURS = ['#4e79a7', '#e15759', '#9aa0a6'];

/** Labels shown along the axis at most; past that every n-th client is labelled. */
const MAX_LABELS = 30;
const LABEL_LENGTH = 18;

/** A client's label on the axis: its name or id, shortened so that slanted labels do not eat the chart. */
export function axisLabel(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

export function insertParetoChart(sheet: GasSheet, result: Segmentation, t: SheetMessages['matrix']): void {
  const clients = result.clients.filter((c) => c.total > 0);
  const target = result.pareto.target;
  const data = sheet.getRange(1, PARETO_DATA_COLUMN, clients.length + 1, 4);
  data.setNumberFormats([['@', '@', '@', '@'], ...clients.map(() => ['@', '#,##0', '0.0%', '0%'])]);
  data.setValues([[t.chartClient, t.chartTotal, t.chartCumulative, t.chartTarget(target)], ...clients.map((c) => [asText(axisLabel(c.name || c.client)), c.total, c.cumShare, target])]);
  sheet.getRange(1, PARETO_DATA_COLUMN, 1, 4).setFontWeight('bold').setBackground('#e8eaed');
  const every = Math.max(1, Math.ceil(clients.length / MAX_LABELS));
  const chart = sheet
    .newChart()
    .asComboChart()
    .addRange(data)
    .setNumHeaders(1)
    .setOption('title', t.chartTitle)
    .setOption('colors', PARETO_COLOURS)
    .setOption('legend', { position: 'bottom' })
    .setOption('hAxis', { title: t.chartClient, textPosition: 'out', slantedText: true, slantedTextAngle: 45, showTextEvery: every, maxAlternation: 1, textStyle: { fontSize: 9 } })
    .setOption('series', {
      0: { type: 'bars', targetAxisIndex: 0 },
      1: { type: 'line', targetAxisIndex: 1, lineWidth: 2 },
      2: { type: 'line', targetAxisIndex: 1, lineWidth: 1, lineDashStyle: [6, 4], visibleInLegend: true },
    })
    .setOption('vAxes', { 0: { title: t.chartTotal, minValue: 0 }, 1: { title: t.chartCumulative, format: 'percent', minValue: 0, maxValue: 1 } })
    .setOption('width', 760)
    .setOption('height', 380)
    .setPosition(4, 6, 0, 0)
    .build();
  sheet.insertChart(chart);
}
