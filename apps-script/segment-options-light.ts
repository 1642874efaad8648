/**
 * The core's `parseSegmentOptions` without zod, for the custom-function
 * bundle only: the build (build.mjs) resolves `shared/options.ts` to this
 * file there, so a recalculation does not load and build zod's schemas. It
 * gives the same defaults and accepts and refuses the same inputs as
 * `SegmentOptionsSchema`; tests/apps-script/light-options.test.ts holds it
 * to that schema with generated inputs. The sidebar's bundle keeps the
 * schema itself.
 *
 * @example
 * parseSegmentOptions({ abc: { a: 0.7, b: 0.9 } }).xyz.x; // 0.1
 * parseSegmentOptions({ abc: { a: 0.9, b: 0.7 } }); // throws OptionsError 'abc.b: abc.a must be below abc.b'
 */
import { isValidIsoDate } from '../shared/calendar.js';
import type { Lang, Measure, Period, SegmentOptions, SegmentOptionsInput } from '../shared/options.js';

export type { Lang, Measure, Period, SegmentOptions, SegmentOptionsInput };

export class OptionsError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const enumOf = <T extends string>(...values: T[]) => (v: unknown): v is T => values.includes(v as T);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

type Check = (value: unknown) => boolean;
const fraction: Check = (v) => isNumber(v) && v > 0 && v < 1;
const positive: Check = (v) => isNumber(v) && v > 0;
const intMin = (min: number): Check => (v) => isNumber(v) && Number.isInteger(v) && v >= min;
const min = (low: number): Check => (v) => isNumber(v) && v >= low;

const TOP: Record<string, [Check, unknown]> = {
  measure: [enumOf('revenue', 'profit', 'quantity'), 'revenue'],
  period: [enumOf('month', 'week', 'quarter'), 'month'],
  newPeriods: [intMin(0), 6],
  breadwinnerShare: [fraction, 0.1],
  trendPeriods: [intMin(1), 3],
  trendThreshold: [min(0), 0.1],
  riskGapFactor: [positive, 2],
  riskMinDays: [intMin(0), 30],
  lostDays: [intMin(1), 180],
  lang: [enumOf('ru', 'en'), 'en'],
};
const DATES = ['from', 'to', 'asOf'];
const GROUPS: Record<string, Record<string, [Check, unknown]>> = {
  abc: { a: [fraction, 0.8], b: [fraction, 0.95], rule: [enumOf('before', 'including'), 'before'] },
  xyz: { x: [positive, 0.1], y: [positive, 0.25], deviation: [enumOf('population', 'sample'), 'population'], seriesStart: [enumOf('window', 'first-purchase'), 'window'] },
  frequency: { frequent: [fraction, 0.75], regular: [fraction, 0.4] },
};
const ORDER: Record<string, [string, string, string]> = {
  abc: ['a', 'b', 'abc.a must be below abc.b'],
  xyz: ['x', 'y', 'xyz.x must be below xyz.y'],
  frequency: ['regular', 'frequent', 'frequency.regular must be below frequency.frequent'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** As the core's OptionDate: ISO shape and a real calendar day. */
const isIsoDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE.test(v) && isValidIsoDate(v);

export function parseSegmentOptions(input: unknown = {}): SegmentOptions {
  const given = input ?? {};
  const problems: string[] = [];
  if (!isObject(given)) throw new OptionsError('options: expected an object');
  const out: Record<string, unknown> = {};
  const known = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);
  for (const key of Object.keys(given)) {
    if (!known(TOP, key) && !known(GROUPS, key) && !DATES.includes(key)) problems.push(`options: unrecognized key "${key}"`);
  }
  for (const [key, [check, fallback]] of Object.entries(TOP)) {
    const value = given[key];
    if (value === undefined) out[key] = fallback;
    else if (check(value)) out[key] = value;
    else problems.push(`${key}: invalid value`);
  }
  for (const key of DATES) {
    const value = given[key];
    if (value === undefined) continue;
    if (isIsoDate(value)) out[key] = value;
    else problems.push(`${key}: expected a date YYYY-MM-DD`);
  }
  for (const [group, fields] of Object.entries(GROUPS)) {
    const value = given[group];
    if (value !== undefined && !isObject(value)) {
      problems.push(`${group}: expected an object`);
      continue;
    }
    const parsed: Record<string, unknown> = {};
    let ok = true;
    for (const [field, [check, fallback]] of Object.entries(fields)) {
      const v = value?.[field];
      if (v === undefined) parsed[field] = fallback;
      else if (check(v)) parsed[field] = v;
      else (problems.push(`${group}.${field}: invalid value`), (ok = false));
    }
    const [low, high, message] = ORDER[group];
    if (ok && !((parsed[low] as number) < (parsed[high] as number))) problems.push(`${group}.${group === 'frequency' ? low : high}: ${message}`);
    out[group] = parsed;
  }
  if (problems.length) throw new OptionsError(problems.join('; '));
  return out as SegmentOptions;
}
