/**
 * The CSV import: bytes or text of a sales export to Transactions, with a
 * report of what was read, used and rejected.
 *
 * @example
 * import { importTransactions } from '../shared/import/index.js';
 * const { transactions, report } = importTransactions(bytes, { lang: 'ru' });
 */
export {
  createTransactionImporter,
  ImportError,
  ImportOptionsSchema,
  importTransactions,
  type ImportOptions,
  type ImportOptionsInput,
  type ImportReport,
  type TransactionImporter,
} from './import-csv.js';
export { createStreamDecoder, decodeBytes, type Encoding, type EncodingOption } from './decode.js';
export { parseNumber, settleDecimalMark, type DecimalMark } from './numbers.js';
export { excelSerialToIso, parseDate, type DateOrder } from './dates.js';
export { settleDateOrder } from './date-order.js';
export { findColumns, normalizeHeader, resolveColumns, type ColumnChoice, type ColumnMap } from './columns.js';
export { detectDelimiter, type Delimiter } from './delimiter.js';
export { RoleSchema, type Role } from './roles.js';
export { importMessages, type ImportLang, type ImportMessages } from './messages.js';
export type { RowRejection } from './rows.js';
