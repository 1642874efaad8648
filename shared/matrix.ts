/**
 * The 3x3 ABC-XYZ matrix: clients, total and share of the total per cell,
 * with the cell's recommended action.
 *
 * @example
 * const cells = buildMatrix([{ abc: 'A', xyz: 'X', total: 80 }, { abc: 'C', xyz: 'Z', total: 20 }], 'en');
 * cells.find((c) => c.cell === 'AX')?.share; // 0.8
 */
import type { AbcClass } from './abc.js';
import { messages, type CellCode } from './messages.js';
import type { Lang } from './options.js';
import type { XyzClass } from './xyz.js';

export const cellCodes: readonly CellCode[] = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ'];

export type MatrixCell = {
  cell: CellCode;
  clients: number;
  /** Sum of the clients' totals of the measure. */
  total: number;
  /** Share of the sum of positive totals, as in ABC. */
  share: number;
  action: string;
};

export function buildMatrix(clients: readonly { abc: AbcClass; xyz: XyzClass; total: number }[], lang: Lang): MatrixCell[] {
  const cells = new Map<CellCode, MatrixCell>(cellCodes.map((cell) => [cell, { cell, clients: 0, total: 0, share: 0, action: messages[lang].cellAction[cell] }]));
  let positive = 0;
  for (const client of clients) {
    const cell = cells.get(`${client.abc}${client.xyz}`)!;
    cell.clients++;
    cell.total += client.total;
    if (client.total > 0) {
      cell.share += client.total;
      positive += client.total;
    }
  }
  for (const cell of cells.values()) cell.share = positive > 0 ? cell.share / positive : 0;
  return [...cells.values()];
}
