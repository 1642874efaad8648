/**
 * `=ABCXYZ(clients, dates, amounts, [options])`: raw transaction columns to
 * a table with a header row and one row per client, sorted by total
 * descending: client, total, share, cumulative share, ABC, CV, XYZ, segment.
 * Shares and CV are fractions (blank where the core has none: cumulative
 * share of a client with no positive total, CV of a series whose mean is not
 * positive). `amounts` is one column of revenue, or adjacent columns
 * revenue, profit, quantity for `measure=profit` / `measure=quantity`.
 * Client ids come back in their own type (a numeric INN as a number, so a
 * lookup from a numeric list finds it). A first row of labels is a header
 * and skipped; rows with a blank client are skipped; a bad row stops the
 * function or, with `errors=skip`, is counted in a last row.
 *
 * @example
 * abcxyzFunction([['c1'], ['c2'], ['']], [[new Date(2024, 0, 5)], [new Date(2024, 1, 5)], ['']], [[900], ['100'], ['']]);
 * // [['Client', 'Total', ...], ['c1', 900, 0.9, 0.9, 'A', 0, 'X'...], ['c2', 100, 0.1, 1, 'B', ...]]
 */
import { createSegmenter } from '../../shared/segment.js';
import type { Transaction } from '../../shared/transaction.js';
import { readNumberCell } from '../cells.js';
import { readColumnTransactions, settleReading, type RowProblem, type TransactionColumns } from '../column-transactions.js';
import type { CellValue } from '../gas-types.js';
import { columnOf, requireArg, toGrid, type Grid } from '../grid.js';
import { hasHeaderRow } from '../header-row.js';
import type { SheetMessages } from '../messages.js';
import { readDateCell } from '../sheet-dates.js';
import { beginCall, withNote } from './call.js';

const MEASURE_COLUMN = { revenue: 1, profit: 2, quantity: 3 } as const;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The amounts range as rows of up to three cells; a single row of many cells is a row-wise column. */
function amountRows(arg: unknown, rows: number, m: SheetMessages): Grid {
  requireArg(arg, 'amounts', m);
  const grid = toGrid(arg);
  if (grid.length === 1 && rows > 1 && grid[0].length === rows) return grid[0].map((value) => [value]);
  const width = grid[0]?.length ?? 0;
  if (width > 3) throw new Error(m.tooManyAmountColumns(width));
  return grid;
}

function problemText(problem: RowProblem, m: SheetMessages): string {
  if (problem.role === 'date') return problem.kind === 'empty' ? m.noDate : m.notADate(problem.value);
  if (problem.role === 'amount' && problem.kind === 'empty') return m.noAmount;
  return m.notANumber(problem.value);
}

export function abcxyzFunction(clients: unknown, dates: unknown, amounts: unknown, options?: unknown): (string | number)[][] {
  const call = beginCall(options);
  const { m, options: o } = call;
  const clientCells = columnOf(clients, 'clients', m);
  const dateCells = columnOf(dates, 'dates', m);
  const amountGrid = amountRows(amounts, clientCells.length, m);
  if (clientCells.length !== dateCells.length || clientCells.length !== amountGrid.length) {
    throw new Error(m.lengthsDiffer(`${clientCells.length}, ${dateCells.length}, ${amountGrid.length}`));
  }
  const measure = o.segment.measure ?? 'revenue';
  const width = amountGrid[0]?.length ?? 1;
  if (MEASURE_COLUMN[measure] > width) throw new Error(m.noMeasureColumn(measure, MEASURE_COLUMN[measure]));

  const columns: TransactionColumns = { client: clientCells, date: dateCells, amount: amountGrid.map((row) => row[0]) };
  if (width >= 2) columns.profit = amountGrid.map((row) => row[1]);
  if (width >= 3) columns.quantity = amountGrid.map((row) => row[2]);
  const reading = settleReading(columns, call.dayOf, o.dates, call.read, call.context.dateOrder);

  // A header row (labels over dates and numbers) is left out, as QUERY does.
  const firstRows = clientCells.slice(0, 21).map((client, i): CellValue[] => [client, dateCells[i], amountGrid[i][0]]);
  const isValue = (v: CellValue, c: number) => (c === 1 ? readDateCell(v, reading.dayOf, reading.dateOrder) !== null : c === 2 ? readNumberCell(v, call.read) !== null : false);
  const header = hasHeaderRow(firstRows, isValue, o.headers);
  if (header) for (const column of Object.values(columns)) column[0] = '';

  const segmenter = createSegmenter(o.segment);
  // Ids in their own type: the first cell seen for each id is what the table shows.
  const ids = new Map<string, string | number>();
  let first = '';
  let last = '';
  let measured = 0;
  const add = (t: Transaction, index: number) => {
    if (!ids.has(t.client)) ids.set(t.client, typeof clientCells[index] === 'number' ? (clientCells[index] as number) : t.client);
    if (first === '' || t.date < first) first = t.date;
    if (t.date > last) last = t.date;
    if (measure === 'revenue' || t[measure] !== undefined) measured++;
    segmenter.add(t);
  };
  readColumnTransactions(columns, reading, add, (problem) => call.bad.report(problem.index + 1, problemText(problem, m)));
  const result = segmenter.finish();
  // A window that misses every row would spill just the header, which reads as "no data".
  if (result.clients.length === 0 && first !== '') throw new Error(m.noClientsInWindow(o.segment.from ?? first, o.segment.to ?? last, first, last));
  if (measure !== 'revenue' && measured === 0 && first !== '') throw new Error(m.emptyMeasure(measure));
  const rows = result.clients.map((c) => [
    ids.get(c.client) ?? c.client,
    round(c.total, 2),
    round(c.share, 6),
    c.abcFlag ? '' : round(c.cumShare, 6),
    c.abc,
    Number.isFinite(c.cv) ? round(c.cv, 4) : '',
    c.xyz,
    c.segment,
  ]);
  const table: (string | number)[][] = o.header ? [m.abcxyzHeader, ...rows] : rows;
  return withNote(table, call.bad.note(), m.abcxyzHeader.length);
}
