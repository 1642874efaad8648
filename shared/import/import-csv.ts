/**
 * The public entry point of the CSV import: a whole file (bytes or text) in,
 * transactions and a report out. Same rules as the streaming importer, which
 * it uses; for files too big to hold, use createTransactionImporter.
 *
 * @example
 * const { transactions, report } = importTransactions(bytes, { lang: 'ru' });
 * console.log(`${report.used} of ${report.read} rows used`, report.errors);
 */
import type { Transaction } from '../transaction.js';
import { createTransactionImporter, type ImportReport } from './importer.js';
import type { ImportOptionsInput } from './options.js';

export { createTransactionImporter, type ImportReport, type TransactionImporter } from './importer.js';
export { ImportError } from './import-error.js';
export { ImportOptionsSchema, type ImportOptions, type ImportOptionsInput } from './options.js';

export function importTransactions(
  input: Uint8Array | string,
  options?: ImportOptionsInput,
): { transactions: Transaction[]; report: ImportReport } {
  const transactions: Transaction[] = [];
  const importer = createTransactionImporter(options, (transaction) => transactions.push(transaction));
  importer.push(input);
  const report = importer.end();
  return { transactions, report };
}
