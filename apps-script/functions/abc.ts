/**
 * `=ABC(values, [a], [b])`: the ABC class of each total, aligned with the
 * input cells; blank cells stay blank. Thresholds default to the core's
 * (80% / 95%, the `before` rule).
 *
 * @example
 * abcFunction([[500], [300], [''], [150], [50]]); // [['A'], ['A'], [''], ['B'], ['C']]
 */
import { rankAbc } from '../../shared/abc.js';
import type { CellValue } from '../gas-types.js';
import { likeArg, requireArg, reshape, toGrid } from '../grid.js';
import { sheetMessages } from '../messages.js';
import { cellId, rangeNumbers } from '../range-numbers.js';
import { spreadsheetContext } from '../spreadsheet-context.js';
import { checkAbc, defaultAbc, shareArg } from '../thresholds.js';

export function abcFunction(values: unknown, a?: CellValue, b?: CellValue): string | string[][] {
  const m = sheetMessages(spreadsheetContext().lang);
  requireArg(values, 'values', m);
  const thresholds = checkAbc(shareArg(a, 'a', defaultAbc.a, m), shareArg(b, 'b', defaultAbc.b, m), defaultAbc.rule, m);
  const grid = toGrid(values);
  const classes = new Map(rankAbc(rangeNumbers(grid, m), thresholds).map((r) => [r.client, r.abc]));
  return likeArg(values, reshape(grid, (_, r, c) => classes.get(cellId(r, c)) ?? ''));
}
