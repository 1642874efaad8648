/**
 * A list of plain rows as CSV in a fixed column order, cells guarded as in
 * the segments table (the portfolio and the win-back list are written so).
 *
 * @example
 * formatRowsCsv(['kam', 'clients'], [{ kam: 'Петров', clients: 7 }]); // 'kam,clients\r\nПетров,7\r\n'
 */
import { csvCell } from '../csv-cell.js';

export function formatRowsCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string | number | boolean | null | undefined>[]): string {
  const cell = (value: string | number | boolean | null | undefined) => csvCell(typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}
