/**
 * `=XYZ(series, [x], [y], [options])`: each row is one client's amounts per
 * period (a blank cell is a period without sales); gives the row's XYZ
 * class by the coefficient of variation, the core's way (population
 * deviation, X up to 10%, Y up to 25%). A row with no numbers at all stays
 * blank. A single column of several rows (`=XYZ(B2:B13)`, one client's
 * months down a column) is read as one series and gives one class. A first
 * row of labels over the numbers (month names) is a header.
 *
 * @example
 * xyzFunction([[10, 10, 10], [10, '', 30], ['', '', '']]); // [['X'], ['Z'], ['']]
 * xyzFunction([[10], [11], [9]]); // 'X'   (one series down a column)
 */
import { coefficientOfVariation } from '../../shared/variation.js';
import { classifyXyz } from '../../shared/xyz.js';
import { isBlank, readNumberCell } from '../cells.js';
import { likeArg, requireArg, toGrid, type Grid } from '../grid.js';
import { hasHeaderRow } from '../header-row.js';
import { checkXyz, defaultDeviation, defaultXyz, shareArg } from '../thresholds.js';
import { beginCall, thresholdsAndOptions, withNote, type Call } from './call.js';

/** The amounts of one series, blanks as zero; null (after reporting) when a cell is not a number. */
function seriesOf(cells: Grid[number], row: (i: number) => number, call: Call): number[] | null {
  const amounts: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (isBlank(value)) {
      amounts.push(0);
      continue;
    }
    const amount = readNumberCell(value, call.read);
    if (amount === null) {
      call.bad.report(row(i), call.m.notANumber(String(value)));
      return null;
    }
    amounts.push(amount);
  }
  return amounts;
}

export function xyzFunction(series: unknown, x?: unknown, y?: unknown, options?: unknown): string | string[][] {
  const split = thresholdsAndOptions([x, y], options);
  const call = beginCall(split.options);
  const { m } = call;
  requireArg(series, 'series', m);
  const given = call.options.segment.xyz;
  const thresholds = checkXyz(shareArg(split.thresholds[0], 'x', given?.x ?? defaultXyz.x, m), shareArg(split.thresholds[1], 'y', given?.y ?? defaultXyz.y, m), m);
  const deviation = given?.deviation ?? defaultDeviation;
  const grid = toGrid(series);
  const header = hasHeaderRow(grid, (v) => readNumberCell(v, call.read) !== null, call.options.headers);
  const first = header ? 1 : 0;

  if (grid.length - first > 1 && grid.every((row) => row.length === 1)) {
    const amounts = seriesOf(grid.slice(first).map((row) => row[0]), (i) => first + i + 1, call);
    const xyz = amounts && !amounts.every((a, i) => a === 0 && isBlank(grid[first + i][0])) ? classifyXyz(coefficientOfVariation(amounts, deviation), thresholds) : '';
    const note = call.bad.note();
    return note === null ? xyz : [[xyz], [note]];
  }

  const classes: string[][] = [];
  if (header && call.options.header) classes.push([m.functionHeaders.xyz]);
  for (let r = first; r < grid.length; r++) {
    const row = grid[r];
    if (row.every((value) => isBlank(value))) {
      classes.push(['']);
      continue;
    }
    const amounts = seriesOf(row, () => r + 1, call);
    classes.push([amounts ? classifyXyz(coefficientOfVariation(amounts, deviation), thresholds) : '']);
  }
  return likeArg(series, withNote(classes, call.bad.note(), 1));
}
