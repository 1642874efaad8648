import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoFromDayNumber, isValidIsoDate } from '../../shared/calendar.js';
import { periodEnd, periodLabel, periodOf, periodStart } from '../../shared/periods.js';

describe('calendar', () => {
  it('agrees with Date.UTC for any day', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000));
      expect(isoFromDayNumber(dayNumber(iso))).toBe(iso);
      expect(isValidIsoDate(iso)).toBe(true);
    }));
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '24-01-01', '2024-00-10']) expect(isValidIsoDate(bad)).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });
});

describe('periods', () => {
  it('buckets months, quarters and ISO weeks', () => {
    expect(periodLabel(periodOf('2024-03-31', 'month'), 'month')).toBe('2024-03');
    expect(periodLabel(periodOf('2024-11-05', 'quarter'), 'quarter')).toBe('2024-Q4');
    // 2024-03-10 is a Sunday: its ISO week starts on Monday 2024-03-04.
    expect(periodStart(periodOf('2024-03-10', 'week'), 'week')).toBe('2024-03-04');
    expect(periodOf('2024-03-11', 'week')).toBe(periodOf('2024-03-10', 'week') + 1);
    expect(periodEnd(periodOf('2024-02-10', 'month'), 'month')).toBe('2024-02-29');
    expect(periodOf('2025-01-01', 'month') - periodOf('2024-12-31', 'month')).toBe(1);
  });

  it('every day lies between its period start and end', () => {
    fc.assert(fc.property(fc.integer({ min: -20_000, max: 80_000 }), fc.constantFrom('month', 'week', 'quarter' as const), (day, period) => {
      const iso = isoFromDayNumber(day);
      const p = periodOf(iso, period);
      expect(periodStart(p, period) <= iso && iso <= periodEnd(p, period)).toBe(true);
    }));
  });
});
