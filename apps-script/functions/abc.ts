/**
 * `=ABC(values, [a], [b], [options])`: the ABC class of each total, aligned
 * with the input cells; blank cells stay blank. Thresholds default to the
 * core's (80% / 95%, the `before` rule). A first row of labels is a header
 * (its cell gets "ABC"); with `errors=skip` unreadable cells stay blank and
 * a last row says how many were skipped.
 *
 * @example
 * abcFunction([[500], [300], [''], [150], [50]]); // [['A'], ['A'], [''], ['B'], ['C']]
 * abcFunction([['Total'], [500], ['#N/A']], 'errors=skip'); // [['ABC'], ['A'], [''], ['Skipped 1 row: …']]
 */
import { rankAbc } from '../../shared/abc.js';
import { likeArg, requireArg, toGrid } from '../grid.js';
import { blankLike, rangeNumbers } from '../range-numbers.js';
import { checkAbc, defaultAbc, shareArg } from '../thresholds.js';
import { beginCall, thresholdsAndOptions, withNote } from './call.js';

export function abcFunction(values: unknown, a?: unknown, b?: unknown, options?: unknown): string | string[][] {
  const split = thresholdsAndOptions([a, b], options);
  const call = beginCall(split.options);
  const { m } = call;
  requireArg(values, 'values', m);
  const [ta, tb] = split.thresholds;
  const rule = call.options.segment.abc?.rule ?? defaultAbc.rule;
  const given = call.options.segment.abc;
  const thresholds = checkAbc(shareArg(ta, 'a', given?.a ?? defaultAbc.a, m), shareArg(tb, 'b', given?.b ?? defaultAbc.b, m), rule, m);
  const grid = toGrid(values);
  const { header, items, rows, columns } = rangeNumbers(grid, call);
  const result = blankLike<string>(grid, header, m.functionHeaders.abc);
  for (const rank of rankAbc(items, thresholds)) result[rows[rank.index]][columns[rank.index]] = rank.abc;
  if (header && !call.options.header) result.shift();
  return likeArg(values, withNote(result, call.bad.note(), grid[0]?.length ?? 1));
}
