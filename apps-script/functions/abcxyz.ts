/**
 * `=ABCXYZ(clients, dates, amounts, [options])`: raw transaction columns to
 * a table with a header row and one row per client, sorted by total
 * descending: client, total, share, cumulative share, ABC, CV, XYZ, segment.
 * Shares and CV are fractions (blank where the core has none: cumulative
 * share of a client with no positive total, CV of a series whose mean is not
 * positive). `amounts` is one column of revenue, or adjacent columns
 * revenue, profit, quantity for `measure=profit` / `measure=quantity`.
 *
 * @example
 * abcxyzFunction([['c1'], ['c2'], ['']], [[new Date(2024, 0, 5)], [new Date(2024, 1, 5)], ['']], [[900], ['100'], ['']]);
 * // [['Client', 'Total', ...], ['c1', 900, 0.9, 0.9, 'A', 0, 'X'...], ['c2', 100, 0.1, 1, 'B', ...]]
 */
import { createSegmenter } from '../../shared/segment.js';
import { toSegmentRows } from '../../shared/segments-table.js';
import { describeProblem, readColumnTransactions, settleReading, type TransactionColumns } from '../column-transactions.js';
import type { CellValue } from '../gas-types.js';
import { columnOf, requireArg, toGrid, type Grid } from '../grid.js';
import { parseFunctionOptions } from '../function-options.js';
import { sheetMessages, type SheetMessages } from '../messages.js';
import { createDayReader } from '../sheet-dates.js';
import { spreadsheetContext } from '../spreadsheet-context.js';

const MEASURE_COLUMN = { revenue: 1, profit: 2, quantity: 3 } as const;

/** The amounts range as rows of up to three cells; a single row of many cells is a row-wise column. */
function amountRows(arg: unknown, rows: number, m: SheetMessages): Grid {
  requireArg(arg, 'amounts', m);
  const grid = toGrid(arg);
  if (grid.length === 1 && rows > 1 && grid[0].length === rows) return grid[0].map((value) => [value]);
  const width = grid[0]?.length ?? 0;
  if (width > 3) throw new Error(m.tooManyAmountColumns(width));
  return grid;
}

export function abcxyzFunction(clients: unknown, dates: unknown, amounts: unknown, options?: CellValue): (string | number)[][] {
  const context = spreadsheetContext();
  const options_ = parseFunctionOptions(options, context.lang);
  const m = sheetMessages(options_.lang);
  const clientCells = columnOf(clients, 'clients', m);
  const dateCells = columnOf(dates, 'dates', m);
  const amountGrid = amountRows(amounts, clientCells.length, m);
  if (clientCells.length !== dateCells.length || clientCells.length !== amountGrid.length) {
    throw new Error(m.lengthsDiffer(`${clientCells.length}, ${dateCells.length}, ${amountGrid.length}`));
  }
  const measure = options_.segment.measure ?? 'revenue';
  const width = amountGrid[0]?.length ?? 1;
  if (MEASURE_COLUMN[measure] > width) throw new Error(m.noMeasureColumn(measure, MEASURE_COLUMN[measure]));

  const columns: TransactionColumns = { client: clientCells, date: dateCells, amount: width === 1 ? columnOf(amountGrid, 'amounts', m) : amountGrid.map((row) => row[0]) };
  if (width >= 2) columns.profit = amountGrid.map((row) => row[1]);
  if (width >= 3) columns.quantity = amountGrid.map((row) => row[2]);
  const reading = settleReading(columns, createDayReader(context.timeZone), options_.dates);
  const segmenter = createSegmenter(options_.segment);
  readColumnTransactions(columns, reading, segmenter.add, (problem) => {
    throw new Error(describeProblem(problem, m.row(problem.index + 1), m));
  });
  // Only the class columns are shown: no key-account score (and its reason) to work out.
  const rows = toSegmentRows(segmenter.finish(), undefined, { keyAccounts: false });
  return [m.abcxyzHeader, ...rows.map((r) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment])];
}
