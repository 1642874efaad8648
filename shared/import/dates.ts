/**
 * Calendar dates as they appear in exports, to ISO `YYYY-MM-DD`:
 * - ISO `2024-03-05`, also `2024/03/05` and `2024.03.05`;
 * - `dd.mm.yyyy`, `dd.mm.yy`, `dd/mm/yyyy`, `dd/mm/yy`, `dd-mm-yyyy`, or the
 *   month first (`mm/dd/yyyy`) when `order` is `mdy`;
 * - compact `yyyymmdd` (`19970101`);
 * - Excel serial numbers from 1 to 2958465 (9999-12-31) in the 1900 date
 *   system, fraction (time of day) allowed: 45000 is 2023-03-15, 61 is
 *   1900-03-01; 60 is Excel's phantom 1900-02-29 and gives null.
 * Any of these may be followed by a time after a space or `T` (`10:00`,
 * `10:00:00.123`, `9:05 PM`, `Z`, `+03:00`); the time and its zone are
 * ignored: the date is the calendar day as written. Two-digit years 00-69 are
 * 2000-2069, 70-99 are 1970-1999. Impossible dates (31.02.2024) give null.
 *
 * @example
 * parseDate('05.03.2024');        // '2024-03-05'
 * parseDate('03/05/24', 'mdy');   // '2024-03-05'
 * parseDate('45000');             // '2023-03-15'
 * parseDate('2024-02-30');        // null
 */

export type DateOrder = 'dmy' | 'mdy';

const ZERO = 48;
const MAX_SERIAL = 2958465;

const TIME = /^\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,9})?(?:\s?[AaPp][Mm])?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/;
const SEPARATED = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T)(.+))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(?:\s+|T)(.+))?$/;
const SERIAL = /^(\d{1,7})(?:[.,]\d+)?(?:\s+(.+))?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const timeOk = (rest: string | undefined): boolean => rest === undefined || TIME.test(rest);

/** Two digits at `i`, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - ZERO;
  const b = s.charCodeAt(i + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The fast paths: `yyyy-mm-dd` and `dd.mm.yyyy`, read with charCodeAt; undefined when neither applies. */
function fastDate(s: string): string | null | undefined {
  if (s.length !== 10) return undefined;
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const hi = twoDigits(s, 0);
    const lo = twoDigits(s, 2);
    const month = twoDigits(s, 5);
    const day = twoDigits(s, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0) return undefined;
    const year = hi * 100 + lo;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1) return null;
    return s;
  }
  if (s.charCodeAt(2) === 46 && s.charCodeAt(5) === 46) {
    const day = twoDigits(s, 0);
    const month = twoDigits(s, 3);
    const hi = twoDigits(s, 6);
    const lo = twoDigits(s, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0) return undefined;
    return isoDate(hi * 100 + lo, month, day);
  }
  return undefined;
}

/** Excel 1900-system serial to ISO; Excel counts a 29 February 1900 that never was. */
export function excelSerialToIso(serial: number): string | null {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_SERIAL) || whole === 60) return null;
  const daysFrom1899_12_31 = whole < 60 ? whole : whole - 1;
  const date = new Date(Date.UTC(1899, 11, 31) + daysFrom1899_12_31 * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const fullYear = (text: string): number => {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
};

export function parseDate(value: string | number | null | undefined, order: DateOrder = 'dmy'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? excelSerialToIso(value) : null;
  if (value == null) return null;
  const fast = fastDate(value);
  if (fast !== undefined) return fast;
  const s = value.trim();
  if (s.length === 0) return null;
  if (s !== value) {
    const again = fastDate(s);
    if (again !== undefined) return again;
  }

  const separated = SEPARATED.exec(s);
  if (separated) {
    const [, a, , b, c, rest] = separated;
    if (!timeOk(rest)) return null;
    if (a.length === 4) return c.length <= 2 ? isoDate(Number(a), Number(b), Number(c)) : null;
    if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return isoDate(fullYear(c), Number(month), Number(day));
  }

  const compact = COMPACT.exec(s);
  if (compact) {
    const [, y, m, d, rest] = compact;
    return timeOk(rest) ? isoDate(Number(y), Number(m), Number(d)) : null;
  }

  const serial = SERIAL.exec(s);
  if (serial && timeOk(serial[2])) return excelSerialToIso(Number(serial[1]));
  return null;
}
