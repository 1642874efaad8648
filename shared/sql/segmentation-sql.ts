/**
 * The segmentation as one SQL query, for DuckDB and BigQuery from one
 * template: the same classes as `segment()` for every client, computed where
 * the rows are. Conventions are the core's, one by one:
 *
 * - rows need a client, a date and an amount; the window is whole periods
 *   (month, ISO week from Monday, quarter) as the core numbers them;
 * - sums are exact decimals, settled to 6 places as the core settles them;
 * - ranking is total descending, then client id; running sums use `ROWS`
 *   frames, since a `RANGE` frame (the default with ORDER BY) would give tied
 *   clients their whole group's total;
 * - a client is classed by the cumulative share of the clients ranked above
 *   it (`before`) or including it (`including`), clients with equal totals
 *   share the class of the first of them, and totals <= 0 are C and take no
 *   part in shares;
 * - XYZ series take every period of the window from a generated calendar, so
 *   a month without purchases counts as a zero (its (0 - mean)^2 is added
 *   without making a row per client and empty month); population or sample
 *   deviation; a series from the first purchase on request;
 * - risk from distinct purchase days and the median gap between them;
 * - every class boundary (ABC shares, CV, trend) compares as the core's
 *   boundary.ts does, with its one relative BOUNDARY_TOLERANCE: a value within
 *   1e-9 of a threshold counts as on it;
 * - every division goes through NULLIF: BigQuery may evaluate a CASE branch it
 *   will not return, and dividing by zero there fails the whole query.
 *
 * Every option is a bound parameter (see parameters.ts); only the table and
 * column names are text, validated as identifiers.
 *
 * @example
 * const sql = segmentationSql('bigquery', { table: 'shop.sales.transactions' });
 * // jobs.query({ query: sql, parameterMode: 'NAMED', queryParameters: bigQueryParameters(sqlParameters(options)) })
 */
import { BOUNDARY_TOLERANCE } from '../boundary.js';
import { dialects, type Dialect, type DialectName } from './dialect.js';
import { columnName, tableParts } from './identifier.js';
import { parameterTypes, type ParameterName } from './parameters.js';

export type SqlSource = {
  /** `transactions`, `dataset.table` or `project.dataset.table`. */
  table: string;
  /** Column names in the table, when they are not `client`, `date`, `amount`; `profit` and `quantity` are read only when named. */
  columns?: Partial<Record<'client' | 'date' | 'amount' | 'profit' | 'quantity', string>>;
};

/** The columns of the result, in order: the segments table's first, then the figures behind them. */
export const sqlColumns = [
  'client', 'total', 'share', 'cum_share', 'rank', 'abc', 'cv', 'xyz', 'segment', 'trend', 'first_purchase', 'last_purchase', 'risk',
  'revenue', 'profit', 'quantity', 'cum_before', 'abc_flag', 'tie_rank', 'mean_per_period', 'periods', 'periods_with_purchase',
  'is_new', 'trend_change', 'days_since_last_purchase', 'usual_gap_days', 'window_first_period', 'window_last_period', 'as_of_day',
] as const;

export function segmentationSql(dialect: DialectName | Dialect, source: SqlSource): string {
  const d = typeof dialect === 'string' ? dialects[dialect] : dialect;
  const table = d.table(tableParts(source.table));
  const col = (role: 'client' | 'date' | 'amount' | 'profit' | 'quantity') => {
    const name = source.columns?.[role] ?? (role === 'profit' || role === 'quantity' ? undefined : role);
    return name === undefined ? null : `t.${d.column(columnName(name, role))}`;
  };
  const profit = col('profit');
  const quantity = col('quantity');
  const P = (name: ParameterName) => d.param(name, parameterTypes[name]);
  const F = (expr: string) => `CAST(${expr} AS ${d.float})`;
  const tol = String(BOUNDARY_TOLERANCE);
  // boundary.ts's atMost and below, as SQL: the one tolerance is relative to the threshold.
  const atMost = (value: string, limit: string) => `${value} <= ${limit} + ABS(${limit}) * ${tol}`;
  const below = (value: string, limit: string) => `${value} < ${limit} - ABS(${limit}) * ${tol}`;

  return `-- kam segments: ABC-XYZ per client; parameters are bound, see kam sql --help
WITH
source_rows AS (
  SELECT
    CAST(${col('client')} AS ${d.string}) AS client,
    CAST(${col('date')} AS DATE) AS d,
    CAST(${col('amount')} AS ${d.decimal}) AS amount,
    ${profit ? `CAST(${profit} AS ${d.decimal})` : `CAST(NULL AS ${d.decimal})`} AS profit,
    ${quantity ? `CAST(${quantity} AS ${d.decimal})` : `CAST(NULL AS ${d.decimal})`} AS quantity
  FROM ${table} AS t
),
valid_rows AS (
  SELECT
    client, d, amount, profit, quantity,
    ${d.dayNumber('d')} AS day,
    CASE ${P('period')}
      WHEN 'month' THEN EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1
      WHEN 'quarter' THEN EXTRACT(YEAR FROM d) * 4 + EXTRACT(QUARTER FROM d) - 1
      ELSE CAST(FLOOR((${d.dayNumber('d')} + 3) / 7) AS ${d.int})
    END AS p
  FROM source_rows
  WHERE client IS NOT NULL AND client <> '' AND d IS NOT NULL AND amount IS NOT NULL
),
in_window AS (
  SELECT *
  FROM valid_rows
  WHERE (${P('from_period')} IS NULL OR p >= ${P('from_period')})
    AND (${P('to_period')} IS NULL OR p <= ${P('to_period')})
),
bounds AS (
  SELECT
    COALESCE(${P('from_period')}, MIN(p)) AS start_p,
    COALESCE(${P('to_period')}, MAX(p)) AS end_p,
    COALESCE(${P('as_of_day')}, MAX(day)) AS as_of_day
  FROM in_window
),
calendar AS (
  SELECT p
  FROM bounds
  CROSS JOIN UNNEST(${d.integerRange('bounds.start_p', 'bounds.end_p')}) AS ${d.unnestAlias('calendar_p', 'p')}
),
period_sums AS (
  SELECT client, p, ROUND(SUM(amount), 6) AS v
  FROM in_window
  GROUP BY client, p
),
client_sums AS (
  SELECT
    client,
    ROUND(SUM(amount), 6) AS revenue,
    ROUND(COALESCE(SUM(profit), 0), 6) AS profit,
    ROUND(COALESCE(SUM(quantity), 0), 6) AS quantity,
    MIN(CASE WHEN amount > 0 THEN p END) AS first_p,
    MIN(CASE WHEN amount > 0 THEN d END) AS first_purchase,
    MAX(CASE WHEN amount > 0 THEN d END) AS last_purchase,
    MAX(CASE WHEN amount > 0 THEN day END) AS last_day
  FROM in_window
  GROUP BY client
),
clients AS (
  SELECT
    c.*,
    CASE ${P('measure')} WHEN 'profit' THEN c.profit WHEN 'quantity' THEN c.quantity ELSE c.revenue END AS total,
    CASE WHEN ${P('series_start')} = 'first-purchase' AND c.first_p IS NOT NULL THEN GREATEST(b.start_p, c.first_p) ELSE b.start_p END AS series_p,
    b.start_p, b.end_p, b.as_of_day
  FROM client_sums AS c
  CROSS JOIN bounds AS b
),
ranked AS (
  SELECT
    c.*,
    ROW_NUMBER() OVER (ORDER BY c.total DESC, c.client) AS rank,
    SUM(CASE WHEN c.total > 0 THEN c.total ELSE 0 END) OVER () AS positive,
    COALESCE(SUM(CASE WHEN c.total > 0 THEN c.total ELSE 0 END) OVER (ORDER BY c.total DESC, c.client ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS above
  FROM clients AS c
),
shares AS (
  SELECT
    r.*,
    CASE WHEN r.total > 0 THEN ${F('r.total')} / NULLIF(${F('r.positive')}, 0) ELSE 0 END AS share,
    COALESCE(${F('r.above')} / NULLIF(${F('r.positive')}, 0), 0) AS cum_before
  FROM ranked AS r
),
tied AS (
  SELECT
    s.*,
    LEAST(1, s.cum_before + s.share) AS cum_share,
    MIN(s.rank) OVER (PARTITION BY s.total) AS tie_first_rank,
    MIN(s.cum_before) OVER (PARTITION BY s.total) AS tie_cum_before
  FROM shares AS s
),
abc AS (
  SELECT
    t.*,
    CASE
      WHEN NOT t.total > 0 THEN 'C'
      WHEN ${P('abc_rule')} = 'including' THEN
        CASE WHEN ${atMost('LEAST(1, t.tie_cum_before + t.share)', P('abc_a'))} THEN 'A'
             WHEN ${atMost('LEAST(1, t.tie_cum_before + t.share)', P('abc_b'))} THEN 'B'
             ELSE 'C' END
      ELSE
        CASE WHEN ${below('t.tie_cum_before', P('abc_a'))} THEN 'A'
             WHEN ${below('t.tie_cum_before', P('abc_b'))} THEN 'B'
             ELSE 'C' END
    END AS abc
  FROM tied AS t
),
series_lengths AS (
  -- Periods in each series, counted on the calendar: every period from the series start to the window end.
  SELECT starts.series_p, COUNT(*) AS n
  FROM (SELECT DISTINCT series_p FROM clients) AS starts
  JOIN calendar AS cal ON cal.p >= starts.series_p
  GROUP BY starts.series_p
),
series_sums AS (
  SELECT c.client, l.n, COUNT(s.p) AS k, ${F('COALESCE(SUM(s.v), 0)')} / l.n AS mean
  FROM clients AS c
  JOIN series_lengths AS l ON l.series_p = c.series_p
  LEFT JOIN period_sums AS s ON s.client = c.client AND s.p >= c.series_p
  GROUP BY c.client, l.n
),
variation AS (
  -- Two-pass squares: the periods with rows, plus (0 - mean)^2 for each calendar period without any.
  SELECT
    m.client,
    m.n,
    m.mean,
    COALESCE(SUM((${F('s.v')} - m.mean) * (${F('s.v')} - m.mean)), 0) + (m.n - m.k) * m.mean * m.mean AS squares
  FROM series_sums AS m
  JOIN clients AS c ON c.client = m.client
  LEFT JOIN period_sums AS s ON s.client = m.client AND s.p >= c.series_p
  GROUP BY m.client, m.n, m.k, m.mean
),
cv AS (
  SELECT
    client, n, mean,
    CASE
      WHEN NOT mean > 0 THEN NULL
      WHEN n - CASE WHEN ${P('deviation')} = 'sample' THEN 1 ELSE 0 END <= 0 THEN NULL
      ELSE SQRT(squares / NULLIF(n - CASE WHEN ${P('deviation')} = 'sample' THEN 1 ELSE 0 END, 0)) / NULLIF(mean, 0)
    END AS cv
  FROM variation
),
bought AS (
  SELECT c.client, COUNT(DISTINCT w.p) AS periods_with_purchase
  FROM clients AS c
  JOIN in_window AS w ON w.client = c.client AND w.amount > 0 AND w.p >= c.series_p
  GROUP BY c.client
),
trend_sums AS (
  SELECT
    c.client,
    COALESCE(SUM(CASE WHEN s.p > c.end_p - ${P('trend_periods')} THEN s.v END), 0) AS last_sum,
    COALESCE(SUM(CASE WHEN s.p > c.end_p - 2 * ${P('trend_periods')} AND s.p <= c.end_p - ${P('trend_periods')} THEN s.v END), 0) AS before_sum,
    MAX(c.end_p - c.start_p + 1) AS window_periods
  FROM clients AS c
  LEFT JOIN period_sums AS s ON s.client = c.client
  GROUP BY c.client
),
trend AS (
  SELECT
    client,
    CASE WHEN window_periods < 2 * ${P('trend_periods')} OR (last_sum = 0 AND before_sum = 0) THEN NULL
         WHEN before_sum > 0 THEN ${F('last_sum - before_sum')} / NULLIF(${F('before_sum')}, 0)
    END AS change,
    CASE WHEN window_periods < 2 * ${P('trend_periods')} OR (last_sum = 0 AND before_sum = 0) THEN NULL
         WHEN before_sum > 0 THEN
           CASE WHEN NOT (${atMost(`${F('last_sum - before_sum')} / NULLIF(${F('before_sum')}, 0)`, P('trend_threshold'))}) THEN 'rising'
                WHEN ${below(`${F('last_sum - before_sum')} / NULLIF(${F('before_sum')}, 0)`, `-${P('trend_threshold')}`)} THEN 'falling'
                ELSE 'stable' END
         WHEN last_sum > before_sum THEN 'rising'
         ELSE 'falling'
    END AS trend
  FROM trend_sums
),
purchase_days AS (
  SELECT DISTINCT client, day
  FROM in_window
  WHERE amount > 0
),
gaps AS (
  SELECT client, day - LAG(day) OVER (PARTITION BY client ORDER BY day) AS gap
  FROM purchase_days
),
gaps_ordered AS (
  SELECT client, gap, ROW_NUMBER() OVER (PARTITION BY client ORDER BY gap) AS k, COUNT(*) OVER (PARTITION BY client) AS m
  FROM gaps
  WHERE gap IS NOT NULL
),
usual_gap AS (
  -- The median: the middle gap, or the mean of the two middle ones.
  SELECT client, AVG(${F('gap')}) AS usual_gap_days
  FROM gaps_ordered
  WHERE 2 * k BETWEEN m AND m + 2
  GROUP BY client
),
scored AS (
  SELECT
    a.*,
    cv.cv, cv.n AS periods, cv.mean AS mean_per_period,
    CASE WHEN cv.cv IS NULL THEN 'Z'
         WHEN ${atMost('cv.cv', P('xyz_x'))} THEN 'X'
         WHEN ${atMost('cv.cv', P('xyz_y'))} THEN 'Y'
         ELSE 'Z' END AS xyz,
    COALESCE(bo.periods_with_purchase, 0) AS periods_with_purchase,
    tr.trend, tr.change AS trend_change,
    CASE WHEN a.last_day IS NULL THEN NULL ELSE GREATEST(0, a.as_of_day - a.last_day) END AS days_since,
    g.usual_gap_days
  FROM abc AS a
  JOIN cv ON cv.client = a.client
  JOIN trend AS tr ON tr.client = a.client
  LEFT JOIN bought AS bo ON bo.client = a.client
  LEFT JOIN usual_gap AS g ON g.client = a.client
)
SELECT
  client,
  total,
  share,
  CASE WHEN total > 0 THEN cum_share END AS cum_share,
  rank,
  abc,
  cv,
  xyz,
  CONCAT(abc, xyz) AS segment,
  trend,
  first_purchase,
  last_purchase,
  CASE WHEN days_since IS NULL THEN NULL
       WHEN days_since >= ${P('lost_days')} THEN 'lost'
       WHEN usual_gap_days IS NOT NULL AND days_since > ${P('risk_gap_factor')} * usual_gap_days AND days_since > ${P('risk_min_days')} THEN 'at-risk'
  END AS risk,
  revenue,
  profit,
  quantity,
  cum_before,
  CASE WHEN total = 0 THEN 'no-revenue' WHEN total < 0 THEN 'loss' END AS abc_flag,
  CASE WHEN total > 0 AND rank > tie_first_rank THEN tie_first_rank END AS tie_rank,
  mean_per_period,
  periods,
  periods_with_purchase,
  first_p IS NOT NULL AND first_p > end_p - ${P('new_periods')} AS is_new,
  trend_change,
  days_since AS days_since_last_purchase,
  usual_gap_days,
  start_p AS window_first_period,
  end_p AS window_last_period,
  as_of_day
FROM scored
ORDER BY rank
`;
}
