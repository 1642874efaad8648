import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment } from '../../shared/segment.js';
import { explainClient } from '../../shared/reasons.js';
import { periodOf } from '../../shared/periods.js';
import { OptionsError } from '../../shared/options.js';
import type { Transaction } from '../../shared/transaction.js';

const monthly = (client: string, amounts: number[], year = 2024, extra: Partial<Transaction> = {}): Transaction[] =>
  amounts.flatMap((amount, m) => (amount === 0 ? [] : [{ client, date: `${year}-${String(m + 1).padStart(2, '0')}-15`, amount, ...extra }]));

const data: Transaction[] = [
  ...monthly('steady', [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200], 2024, { name: 'ООО «Ровный»', email: 'ivan@rovny.ru', domain: 'rovny.ru', kam: 'Петров', tags: ['expert'] }),
  ...monthly('swing', [10, 9, 10, 11, 12, 9, 10, 11, 10, 9, 10, 13]),
  ...monthly('burst', [100, 100, 300, 100, 100, 500, 100, 0, 0, 0, 0, 0]),
  ...monthly('newbie', [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 10, 20]),
  { client: 'returns', date: '2024-05-02', amount: 30 },
  { client: 'returns', date: '2024-06-02', amount: -50 },
];

describe('segment', () => {
  const result = segment(data);
  const byClient = new Map(result.clients.map((c) => [c.client, c]));

  it('ranks, classes and explains every client', () => {
    expect(result.window).toEqual({ from: '2024-01-01', to: '2024-12-31', periods: 12 });
    expect(result.asOf).toBe('2024-12-15');
    expect(result.clients.map((c) => c.client)).toEqual(['steady', 'burst', 'swing', 'newbie', 'returns']);
    const steady = byClient.get('steady')!;
    expect(steady.segment).toBe('AX');
    expect(explainClient(steady, result).abc).toBe('A: 0.0% cumulative before it, rank 1 of 5');
    expect(explainClient(steady, result).xyz).toBe('X: CV 0% over 12 months');
    expect(steady.types).toEqual(['breadwinner', 'expert']);
    expect(steady.emails).toEqual(['ivan@rovny.ru']);
    expect(byClient.get('swing')!.cv).toBeCloseTo(0.114, 3);
    expect(byClient.get('swing')!.xyz).toBe('Y');
    expect(byClient.get('burst')!.cv).toBeCloseTo(1.33, 2);
    expect(byClient.get('burst')!.frequency).toBe('regular');
  });

  it('flags new clients, losses and churn', () => {
    const newbie = byClient.get('newbie')!;
    expect(newbie.isNew).toBe(true);
    expect(newbie.types).toContain('prospect');
    expect(newbie.trend).toBe('rising');
    const returns = byClient.get('returns')!;
    expect([returns.abc, returns.abcFlag, explainClient(returns, result).abc]).toEqual(['C', 'loss', 'C: loss of 20']);
    const burst = byClient.get('burst')!;
    expect(burst.lastPurchase).toBe('2024-07-15');
    expect(burst.daysSinceLastPurchase).toBe(153);
    expect(burst.risk).toBe('at-risk');
    expect(explainClient(burst, result).risk).toBe('at risk: 153 days since the last order, usual gap 31');
    expect(burst.usualGapDays).toBe(30.5); // gaps 31, 29, 31, 30, 31, 30 (2024 is a leap year)
  });

  it('fills the matrix and the Pareto summary', () => {
    const total = result.matrix.reduce((s, c) => s + c.clients, 0);
    expect(total).toBe(5);
    expect(result.matrix.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
    expect(result.matrix.find((c) => c.cell === 'AX')!.clients).toBe(1);
    expect(result.pareto.clients).toBe(4);
  });

  it('honours options: sample deviation, own series start, window and measure', () => {
    const sample = segment(data, { xyz: { deviation: 'sample' } });
    expect(sample.clients.find((c) => c.client === 'swing')!.cv).toBeCloseTo(0.119, 3);
    const own = segment(data, { xyz: { seriesStart: 'first-purchase' } });
    const newbie = own.clients.find((c) => c.client === 'newbie')!;
    expect(newbie.periods).toBe(3);
    const windowed = segment(data, { from: '2024-07-01', to: '2024-12-31' });
    expect(windowed.window?.periods).toBe(6);
    expect(windowed.transactions.outsideWindow).toBeGreaterThan(0);
    const russian = segment(data, { lang: 'ru' });
    expect(explainClient(russian.clients[0], russian).xyz).toBe('X: КВ 0% за 12 мес.');
  });

  it('names the field of a bad option', () => {
    expect(() => segment(data, { abc: { a: 0.9, b: 0.8 } })).toThrow(OptionsError);
    expect(() => segment(data, { abc: { a: 0.9, b: 0.8 } })).toThrow(/abc\.b/);
    expect(() => segment(data, { period: 'day' } as never)).toThrow(/period/);
    expect(() => segment(data, { colour: 'red' } as never)).toThrow(/colour/);
  });

  it('refuses window and as-of dates that are not real calendar days', () => {
    expect(() => segment(data, { from: '2024-13-45' })).toThrow(/from: not a real calendar date/);
    expect(() => segment(data, { to: '2023-02-29' })).toThrow(/to: not a real calendar date/);
    expect(() => segment(data, { asOf: '2024-04-31' })).toThrow(/asOf/);
    expect(segment(data, { asOf: '2024-02-29' }).asOf).toBe('2024-02-29');
  });

  it('reports rows it cannot use instead of dropping them silently', () => {
    const bad = segment([...data, { client: '', date: '2024-01-01', amount: 1 }, { client: 'x', date: '2024-02-30', amount: 1 }, { client: 'x', date: '2024-02-03', amount: NaN }]);
    expect(bad.transactions.rejected).toBe(3);
    expect(bad.transactions.rejections.map((r) => r.reason)).toEqual(['client', 'date', 'amount']);
  });

  it('gives the same result whatever the row order', () => {
    const tx = fc.record({
      client: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      date: fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)),
      // Cents: decimal fractions make float sums depend on the order of the rows.
      amount: fc.integer({ min: -5000, max: 100_000 }).map((tenths) => tenths / 1000),
    });
    fc.assert(fc.property(fc.array(tx, { minLength: 1, maxLength: 150 }), fc.func(fc.integer()), (rows, key) => {
      const shuffled = rows.map((r, i) => ({ r, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.r);
      const strip = (s: ReturnType<typeof segment>) => s.clients.map((c) => ({ ...c, meanPerPeriod: c.meanPerPeriod.toFixed(6), cv: Number.isNaN(c.cv) ? 'NaN' : c.cv.toFixed(9), share: c.share.toFixed(12), cumBefore: c.cumBefore.toFixed(12), cumShare: c.cumShare.toFixed(12) }));
      expect(strip(segment(shuffled))).toEqual(strip(segment(rows)));
    }), { numRuns: 100 });
  });

  it('explains in the reader\'s language, whatever the run\'s, and names ties', () => {
    const steady = byClient.get('steady')!;
    expect(explainClient(steady, result, 'ru').abc).toBe('A: 0,0% накопленной доли до него, место 1 из 5');
    const tied = segment([...monthly('t1', [50, 50]), ...monthly('t2', [50, 50]), ...monthly('big', [900, 900])]);
    const t2 = tied.clients.find((c) => c.client === 't2')!;
    expect(t2.tieRank).toBe(2);
    expect(explainClient(t2, tied).abc).toBe('B: same total as rank 2'); // t1 has 90% before it
    expect(explainClient(tied.clients.find((c) => c.client === 't1')!, tied).abc).toBe('B: 90.0% cumulative before it, rank 2 of 3');
  });

  it('keeps every amount in its period over long windows in any order', () => {
    // Weeks over up to eight years: far more periods than the accumulator starts with room for.
    const tx = fc.record({
      client: fc.constantFrom('a', 'b', 'c'),
      date: fc.integer({ min: 0, max: 2900 }).map((d) => new Date(Date.UTC(2017, 0, 1 + d)).toISOString().slice(0, 10)),
      amount: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(fc.property(fc.array(tx, { minLength: 1, maxLength: 60 }), fc.constantFrom('week', 'month', 'quarter' as const), (rows, period) => {
      const result = segment(rows, { period });
      for (const c of result.clients) {
        const own = rows.filter((r) => r.client === c.client);
        expect(c.revenue).toBe(own.reduce((sum, r) => sum + r.amount, 0));
        expect(c.firstPurchase).toBe(own.map((r) => r.date).sort()[0]);
        expect(c.periodsWithPurchase).toBe(new Set(own.map((r) => periodOf(r.date, period))).size);
      }
      const descending = segment([...rows].sort((x, y) => (x.date < y.date ? 1 : -1)), { period });
      expect(descending.clients.map((c) => [c.client, c.cv, c.revenue])).toEqual(result.clients.map((c) => [c.client, c.cv, c.revenue]));
    }), { numRuns: 80 });
  });

  it('returns an empty result for no transactions', () => {
    const empty = segment([]);
    expect(empty.clients).toEqual([]);
    expect(empty.window).toBeUndefined();
  });
});
