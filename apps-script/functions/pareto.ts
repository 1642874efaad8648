/**
 * `=PARETO(values)`: each item's cumulative share of the total, counting
 * items from the largest down, aligned with the input cells.
 * `=PARETO_TOP(values, [fraction])`: the share of the total held by the top
 * fraction of items (default 20%). Both follow the core's Pareto rules: only
 * positive values count, so blank, zero and negative cells get a blank.
 *
 * @example
 * paretoFunction([[10], [50], [''], [40]]); // [[1], [0.5], [''], [0.9]]
 * paretoTopFunction([[50], [30], [10], [5], [5]]); // 0.5
 */
import { paretoCurve, paretoSummary } from '../../shared/pareto.js';
import type { CellValue } from '../gas-types.js';
import { likeArg, requireArg, reshape, toGrid } from '../grid.js';
import { sheetMessages } from '../messages.js';
import { cellId, rangeNumbers } from '../range-numbers.js';
import { spreadsheetContext } from '../spreadsheet-context.js';
import { shareArg } from '../thresholds.js';

const DEFAULT_TOP = paretoSummary([]).topFraction;

export function paretoFunction(values: unknown): number | string | (number | string)[][] {
  const m = sheetMessages(spreadsheetContext().lang);
  requireArg(values, 'values', m);
  const grid = toGrid(values);
  const positive = rangeNumbers(grid, m).filter((item) => item.total > 0);
  // The curve's k-th point belongs to the k-th largest value: order the cells the same way (ties top to bottom).
  const ordered = [...positive].sort((p, q) => q.total - p.total || (p.client < q.client ? -1 : 1));
  const curve = paretoCurve(positive.map((item) => item.total));
  const shares = new Map(ordered.map((item, k) => [item.client, curve[k + 1].valueShare]));
  return likeArg(values, reshape(grid, (_, r, c) => shares.get(cellId(r, c)) ?? ''));
}

export function paretoTopFunction(values: unknown, fraction?: CellValue): number {
  const m = sheetMessages(spreadsheetContext().lang);
  requireArg(values, 'values', m);
  const top = shareArg(fraction, 'fraction', DEFAULT_TOP, m);
  if (!(top > 0 && top <= 1)) throw new Error(m.badFraction(String(fraction)));
  return paretoSummary(rangeNumbers(toGrid(values), m).map((item) => item.total), top).topShare;
}
