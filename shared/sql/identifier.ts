/**
 * Table and column names are the only parts of the query not bound as
 * parameters (no engine binds identifiers), so they are checked here and
 * rejected unless they are plain identifiers: `transactions`,
 * `dataset.table`, `project.dataset.table` (a BigQuery project id may hold
 * dashes). Anything else, a quote, a space, a semicolon, never reaches SQL.
 *
 * @example
 * tableParts('my-project.sales.transactions'); // ['my-project', 'sales', 'transactions']
 * tableParts('sales; DROP TABLE x'); // throws SqlNameError
 */
export class SqlNameError extends Error {}

const part = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const project = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export function tableParts(name: string): string[] {
  const parts = name.trim().split('.');
  const ok =
    parts.length >= 1 &&
    parts.length <= 3 &&
    parts.every((p, i) => (i === 0 && parts.length === 3 ? project.test(p) : part.test(p)));
  if (!ok) throw new SqlNameError(`table '${name}': expected a name like transactions, dataset.table or project.dataset.table (letters, digits, _; a project id may hold -)`);
  return parts;
}

export function columnName(name: string, role: string): string {
  if (!part.test(name)) throw new SqlNameError(`${role} column '${name}': expected a plain column name (letters, digits, _)`);
  return name;
}
