/**
 * A Date cell as the serial number Sheets stores for it (days since
 * 1899-12-30, the time of day as the fraction), read on the wall clock of
 * the spreadsheet's time zone. The Sheets API takes dates only as such
 * numbers (with a date format on the cell): a Date object does not survive
 * the trip to JSON, and its UTC instant would shift the day in zones east
 * of Greenwich.
 *
 * @example
 * const serialOf = createSerialReader('Europe/Moscow');
 * serialOf(new Date('2024-01-04T21:00:00Z')); // 45296 (2024-01-05 00:00 in Moscow)
 */
import { defaultWallClock, type WallClock } from './sheet-dates.js';

const DAY = 24 * 60 * 60 * 1000;
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

export function createSerialReader(timeZone: string, wallClock: WallClock = defaultWallClock()): (date: Date) => number {
  return (date) => {
    const [year, month, day, hour, minute, second] = wallClock(date, timeZone);
    const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second)).setUTCFullYear(year);
    return (wall - SHEETS_EPOCH) / DAY;
  };
}
