/**
 * The bundle entry of the BigQuery build (`npm run build:sheets -- --bigquery`):
 * everything the plain add-on exports, its menu with the BigQuery item, and
 * the BigQuery sidebar's server calls. Local exports win over `export *`, so
 * `onOpen` here replaces the plain one.
 *
 * @example
 * // bigquery/globals.js
 * function kamBigQueryStep(runId) { return kamCore_().bigQueryStep(runId); }
 */
export * from '../main.js';
export { onOpen, onInstall, showBigQuerySidebar } from './menu.js';
export { bigQueryEstimate, bigQueryStart, bigQueryStep } from './run.js';
