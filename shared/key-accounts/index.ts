/**
 * Key accounts: the dossier (accounts table), the key-client score and its
 * tiers, class movement between windows, KAM portfolios and the win-back
 * list. Pure TypeScript, used by the CLI, the Sheets add-on and the extension.
 *
 * @example
 * import { readAccountsCsv, scoreClients, compareWindows, portfolioRows, winbackRows } from './shared/key-accounts/index.js';
 */
export * from './account.js';
export * from './account-headers.js';
export * from './answers.js';
export * from './read-accounts.js';
export * from './account-cells.js';
export * from './messages.js';
export * from './score-options.js';
export * from './score.js';
export * from './score-reasons.js';
export * from './movement.js';
export * from './lapse-history.js';
export * from './portfolio.js';
export * from './winback.js';
export * from './rows-csv.js';
export * from './row-fields.js';
