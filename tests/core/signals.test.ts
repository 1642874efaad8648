import { describe, expect, it } from 'vitest';
import { accountTypes } from '../../shared/account-types.js';
import { classifyFrequency } from '../../shared/frequency.js';
import { riskOf } from '../../shared/risk.js';
import { trendOf } from '../../shared/trend.js';
import { classifyXyz } from '../../shared/xyz.js';
import { median } from '../../shared/median.js';

describe('xyz and frequency', () => {
  it('classifies by the documented defaults and thresholds', () => {
    expect([0, 0.1, 0.1001, 0.25, 0.2501].map((cv) => classifyXyz(cv))).toEqual(['X', 'X', 'Y', 'Y', 'Z']);
    expect(classifyXyz(NaN)).toBe('Z');
    expect(classifyXyz(0.15, { x: 0.2, y: 0.5 })).toBe('X');
    expect([12 / 12, 9 / 12, 5 / 12, 4 / 12].map((s) => classifyFrequency(s))).toEqual(['frequent', 'frequent', 'regular', 'irregular']);
  });
});

describe('trend', () => {
  it('compares the last periods with the ones before', () => {
    expect(trendOf([10, 10, 10, 20, 20, 20])?.trend).toBe('rising');
    expect(trendOf([20, 20, 20, 10, 10, 10])?.change).toBeCloseTo(-0.5, 12);
    expect(trendOf([10, 10, 10, 10, 10, 10.5])?.trend).toBe('stable');
    expect(trendOf([0, 0, 0, 0, 5, 0])?.trend).toBe('rising');
    expect(trendOf([1, 2, 3])).toBeUndefined();
    expect(trendOf([0, 0, 0, 0, 0, 0])).toBeUndefined();
  });
});

describe('risk', () => {
  it('flags a client overdue against its own rhythm', () => {
    expect(riskOf([0, 30, 60, 90], 150)).toEqual({ risk: undefined, daysSince: 60, usualGap: 30 });
    expect(riskOf([0, 30, 60, 90], 151)).toEqual({ risk: 'at-risk', daysSince: 61, usualGap: 30 });
    expect(riskOf([0, 30, 60, 90], 270).risk).toBe('lost');
    expect(riskOf([100], 200)).toEqual({ risk: undefined, daysSince: 100, usualGap: undefined });
    expect(riskOf([100], 290, { gapFactor: 2, lostDays: 180, minDays: 30 }).risk).toBe('lost');
    // A weekly buyer 20 days late is past 2x its gap but within the 30-day floor; the bare rule flags it.
    expect(riskOf([0, 7, 14, 21], 41).risk).toBeUndefined();
    expect(riskOf([0, 7, 14, 21], 41, { gapFactor: 2, lostDays: 180, minDays: 0 }).risk).toBe('at-risk');
    expect(median([1, 100, 3])).toBe(3);
  });
});

describe('account types', () => {
  const base = { share: 0.01, isNew: false, trend: undefined, potential: undefined, tags: [] as string[] };
  it('types breadwinners, prospects, image-makers and experts', () => {
    expect(accountTypes({ ...base, share: 0.1 }, 0.1)).toEqual(['breadwinner']);
    expect(accountTypes({ ...base, share: 0.3, isNew: true }, 0.1)).toEqual([]);
    expect(accountTypes({ ...base, isNew: true, trend: 'rising' }, 0.1)).toEqual(['prospect']);
    expect(accountTypes({ ...base, isNew: true, potential: 5e6 }, 0.1)).toEqual(['prospect']);
    expect(accountTypes({ ...base, trend: 'rising' }, 0.1)).toEqual([]);
    expect(accountTypes({ ...base, tags: ['Бренд', ' EXPERT '] }, 0.1)).toEqual(['image-maker', 'expert']);
  });
});

describe('median', () => {
  it('matches the middle of a sorted copy and leaves its argument alone', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 150 }), (values) => {
      const copy = [...values];
      const sorted = [...values].sort((a, b) => a - b);
      const n = sorted.length;
      const expected = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      expect(median(values)).toBe(expected);
      expect(values).toEqual(copy);
    }));
  });
});
