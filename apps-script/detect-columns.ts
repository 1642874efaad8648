/**
 * Which column of the active sheet holds what, from its header row, by the
 * import's RU/EN header names (findColumns). Unlike the CSV import the
 * sidebar wants every column it can find even when a required one is
 * missing (`required: []`), so that the user only fills in the gap; Run
 * checks the required columns.
 *
 * @example
 * detectColumns(['Order Date', 'Customer ID', 'Customer Name', 'Sales'], 'en');
 * // { client: 1, name: 2, date: 0, amount: 3 }
 * detectColumns(['Customer', 'Sales'], 'en'); // { client: 0, amount: 1 }
 */
import { findColumns, type ColumnMap } from '../shared/import/columns.js';
import type { Lang } from '../shared/options.js';

export function detectColumns(headers: readonly unknown[], lang: Lang): ColumnMap {
  return findColumns(headers.map((h) => String(h ?? '')), {}, lang, true, []);
}
