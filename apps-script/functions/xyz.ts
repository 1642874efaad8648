/**
 * `=XYZ(series, [x], [y])`: each row is one client's amounts per period
 * (a blank cell is a period without sales); gives the row's XYZ class by the
 * coefficient of variation, the core's way (population deviation, X up to
 * 10%, Y up to 25%). A row with no numbers at all stays blank.
 *
 * @example
 * xyzFunction([[10, 10, 10], [10, '', 30], ['', '', '']]); // [['X'], ['Z'], ['']]
 */
import { settleDecimalMark } from '../../shared/import/numbers.js';
import { SegmentOptionsSchema } from '../../shared/options.js';
import { coefficientOfVariation } from '../../shared/variation.js';
import { classifyXyz } from '../../shared/xyz.js';
import { isBlank, readNumberCell } from '../cells.js';
import type { CellValue } from '../gas-types.js';
import { likeArg, requireArg, toGrid } from '../grid.js';
import { sheetMessages } from '../messages.js';
import { spreadsheetContext } from '../spreadsheet-context.js';
import { checkXyz, defaultXyz, shareArg } from '../thresholds.js';

const deviation = SegmentOptionsSchema.parse({}).xyz.deviation;

export function xyzFunction(series: unknown, x?: CellValue, y?: CellValue): string | string[][] {
  const m = sheetMessages(spreadsheetContext().lang);
  requireArg(series, 'series', m);
  const thresholds = checkXyz(shareArg(x, 'x', defaultXyz.x, m), shareArg(y, 'y', defaultXyz.y, m), m);
  const grid = toGrid(series);
  const texts = grid.flat().filter((v): v is string => typeof v === 'string' && v !== '').slice(0, 1000);
  const decimalMark = settleDecimalMark(texts);
  const classes = grid.map((row, r) => {
    if (row.every((value) => isBlank(value))) return [''];
    const amounts = row.map((value) => {
      if (isBlank(value)) return 0;
      const amount = readNumberCell(value, decimalMark);
      if (amount === null) throw new Error(m.badNumber(m.row(r + 1), String(value)));
      return amount;
    });
    return [classifyXyz(coefficientOfVariation(amounts, deviation), thresholds)];
  });
  return likeArg(series, classes);
}
