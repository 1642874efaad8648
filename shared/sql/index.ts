/**
 * The segmentation as SQL for DuckDB and BigQuery: the query, its bound
 * parameters, and the checks on table and column names.
 *
 * @example
 * import { segmentationSql, sqlParameters } from '../shared/sql/index.js';
 * const { sql, params } = { sql: segmentationSql('duckdb', { table: 'transactions' }), params: sqlParameters({}) };
 */
export * from './dialect.js';
export * from './identifier.js';
export * from './parameters.js';
export * from './segmentation-sql.js';
export * from './segmentation-from-rows.js';
