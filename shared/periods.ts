/**
 * Periods as integers, so that a client's series is an array indexed by
 * `period - windowStart` and "the next period" is `+ 1`.
 *
 * Months count from year 0 (`year * 12 + month - 1`), quarters likewise, and
 * weeks are ISO weeks (Monday to Sunday) counted from the Monday before
 * 1970-01-01.
 *
 * @example
 * const month = periodOf('2024-03-15', 'month');
 * periodLabel(month, 'month'); // '2024-03'
 * periodStart(month + 1, 'month'); // '2024-04-01'
 */
import { dayNumber, daysFromCivil, digits, isoFromDayNumber } from './calendar.js';
import type { Period } from './options.js';

export function periodOf(iso: string, period: Period): number {
  return periodFromParts(digits(iso, 0, 4), digits(iso, 5, 2), period === 'week' ? dayNumber(iso) : 0, period);
}

/**
 * The period of a date already split into year, month (1-12) and day number;
 * the day number is read only for weeks. The accumulator's hot loop has the
 * parts at hand and calls this instead of parsing the date again.
 */
export function periodFromParts(year: number, month: number, days: number, period: Period): number {
  if (period === 'week') return Math.floor((days + 3) / 7);
  return period === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** First day of a period, as an ISO date. */
export function periodStart(index: number, period: Period): string {
  if (period === 'week') return isoFromDayNumber(index * 7 - 3);
  const months = period === 'month' ? index : index * 3;
  const year = Math.floor(months / 12);
  return isoFromDayNumber(daysFromCivil(year, months - year * 12 + 1, 1));
}

/** Last day of a period, as an ISO date. */
export function periodEnd(index: number, period: Period): string {
  const next = periodStart(index + 1, period);
  return isoFromDayNumber(dayNumber(next) - 1);
}

/** A short human label: `2024-03`, `2024-Q1`, or the week's Monday `2024-03-04`. */
export function periodLabel(index: number, period: Period): string {
  if (period === 'week') return periodStart(index, period);
  if (period === 'month') return periodStart(index, period).slice(0, 7);
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
