/**
 * The few places where DuckDB and BigQuery spell the same thing differently.
 * Each fragment is a type name or a one-function expression, never a clause:
 * the logic lives once, in segmentation-sql.ts, and a test checks that both
 * dialects' queries are that one template with only these fragments swapped.
 *
 * @example
 * dialects.bigquery.param('abc_a'); // '@abc_a'
 * dialects.duckdb.param('abc_a'); // 'CAST($abc_a AS DOUBLE)'
 */
export type DialectName = 'duckdb' | 'bigquery';

export type ParamType = 'INT64' | 'FLOAT64' | 'STRING';

export type Dialect = {
  name: DialectName;
  /** Exact decimal for sums: 38 digits, 9 after the point, in both engines. */
  decimal: string;
  float: string;
  int: string;
  string: string;
  /** A bound parameter of the given type. */
  param(name: string, type: ParamType): string;
  /** A table name already validated as dot-separated identifiers. */
  table(parts: readonly string[]): string;
  column(name: string): string;
  /** Days since 1970-01-01 of a DATE, as the core's `dayNumber`. */
  dayNumber(date: string): string;
  /** An array of the integers from `low` to `high`, to UNNEST as a calendar. */
  integerRange(low: string, high: string): string;
  /** The alias of one UNNESTed column. */
  unnestAlias(table: string, column: string): string;
};

const duckdbTypes: Record<ParamType, string> = { INT64: 'BIGINT', FLOAT64: 'DOUBLE', STRING: 'VARCHAR' };

export const dialects: Record<DialectName, Dialect> = {
  duckdb: {
    name: 'duckdb',
    decimal: 'DECIMAL(38, 9)',
    float: 'DOUBLE',
    int: 'BIGINT',
    string: 'VARCHAR',
    // DuckDB infers a parameter's type from its first use; the cast pins it (and lets NULL bind).
    param: (name, type) => `CAST($${name} AS ${duckdbTypes[type]})`,
    table: (parts) => parts.map((part) => `"${part}"`).join('.'),
    column: (name) => `"${name}"`,
    dayNumber: (date) => `date_diff('day', DATE '1970-01-01', ${date})`,
    integerRange: (low, high) => `generate_series(${low}, ${high})`,
    unnestAlias: (table, column) => `${table}(${column})`,
  },
  bigquery: {
    name: 'bigquery',
    decimal: 'NUMERIC',
    float: 'FLOAT64',
    int: 'INT64',
    string: 'STRING',
    param: (name) => `@${name}`,
    table: (parts) => `\`${parts.join('.')}\``,
    column: (name) => `\`${name}\``,
    dayNumber: (date) => `UNIX_DATE(${date})`,
    integerRange: (low, high) => `GENERATE_ARRAY(${low}, ${high})`,
    unnestAlias: (_table, column) => column,
  },
};
