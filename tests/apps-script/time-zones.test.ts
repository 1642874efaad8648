/**
 * Date cells arrive as instants (midnight in the spreadsheet's zone) while
 * the script runs in another zone: months must be the spreadsheet's. The
 * zones are set apart on purpose (the spreadsheet east of the script, zones
 * with half- and quarter-hour offsets, DST), and the naive reading in the
 * script's zone is shown to get them wrong, so the test can fail.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment } from '../../shared/segment.js';
import { toSegmentRows } from '../../shared/segments-table.js';
import { createDayReader, intlWallClock } from '../../apps-script/sheet-dates.js';
import { loadBundle } from './helpers/bundle.js';
import { fakeGas, formatDate } from './helpers/fake-gas.js';

/** The instant of local midnight of `iso` in `zone` (a Sheets date cell of a spreadsheet in that zone). */
function midnightIn(zone: string, iso: string): Date {
  const guess = Date.parse(`${iso}T00:00:00Z`);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const [d, time] = formatDate(new Date(t), zone, 'yyyy-MM-dd HH:mm:ss').split(' ');
    const wall = Date.parse(`${d}T${time}Z`);
    t += guess - wall;
  }
  return new Date(t);
}

const isoDays = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 }).map((day) => new Date(day * 864e5).toISOString().slice(0, 10));

describe('dates in the spreadsheet time zone', () => {
  it('puts midnight of the 1st in Moscow into its own month while the script is in New York', () => {
    const gas = loadBundle(fakeGas({ timeZone: 'Europe/Moscow', scriptTimeZone: 'America/New_York' }).globals);
    const days = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-03-10', '2024-11-03', '2024-12-01'];
    const amounts = [1, 2, 3, 4, 5, 6];
    const dates = days.map((d) => [midnightIn('Europe/Moscow', d)]);
    const row = (r: ReturnType<typeof toSegmentRows>[number]) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment];
    const coreOn = (isoDays: string[]) => toSegmentRows(segment(isoDays.map((date, i) => ({ client: 'c', date, amount: amounts[i] })))).map(row);
    // Read in New York, each date falls on the day before: the trap this guards against.
    const newYorkDays = dates.map(([d]) => formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm:ss').slice(0, 10));
    expect(newYorkDays).toEqual(['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-09', '2024-11-02', '2024-11-30']);
    expect(coreOn(newYorkDays)).not.toEqual(coreOn(days));
    const result = gas.ABCXYZ(days.map(() => ['c']), dates, amounts.map((a) => [a]), 'period=month');
    expect(result.slice(1)).toEqual(coreOn(days));
  });

  it('reads any instant of any day in any zone as that day (property)', () => {
    const zones = ['Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Apia', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'UTC'];
    const readers = new Map(zones.map((zone) => [zone, createDayReader(zone, intlWallClock)]));
    fc.assert(
      fc.property(fc.constantFrom(...zones), isoDays, fc.integer({ min: 0, max: 86_399 }), (zone, iso, second) => {
        const midnight = midnightIn(zone, iso);
        // A day a zone skipped (Apia, 30 December 2011) has no midnight to read.
        fc.pre(formatDate(midnight, zone, 'yyyy-MM-dd HH:mm:ss').slice(0, 10) === iso);
        const dayOf = readers.get(zone)!;
        expect(dayOf(midnight)).toBe(iso);
        // Any later instant that is still the same calendar day in the zone reads as it too.
        const later = new Date(midnight.getTime() + second * 1000);
        expect(dayOf(later)).toBe(formatDate(later, zone, 'yyyy-MM-dd HH:mm:ss').slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('asks the zone about once per week of dates', () => {
    let calls = 0;
    const dayOf = createDayReader('Europe/Berlin', (instant, zone) => (calls++, intlWallClock(instant, zone)));
    for (let day = 0; day < 730; day++) dayOf(midnightIn('Europe/Berlin', new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10)));
    // 105 weeks, plus a quarter hour per date in the four weeks with a DST change.
    expect(calls).toBeGreaterThan(100);
    expect(calls).toBeLessThan(160);
  });

  it('reads a date with a time of day by the spreadsheet clock, across a DST change', () => {
    const gas = loadBundle(fakeGas({ timeZone: 'America/New_York', scriptTimeZone: 'Europe/Moscow' }).globals);
    // 23:30 on 31 March in New York is already 1 April in Moscow; 00:30 on 10 March is just after midnight, before the 2:00 switch.
    const late = new Date(Date.parse('2024-03-31T23:30:00-04:00'));
    const early = new Date(Date.parse('2024-03-10T00:30:00-05:00'));
    const result = gas.ABCXYZ([['late'], ['early']], [[late], [early]], [[1], [1]], 'period=month');
    const rows = toSegmentRows(segment([{ client: 'late', date: '2024-03-31', amount: 1 }, { client: 'early', date: '2024-03-10', amount: 1 }]));
    expect(result.slice(1)).toEqual(rows.map((r) => [r.client, r.total, r.share, r.cum_share ?? '', r.abc, r.cv ?? '', r.xyz, r.segment]));
  });
});
