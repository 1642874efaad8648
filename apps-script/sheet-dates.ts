/**
 * Calendar days of Sheets date cells, in the spreadsheet's time zone.
 *
 * Sheets hands a custom function each date cell as a Date: the instant of
 * that day's midnight in the spreadsheet's zone. Read with the script's zone
 * (Date#getMonth) a spreadsheet east of the script sees 1 March as 29
 * February, so the day is read on the spreadsheet's wall clock instead.
 * Asking the zone for every cell would be slow in Google's runtime, so the
 * zone's offset is asked about once per week of dates (and per quarter hour
 * in a week where it changes: no zone changes between quarter hours), and
 * the day arithmetic is the core's.
 *
 * @example
 * const dayOf = createDayReader('Europe/Moscow');
 * dayOf(new Date('2024-02-29T21:00:00Z')); // '2024-03-01'
 * readDateCell('05.03.2024', dayOf, 'dmy'); // '2024-03-05'
 */
import { isoFromDayNumber } from '../shared/calendar.js';
import { excelSerialToIso, parseDate, type DateOrder } from '../shared/import/dates.js';
import type { CellValue } from './gas-types.js';
import { hasService, services } from './services.js';

/** The wall-clock time of an instant in a zone: [year, month 1-12, day, hour, minute, second]. */
export type WallClock = (instant: Date, timeZone: string) => number[];

const QUARTER_HOUR = 15 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const MAX_INSTANTS = 50_000;

/** Google's own formatter when present: the same zone data as Sheets. */
export const utilitiesWallClock: WallClock = (instant, timeZone) =>
  services().Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd HH:mm:ss').split(/[- :]/).map(Number);

export const intlWallClock: WallClock = (instant, timeZone) => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second];
};

export function defaultWallClock(): WallClock {
  return hasService('Utilities') ? utilitiesWallClock : intlWallClock;
}

/** Reads Date cells as ISO days in `timeZone`; null for an invalid Date. */
export function createDayReader(timeZone: string, wallClock: WallClock = defaultWallClock()): (date: Date) => string | null {
  const probes = new Map<number, number>();
  const weeks = new Map<number, number | null>();
  const offsets = new Map<number, number>();
  const days = new Map<number, string>();
  // Date cells mostly repeat a few thousand midnights: remember each instant's day outright.
  const instants = new Map<number, string>();
  const probe = (start: number): number => {
    let offset = probes.get(start);
    if (offset === undefined) {
      const [y, mo, d, h, mi, s] = wallClock(new Date(start), timeZone);
      offset = Date.UTC(y, mo - 1, d, h, mi, s) - start;
      // Date.UTC maps years 0-99 to 1900-1999.
      if (y >= 0 && y < 100) offset = new Date(start + offset).setUTCFullYear(y) - start;
      probes.set(start, offset);
    }
    return offset;
  };
  const offsetAt = (t: number): number => {
    // A week whose two ends share an offset has no change inside (zones change at most twice a
    // year, months apart): one probe per week; otherwise one per quarter hour of that week.
    const week = Math.floor(t / WEEK);
    let constant = weeks.get(week);
    if (constant === undefined) {
      const first = probe(week * WEEK);
      constant = first === probe((week + 1) * WEEK) ? first : null;
      weeks.set(week, constant);
    }
    if (constant !== null) return constant;
    const bucket = Math.floor(t / QUARTER_HOUR);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = probe(bucket * QUARTER_HOUR);
      offsets.set(bucket, offset);
    }
    return offset;
  };
  return (date) => {
    const t = date.getTime();
    let iso = instants.get(t);
    if (iso !== undefined) return iso;
    if (t !== t) return null;
    const day = Math.floor((t + offsetAt(t)) / DAY);
    iso = days.get(day);
    if (iso === undefined) {
      iso = isoFromDayNumber(day);
      days.set(day, iso);
    }
    if (instants.size < MAX_INSTANTS) instants.set(t, iso);
    return iso;
  };
}

/** A date cell as an ISO day: a Date, a date serial number, or text such as `05.03.2024`; null when unreadable. */
export function readDateCell(value: CellValue, dayOf: (date: Date) => string | null, order: DateOrder): string | null {
  if (typeof value === 'number') return excelSerialToIso(value);
  if (typeof value === 'string') return parseDate(value, order);
  return isDate(value) ? dayOf(value) : null;
}

/** Duck-typed, because a Date made in another realm (a test's, a library's) fails `instanceof`. */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function';
}
