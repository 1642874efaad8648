/**
 * The query text itself: BigQuery's parses in BigQuery mode, both dialects
 * are one template with only the dialect fragments swapped, every option is
 * a bound parameter, and names that are not identifiers never reach SQL.
 */
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { dialects, type Dialect } from '../../shared/sql/dialect.js';
import { SqlNameError, tableParts } from '../../shared/sql/identifier.js';
import { bigQueryParameters, parameterTypes, sqlParameters } from '../../shared/sql/parameters.js';
import { BOUNDARY_TOLERANCE } from '../../shared/boundary.js';
import { segmentationSql, sqlColumns } from '../../shared/sql/segmentation-sql.js';

const source = { table: 'my-project.sales.transactions', columns: { client: 'customer_id', date: 'order_date', amount: 'sales', quantity: 'qty' } };

/** A dialect whose every fragment is a visible token naming the fragment and its arguments. */
const probe: Dialect = {
  name: 'duckdb',
  decimal: '⟦decimal⟧',
  float: '⟦float⟧',
  int: '⟦int⟧',
  string: '⟦string⟧',
  param: (name, type) => `⟦param:${name}:${type}⟧`,
  table: (parts) => `⟦table:${parts.join('.')}⟧`,
  column: (name) => `⟦column:${name}⟧`,
  dayNumber: (date) => `⟦dayNumber:${date}⟧`,
  integerRange: (low, high) => `⟦integerRange:${low}:${high}⟧`,
  unnestAlias: (table, column) => `⟦unnestAlias:${table}:${column}⟧`,
};

/** Fills the probe's tokens with a real dialect's fragments. */
function fill(skeleton: string, d: Dialect): string {
  return skeleton.replace(/⟦([^⟧]*)⟧/g, (_, token: string) => {
    const [name, ...args] = token.split(':');
    const fragment = d[name as keyof Dialect];
    if (typeof fragment === 'function') return name === 'table' ? d.table(args[0].split('.')) : (fragment as (...a: string[]) => string)(...args);
    return String(fragment);
  });
}

describe('the segmentation SQL', () => {
  it('BigQuery text parses as BigQuery, with named parameters and the segments columns in order', () => {
    const sql = segmentationSql('bigquery', source);
    const parser = new Parser();
    const ast = parser.astify(sql, { database: 'BigQuery' });
    const select = (Array.isArray(ast) ? ast[0] : ast) as unknown as { type: string; columns: { as: string | null; expr: { column?: string | { expr: { value: string } } } }[] };
    expect(select.type).toBe('select');
    const names = select.columns.map((c) => c.as ?? (typeof c.expr.column === 'string' ? c.expr.column : c.expr.column?.expr.value));
    expect(names).toEqual([...sqlColumns]);
    expect(parser.tableList(sql, { database: 'BigQuery' })).toContain('select::null::my-project.sales.transactions');
    for (const name of Object.keys(parameterTypes)) expect(sql).toContain(`@${name}`);
  });

  it('both dialects are one template: outside the dialect fragments their texts are identical', () => {
    const skeleton = segmentationSql(probe, source);
    expect(segmentationSql('duckdb', source)).toBe(fill(skeleton, dialects.duckdb));
    expect(segmentationSql('bigquery', source)).toBe(fill(skeleton, dialects.bigquery));
    // And the fragments carry no logic: no clause keywords, each short.
    for (const d of Object.values(dialects)) {
      const samples = [d.decimal, d.float, d.int, d.string, d.param('x', 'INT64'), d.table(['a', 'b']), d.column('c'), d.dayNumber('d'), d.integerRange('l', 'h'), d.unnestAlias('t', 'p')];
      for (const text of samples) {
        expect(text.length).toBeLessThan(50);
        expect(text).not.toMatch(/\b(SELECT|FROM|WHERE|JOIN|GROUP|ORDER|OVER|CASE)\b/i);
      }
    }
  });

  it('binds every option: no threshold, date or period is pasted into the text', () => {
    const options = { abc: { a: 0.7345, b: 0.9123 }, xyz: { x: 0.1717, y: 0.2929 }, from: '2023-02-11', to: '2024-07-19', asOf: '2024-08-03', lostDays: 173 };
    const params = sqlParameters(options);
    for (const d of ['duckdb', 'bigquery'] as const) {
      const sql = segmentationSql(d, { table: 'transactions' });
      for (const needle of ['0.7345', '0.9123', '0.1717', '0.2929', '2023', '2024', '173', String(params.from_period), String(params.as_of_day)]) expect(sql).not.toContain(needle);
    }
    // The one literal number of the logic is the core's boundary tolerance, from the core's own constant.
    expect(segmentationSql('bigquery', { table: 't' })).toContain(String(BOUNDARY_TOLERANCE));
    expect(params).toMatchObject({ abc_a: 0.7345, from_period: 2023 * 12 + 1, to_period: 2024 * 12 + 6, lost_days: 173 });
    expect(bigQueryParameters(sqlParameters({})).find((p) => p.name === 'from_period')).toEqual({ name: 'from_period', parameterType: { type: 'INT64' }, parameterValue: {} });
    expect(bigQueryParameters(params).find((p) => p.name === 'abc_a')).toEqual({ name: 'abc_a', parameterType: { type: 'FLOAT64' }, parameterValue: { value: '0.7345' } });
  });

  it('the as-of day defaults to the end of the --to period, as in the core', () => {
    expect(sqlParameters({ period: 'quarter', to: '2024-05-10' }).as_of_day).toBe(Date.UTC(2024, 5, 30) / 86_400_000);
    expect(sqlParameters({ period: 'week', to: '2024-05-10' }).as_of_day).toBe(Date.UTC(2024, 4, 12) / 86_400_000);
    expect(sqlParameters({}).as_of_day).toBeNull();
  });

  it('accepts table names that are identifiers and refuses anything else', () => {
    expect(tableParts('transactions')).toEqual(['transactions']);
    expect(tableParts('sales.tx_2024')).toEqual(['sales', 'tx_2024']);
    expect(tableParts('my-project-42.sales.tx')).toEqual(['my-project-42', 'sales', 'tx']);
    for (const bad of ['', 'a.b.c.d', 'sales; DROP TABLE x', 'x`y', 'x"y', 'a b', '1abc', 'sales.tx-2024', '-proj.a.b', "o'neil"]) {
      expect(() => tableParts(bad), bad).toThrow(SqlNameError);
    }
    expect(() => segmentationSql('bigquery', { table: 't', columns: { amount: 'x) OR (1=1' } })).toThrow(SqlNameError);
  });
});
