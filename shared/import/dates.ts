/**
 * Calendar dates as they appear in exports, to ISO `YYYY-MM-DD`:
 * - ISO `2024-03-05`, also `2024/03/05` and `2024.03.05`;
 * - `dd.mm.yyyy`, `dd.mm.yy`, `dd/mm/yyyy`, `dd/mm/yy`, `dd-mm-yyyy`, or the
 *   month first (`mm/dd/yyyy`) when `order` is `mdy`;
 * - compact `yyyymmdd` (`19970101`);
 * - Excel serial numbers from 1 to 73415 (2100-12-31) in the 1900 date
 *   system, fraction (time of day) allowed: 45000 is 2023-03-15, 61 is
 *   1900-03-01; 60 is Excel's phantom 1900-02-29 and gives null.
 * Only years 1900-2100 are dates here: anything outside is a typo or a
 * number that is not a date, and would stretch the analysis window over
 * centuries. Bare numbers are serials only when the caller says the column
 * holds serials (`serial`, the default for a lone value): in a column of
 * calendar dates an amount-like `1` is a mistake, not 1900-01-01.
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
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** 2100-12-31 in Excel's 1900 date system. */
const MAX_SERIAL = 73415;
/** Longest date cell read (a date with a time and a zone fits easily). */
const MAX_DATE_CHARS = 64;

const TIME = /^\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,9})?(?:\s?[AaPp][Mm])?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/;
const SEPARATED = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T)(.+))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(?:\s+|T)(.+))?$/;
const SERIAL = /^(\d{1,7})(?:[.,]\d+)?(?:\s+(.+))?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

function isoDate(year: number, month: number, day: number, anyYear = false): string | null {
  if ((anyYear ? year < 1 || year > 9999 : year < MIN_YEAR || year > MAX_YEAR) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
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
function fastDate(s: string, anyYear: boolean): string | null | undefined {
  if (s.length !== 10) return undefined;
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const hi = twoDigits(s, 0);
    const lo = twoDigits(s, 2);
    const month = twoDigits(s, 5);
    const day = twoDigits(s, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0) return undefined;
    const year = hi * 100 + lo;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    if (anyYear ? year < 1 : year < MIN_YEAR || year > MAX_YEAR) return null;
    return s;
  }
  if (s.charCodeAt(2) === 46 && s.charCodeAt(5) === 46) {
    const day = twoDigits(s, 0);
    const month = twoDigits(s, 3);
    const hi = twoDigits(s, 6);
    const lo = twoDigits(s, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0) return undefined;
    return isoDate(hi * 100 + lo, month, day, anyYear);
  }
  return undefined;
}

/** Excel 1900-system serial to ISO; Excel counts a 29 February 1900 that never was. */
export function excelSerialToIso(serial: number): string | null {
  if (serial < 1) return null;
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

/** Whether a cell is a bare number that only the serial reading makes a date (`45000`, `45000.5`). */
export function isSerialLike(value: string): boolean {
  const s = value.trim();
  return s.length > 0 && s.length <= MAX_DATE_CHARS && SERIAL.test(s) && !COMPACT.test(s);
}

export function parseDate(value: string | number | null | undefined, order: DateOrder = 'dmy', serial = true): string | null {
  return readDate(value, order, serial, false);
}

/**
 * Whether a cell that parseDate refuses is a well-formed date of a year
 * outside 1900-2100 (`0001-01-01`, `31.12.9999`), so a message can say so.
 *
 * @example
 * isOutOfRangeDate('9999-12-31'); // true
 * isOutOfRangeDate('31.02.2024'); // false: not a date at all
 */
export function isOutOfRangeDate(value: string, order: DateOrder = 'dmy'): boolean {
  return readDate(value, order, false, true) !== null;
}

function readDate(value: string | number | null | undefined, order: DateOrder, serial: boolean, anyYear: boolean): string | null {
  if (typeof value === 'number') return serial && Number.isFinite(value) ? excelSerialToIso(value) : null;
  if (value == null || value.length > MAX_DATE_CHARS) return null;
  const fast = fastDate(value, anyYear);
  if (fast !== undefined) return fast;
  const s = value.trim();
  if (s.length === 0) return null;
  if (s !== value) {
    const again = fastDate(s, anyYear);
    if (again !== undefined) return again;
  }

  const separated = SEPARATED.exec(s);
  if (separated) {
    const [, a, , b, c, rest] = separated;
    if (!timeOk(rest)) return null;
    if (a.length === 4) return c.length <= 2 ? isoDate(Number(a), Number(b), Number(c), anyYear) : null;
    if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return isoDate(fullYear(c), Number(month), Number(day), anyYear);
  }

  const compact = COMPACT.exec(s);
  if (compact) {
    const [, y, m, d, rest] = compact;
    return timeOk(rest) ? isoDate(Number(y), Number(m), Number(d), anyYear) : null;
  }

  const bare = serial ? SERIAL.exec(s) : null;
  if (bare && timeOk(bare[2])) return excelSerialToIso(Number(bare[1]));
  return null;
}
