/**
 * `=PARETO(values, [options])`: each item's cumulative share of the total,
 * counting items from the largest down, aligned with the input cells.
 * `=PARETO_TOP(values, [fraction], [options])`: the share of the total held
 * by the top fraction of items (default 20%). Both follow the core's Pareto
 * rules: only positive values count, so blank, zero and negative cells get
 * a blank. Headers and bad cells as in `=ABC`.
 *
 * @example
 * paretoFunction([[10], [50], [''], [40]]); // [[1], [0.5], [''], [0.9]]
 * paretoTopFunction([[50], [30], [10], [5], [5]]); // 0.5
 */
import { paretoCurve, paretoSummary } from '../../shared/pareto.js';
import { likeArg, requireArg, toGrid } from '../grid.js';
import { blankLike, rangeNumbers } from '../range-numbers.js';
import { shareArg } from '../thresholds.js';
import { beginCall, thresholdsAndOptions, withNote } from './call.js';

const DEFAULT_TOP = paretoSummary([]).topFraction;

export function paretoFunction(values: unknown, options?: unknown): number | string | (number | string)[][] {
  const call = beginCall(options);
  const { m } = call;
  requireArg(values, 'values', m);
  const grid = toGrid(values);
  const { header, items, rows, columns } = rangeNumbers(grid, call);
  const positive = items.map((_, k) => k).filter((k) => items[k].total > 0);
  // The curve's k-th point belongs to the k-th largest value: order the cells the same way (ties top to bottom, as read).
  const ordered = [...positive].sort((p, q) => items[q].total - items[p].total || p - q);
  const curve = paretoCurve(positive.map((k) => items[k].total));
  const result = blankLike<number>(grid, header, m.functionHeaders.pareto);
  ordered.forEach((k, place) => (result[rows[k]][columns[k]] = curve[place + 1].valueShare));
  if (header && !call.options.header) result.shift();
  return likeArg(values, withNote(result, call.bad.note(), grid[0]?.length ?? 1));
}

export function paretoTopFunction(values: unknown, fraction?: unknown, options?: unknown): number | (number | string)[][] {
  const split = thresholdsAndOptions([fraction], options);
  const call = beginCall(split.options);
  const { m } = call;
  requireArg(values, 'values', m);
  const given = split.thresholds[0];
  const top = shareArg(given, 'fraction', DEFAULT_TOP, m);
  if (!(top > 0 && top <= 1)) throw new Error(m.badFraction(String(given)));
  const share = paretoSummary(rangeNumbers(toGrid(values), call).items.map((item) => item.total), top).topShare;
  const note = call.bad.note();
  return note === null ? share : [[share], [note]];
}
