/**
 * Reads the chosen columns of a transactions sheet (header in row 1, data
 * below), a block of rows at a time so that a large sheet can report
 * progress between blocks. Only the chosen columns are read.
 *
 * @example
 * const columns = readSheetColumns(sheet, { client: 0, date: 1, amount: 2 }, (done, total) => {});
 * columns.client.length; // sheet.getLastRow() - 1
 */
import type { ColumnMap } from '../shared/import/columns.js';
import type { Role } from '../shared/import/roles.js';
import type { TransactionColumns } from './column-transactions.js';
import type { CellValue, GasSheet } from './gas-types.js';

export const BLOCK_ROWS = 20_000;

export function dataRowCount(sheet: GasSheet): number {
  return Math.max(0, sheet.getLastRow() - 1);
}

export function readSheetColumns(sheet: GasSheet, map: ColumnMap, onBlock: (done: number, total: number) => void, blockRows = BLOCK_ROWS): TransactionColumns {
  const total = dataRowCount(sheet);
  const roles = Object.keys(map) as Role[];
  const columns: Partial<Record<Role, CellValue[]>> = {};
  for (const role of roles) columns[role] = [];
  for (let start = 0; start < total; start += blockRows) {
    const rows = Math.min(blockRows, total - start);
    for (const role of roles) {
      const values = sheet.getRange(2 + start, (map[role] as number) + 1, rows, 1).getValues();
      const into = columns[role] as CellValue[];
      for (let i = 0; i < values.length; i++) into.push(values[i][0]);
    }
    onBlock(start + rows, total);
  }
  return columns as TransactionColumns;
}
