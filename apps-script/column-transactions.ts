/**
 * Transactions from columns of Sheets cells (one array per role, rows
 * aligned), as `=ABCXYZ` receives them and as the sidebar reads them.
 * Rows whose client is blank are skipped (open-ended ranges such as `A2:A`
 * bring every empty row below the data); a row with a client but an
 * unreadable date or amount is reported, with its index, to `onProblem`.
 * Text amounts are read with the spreadsheet locale's marks; text dates
 * in the order their own values prove, else the locale's.
 *
 * @example
 * const reading = settleReading({ client: ['c1'], date: ['05.03.2024'], amount: ['1 234,56'] }, createDayReader('UTC'), 'auto', numberReader(localeMarks('ru_RU')), 'dmy');
 * readColumnTransactions({ client: ['c1', ''], date: ['05.03.2024', ''], amount: ['1 234,56', ''] }, reading, (t) => t, () => {});
 * // calls back once with { client: 'c1', date: '2024-03-05', amount: 1234.56 }
 */
import { settleDateOrder } from '../shared/import/date-order.js';
import type { DateOrder } from '../shared/import/dates.js';
import type { Role } from '../shared/import/roles.js';
import type { Transaction } from '../shared/transaction.js';
import { clientOf, isBlank, readNumberCell, type TextNumberReader } from './cells.js';
import type { CellValue } from './gas-types.js';
import type { SheetMessages } from './messages.js';
import { readDateCell } from './sheet-dates.js';

export type TransactionColumns = Partial<Record<Role, CellValue[]>> & Record<'client' | 'date' | 'amount', CellValue[]>;

export type CellReading = { dayOf: (date: Date) => string | null; dateOrder: DateOrder; read: TextNumberReader };

export type RowProblem = { index: number; role: Role; kind: 'empty' | 'unreadable'; value: string };

/** Enough text cells to settle the file's conventions, as the CSV import does with its first rows. */
const SAMPLE = 1000;

function textSample(cells: readonly CellValue[] | undefined): string[] {
  const sample: string[] = [];
  if (!cells) return sample;
  for (let i = 0; i < cells.length && sample.length < SAMPLE; i++) if (typeof cells[i] === 'string' && cells[i] !== '') sample.push(cells[i] as string);
  return sample;
}

/** Day/month order of the dates typed as text (Date and number cells need none): what the values prove, else the locale's. */
export function settleReading(columns: TransactionColumns, dayOf: CellReading['dayOf'], dates: DateOrder | 'auto', read: TextNumberReader, localeOrder: DateOrder): CellReading {
  if (dates !== 'auto') return { dayOf, dateOrder: dates, read };
  const settled = settleDateOrder(textSample(columns.date));
  return { dayOf, dateOrder: settled.assumed ? localeOrder : settled.order, read };
}

const listOf = (value: CellValue): string[] => String(value).split(/[,;]/).map((s) => s.trim()).filter(Boolean);

/** Reads every row; returns how many rows had a client. */
export function readColumnTransactions(
  columns: TransactionColumns,
  reading: CellReading,
  onTransaction: (transaction: Transaction, index: number) => void,
  onProblem: (problem: RowProblem) => void,
): number {
  const { client: clients, date: dates, amount: amounts, profit, quantity, name, email, domain, kam, tags, potential } = columns;
  const { dayOf, dateOrder, read } = reading;
  let withClient = 0;
  for (let i = 0; i < clients.length; i++) {
    const clientCell = clients[i];
    if (isBlank(clientCell)) continue;
    withClient++;
    const dateCell = dates[i];
    const date = isBlank(dateCell) ? undefined : readDateCell(dateCell, dayOf, dateOrder);
    if (!date) {
      onProblem({ index: i, role: 'date', kind: date === undefined ? 'empty' : 'unreadable', value: String(dateCell ?? '') });
      continue;
    }
    const amountCell = amounts[i];
    const amount = readNumberCell(amountCell, read);
    if (amount === null) {
      onProblem({ index: i, role: 'amount', kind: isBlank(amountCell) ? 'empty' : 'unreadable', value: String(amountCell ?? '') });
      continue;
    }
    const t: Transaction = { client: clientOf(clientCell), date, amount };
    if (profit && !readOptionalNumber(t, 'profit', profit[i], read, i, onProblem)) continue;
    if (quantity && !readOptionalNumber(t, 'quantity', quantity[i], read, i, onProblem)) continue;
    if (potential && !readOptionalNumber(t, 'potential', potential[i], read, i, onProblem)) continue;
    if (name && !isBlank(name[i])) t.name = String(name[i]).trim();
    if (email && !isBlank(email[i])) t.email = String(email[i]).trim();
    if (domain && !isBlank(domain[i])) t.domain = String(domain[i]).trim();
    if (kam && !isBlank(kam[i])) t.kam = String(kam[i]).trim();
    if (tags && !isBlank(tags[i])) t.tags = listOf(tags[i]);
    onTransaction(t, i);
  }
  return withClient;
}

function readOptionalNumber(
  t: Transaction,
  role: 'profit' | 'quantity' | 'potential',
  cell: CellValue,
  read: TextNumberReader,
  index: number,
  onProblem: (problem: RowProblem) => void,
): boolean {
  if (isBlank(cell)) return true;
  const value = readNumberCell(cell, read);
  if (value === null) {
    onProblem({ index, role, kind: 'unreadable', value: String(cell) });
    return false;
  }
  t[role] = value;
  return true;
}

/** A problem as the user reads it, `where` being e.g. "row 5". */
export function describeProblem(problem: RowProblem, where: string, m: SheetMessages): string {
  if (problem.role === 'date') return problem.kind === 'empty' ? m.emptyDate(where) : m.badDate(where, problem.value);
  if (problem.role === 'amount' && problem.kind === 'empty') return m.emptyAmount(where);
  return m.badNumber(where, problem.value);
}
