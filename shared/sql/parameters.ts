/**
 * The query's bound parameters, made from the same options the core takes.
 * Window ends, the as-of day and every threshold travel as parameters, never
 * as text in the query; the period numbers come from the core's own
 * `periodOf` and `periodEnd`, so "which month is 2024-03-31 in" and "the day
 * risk is measured at" are decided in one place for every engine.
 *
 * @example
 * const params = sqlParameters({ period: 'quarter', to: '2024-06-30' });
 * params.to_period; // 8098 (2024 Q2)
 * params.as_of_day; // 19904 (2024-06-30)
 */
import { dayNumber } from '../calendar.js';
import { parseSegmentOptions, type SegmentOptions, type SegmentOptionsInput } from '../options.js';
import { periodEnd, periodOf } from '../periods.js';
import type { ParamType } from './dialect.js';

export const parameterTypes = {
  period: 'STRING',
  measure: 'STRING',
  from_period: 'INT64',
  to_period: 'INT64',
  as_of_day: 'INT64',
  abc_a: 'FLOAT64',
  abc_b: 'FLOAT64',
  abc_rule: 'STRING',
  xyz_x: 'FLOAT64',
  xyz_y: 'FLOAT64',
  deviation: 'STRING',
  series_start: 'STRING',
  new_periods: 'INT64',
  trend_periods: 'INT64',
  trend_threshold: 'FLOAT64',
  risk_gap_factor: 'FLOAT64',
  risk_min_days: 'INT64',
  lost_days: 'INT64',
} as const satisfies Record<string, ParamType>;

export type ParameterName = keyof typeof parameterTypes;

/** Values by name; `null` where the window end or the as-of day comes from the data. */
export type SqlParameters = Record<ParameterName, string | number | null>;

export function sqlParameters(input?: SegmentOptionsInput | SegmentOptions): SqlParameters {
  const o = parseSegmentOptions(input);
  const toPeriod = o.to ? periodOf(o.to, o.period) : null;
  const asOf = o.asOf ?? (toPeriod === null ? undefined : periodEnd(toPeriod, o.period));
  return {
    period: o.period,
    measure: o.measure,
    from_period: o.from ? periodOf(o.from, o.period) : null,
    to_period: toPeriod,
    as_of_day: asOf === undefined ? null : dayNumber(asOf),
    abc_a: o.abc.a,
    abc_b: o.abc.b,
    abc_rule: o.abc.rule,
    xyz_x: o.xyz.x,
    xyz_y: o.xyz.y,
    deviation: o.xyz.deviation,
    series_start: o.xyz.seriesStart,
    new_periods: o.newPeriods,
    trend_periods: o.trendPeriods,
    trend_threshold: o.trendThreshold,
    risk_gap_factor: o.riskGapFactor,
    risk_min_days: o.riskMinDays,
    lost_days: o.lostDays,
  };
}

/**
 * BigQuery's `queryParameters` for `jobs.query`: every value as a string,
 * NULL as a parameter value without `value`.
 */
export function bigQueryParameters(params: SqlParameters): { name: string; parameterType: { type: ParamType }; parameterValue: { value?: string } }[] {
  return (Object.keys(parameterTypes) as ParameterName[]).map((name) => ({
    name,
    parameterType: { type: parameterTypes[name] },
    parameterValue: params[name] === null ? {} : { value: String(params[name]) },
  }));
}
