/**
 * The scoring core's public API: everything the CLI, the Sheets add-on and
 * the extension use. Pure TypeScript: no DOM, no Node built-ins, no globals.
 *
 * @example
 * import { segment, toSegmentRows, formatSegmentsCsv } from './shared/index.js';
 * const csv = formatSegmentsCsv(toSegmentRows(segment(transactions, { lang: 'ru' })));
 */
export * from './transaction.js';
export * from './options.js';
export * from './calendar.js';
export * from './periods.js';
export * from './variation.js';
export * from './median.js';
export * from './boundary.js';
export * from './magnitude.js';
export * from './abc.js';
export * from './xyz.js';
export * from './frequency.js';
export * from './trend.js';
export * from './risk.js';
export * from './pareto.js';
export * from './matrix.js';
export * from './account-types.js';
export * from './messages.js';
export * from './format.js';
export * from './reasons.js';
export * from './segment.js';
export * from './csv-cell.js';
export * from './segments-table.js';
export * from './import/index.js';
export * from './key-accounts/index.js';
