import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankAbc } from '../../shared/abc.js';
import { atMost, below, BOUNDARY_TOLERANCE } from '../../shared/boundary.js';
import { MAX_MAGNITUDE } from '../../shared/magnitude.js';
import { paretoSummary } from '../../shared/pareto.js';
import { segment } from '../../shared/segment.js';
import type { Transaction } from '../../shared/transaction.js';
import { coefficientOfVariation } from '../../shared/variation.js';
import { classifyXyz } from '../../shared/xyz.js';
import { classifyFrequency } from '../../shared/frequency.js';
import { formatAmount, formatDecimal, formatPercent } from '../../shared/format.js';
import { trendOf } from '../../shared/trend.js';

const monthly = (client: string, amounts: number[]): Transaction[] =>
  amounts.map((amount, i) => ({ client, date: `2024-${String(i + 1).padStart(2, '0')}-15`, amount }));

describe('class boundaries: one tolerance for ABC and XYZ', () => {
  it('classes monthly [1.10, 0.90] (CV exactly 10%) as X, though floats give 0.10000000000000003', () => {
    const cv = coefficientOfVariation([1.1, 0.9]);
    expect(cv).not.toBe(0.1); // the float noise this is about
    expect(classifyXyz(cv)).toBe('X');
    const result = segment(monthly('c1', [1.1, 0.9]));
    expect(result.clients[0].xyz).toBe('X');
    expect(result.clients[0].segment).toBe('AX');
  });

  it('classes CV exactly 25% as Y and just above it as Z', () => {
    expect(classifyXyz(coefficientOfVariation([1.25, 0.75]))).toBe('Y');
    expect(classifyXyz(coefficientOfVariation([1.26, 0.74]))).toBe('Z');
    expect(classifyXyz(coefficientOfVariation([1.11, 0.89]))).toBe('Y');
    expect(segment(monthly('c1', [12.5, 7.5])).clients[0].xyz).toBe('Y');
  });

  it('classes CV at exactly 10% as X in cents for any pair of amounts m ± m/10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (tenCents) => {
        // m = tenCents * 0.10, amounts m * 1.1 and m * 0.9 are whole cents.
        const high = (tenCents * 11) / 100;
        const low = (tenCents * 9) / 100;
        expect(classifyXyz(coefficientOfVariation([high, low]))).toBe('X');
      }),
    );
  });

  it('classes a client with exactly 80% (95%) of the total before it as B (C) under the default rule', () => {
    // Cents totals, sorted: 0.70 + 0.10 = 0.80 exactly before the third client.
    const ranked = rankAbc([
      { client: 'a', total: 0.7 },
      { client: 'b', total: 0.1 },
      { client: 'c', total: 0.07 },
      { client: 'd', total: 0.08 },
      { client: 'e', total: 0.05 },
    ]);
    // order a 0.7, b 0.1, d 0.08, c 0.07, e 0.05: before d = 0.80 (B), before c = 0.88 (B), before e = 0.95 (C)
    expect(ranked.map((r) => `${r.client}${r.abc}`)).toEqual(['aA', 'bA', 'dB', 'cB', 'eC']);
  });

  it('classes a client whose cumulative share including it is exactly 80% (95%) as A (B) under the including rule', () => {
    const ranked = rankAbc(
      [
        { client: 'a', total: 0.7 },
        { client: 'b', total: 0.1 },
        { client: 'd', total: 0.08 },
        { client: 'c', total: 0.07 },
        { client: 'e', total: 0.05 },
      ],
      { a: 0.8, b: 0.95, rule: 'including' },
    );
    expect(ranked.map((r) => `${r.client}${r.abc}`)).toEqual(['aA', 'bA', 'dB', 'cB', 'eC']);
  });

  it('decides exactly-80% boundaries by the rule among thousands of cent totals', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 4, maxLength: 3000 }), (raw) => {
        // Make the clients after the largest ones sum to exactly a quarter of them: 80% before the first of the rest.
        const head = [...new Set(raw)].sort((a, b) => b - a);
        const headSum = head.reduce((s, v) => s + v, 0);
        fc.pre(headSum % 4 === 0 && head[head.length - 1] > 2);
        const smallest = head[head.length - 1];
        const tail: number[] = [];
        for (let left = headSum / 4; left > 0; ) {
          const v = Math.min(left, smallest - 1);
          tail.push(v);
          left -= v;
        }
        const items = [...head, ...tail].map((cents, i) => ({ client: `c${String(i).padStart(5, '0')}`, total: cents / 100 }));
        const ranked = rankAbc(items);
        const first = ranked[head.length];
        expect(first.abc).toBe('B');
        expect(ranked[head.length - 1].abc).toBe('A');
      }),
      { numRuns: 50 },
    );
  });

  it('uses one relative tolerance, 1e-9', () => {
    expect(BOUNDARY_TOLERANCE).toBe(1e-9);
    expect(atMost(0.1 + 0.1 * 5e-10, 0.1)).toBe(true);
    expect(atMost(0.1 + 0.1 * 2e-9, 0.1)).toBe(false);
    expect(below(0.8 - 0.8 * 5e-10, 0.8)).toBe(false);
    expect(below(0.8 - 0.8 * 2e-9, 0.8)).toBe(true);
  });

  it('counts exactly 80% as reaching the Pareto target', () => {
    expect(paretoSummary([0.7, 0.1, 0.1, 0.1]).clientsForTarget).toBe(2);
  });
});

describe('sums exact to the cent', () => {
  it('totals 1,000 amounts of 12,345,678.91 to exactly 12,345,678,910', () => {
    const rows: Transaction[] = [];
    for (let i = 0; i < 1000; i++) rows.push({ client: 'big', date: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`, amount: 12_345_678.91 });
    const result = segment(rows);
    expect(result.clients[0].total).toBe(12_345_678_910);
    expect(result.clients[0].revenue).toBe(12_345_678_910);
  });

  it('sums profit to the cent too, and totals amounts with more decimals as plain sums', () => {
    const rows: Transaction[] = [];
    for (let i = 0; i < 1000; i++) rows.push({ client: 'p', date: '2024-01-10', amount: 1, profit: 12_345_678.91 });
    expect(segment(rows, { measure: 'profit' }).clients[0].total).toBe(12_345_678_910);
    const mixed = segment([
      { client: 'm', date: '2024-01-10', amount: 0.1 },
      { client: 'm', date: '2024-01-11', amount: 0.2 },
      { client: 'm', date: '2024-02-11', amount: 1.005 },
      { client: 'n', date: '2024-02-11', amount: 2.25 },
    ]);
    expect(mixed.clients.map((c) => [c.client, c.total])).toEqual([
      ['n', 2.25],
      ['m', 1.305],
    ]);
  });

  it('gives cent totals equal to the exact decimal sum, in any row order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 90_000_000_00 }), { minLength: 1, maxLength: 200 }), (cents) => {
        const rows = cents.map((c, i) => ({ client: 'x', date: `2024-0${(i % 9) + 1}-01`, amount: c / 100 }));
        const exact = cents.reduce((s, c) => s + c, 0) / 100;
        expect(segment(rows).clients[0].revenue).toBe(exact);
        expect(segment([...rows].reverse()).clients[0].revenue).toBe(exact);
      }),
      { numRuns: 100 },
    );
  });
});

describe('overflow: totals and shares always finite', () => {
  it('rejects two 1e308 amounts handed to segment() directly, with a reason, and keeps the rest finite', () => {
    const result = segment([
      { client: 'huge', date: '2024-01-10', amount: 1e308 },
      { client: 'huge', date: '2024-02-10', amount: 1e308 },
      { client: 'ok', date: '2024-01-10', amount: 100 },
      { client: 'ok2', date: '2024-02-10', amount: 50 },
    ]);
    expect(result.transactions.rejected).toBe(2);
    expect(result.transactions.rejections.map((r) => r.reason)).toEqual(['too-large', 'too-large']);
    expect(result.clients.map((c) => c.client)).toEqual(['ok', 'ok2']);
    for (const c of result.clients) {
      expect(Number.isFinite(c.total)).toBe(true);
      expect(Number.isFinite(c.share)).toBe(true);
    }
    expect(Number.isFinite(result.pareto.gini)).toBe(true);
    expect(Number.isFinite(result.pareto.hhi)).toBe(true);
  });

  it('rejects Infinity and profits or quantities above 1e15, accepts 1e15 itself', () => {
    const result = segment([
      { client: 'a', date: '2024-01-10', amount: Infinity },
      { client: 'a', date: '2024-01-10', amount: -Infinity },
      { client: 'a', date: '2024-01-10', amount: 1, profit: 1e300 },
      { client: 'a', date: '2024-01-10', amount: 1, quantity: -1e16 },
      { client: 'a', date: '2024-01-10', amount: MAX_MAGNITUDE },
      { client: 'b', date: '2024-01-10', amount: -MAX_MAGNITUDE },
    ]);
    expect(result.transactions.rejected).toBe(4);
    expect(result.transactions.used).toBe(2);
    expect(result.clients[0].total).toBe(MAX_MAGNITUDE);
  });

  it('never gives a NaN or infinite total, share, Gini or HHI, whatever the amounts', () => {
    const amount = fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom(1e308, -1e308, Infinity, -Infinity, NaN, MAX_MAGNITUDE, -MAX_MAGNITUDE, 0, 0.01),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ client: fc.constantFrom('a', 'b', 'c'), amount }), { minLength: 1, maxLength: 30 }), (rows) => {
        const result = segment(rows.map((r, i) => ({ ...r, date: `2024-0${(i % 9) + 1}-05` })));
        for (const c of result.clients) {
          expect(Number.isFinite(c.total)).toBe(true);
          expect(Number.isFinite(c.share)).toBe(true);
          expect(Number.isFinite(c.cumShare)).toBe(true);
        }
        expect(Number.isFinite(result.pareto.gini)).toBe(true);
        expect(Number.isFinite(result.pareto.hhi)).toBe(true);
        expect(Number.isFinite(result.pareto.total)).toBe(true);
      }),
    );
  });
});

describe('the same tolerance at the other thresholds', () => {
  it('makes a client with exactly 10% of the total a breadwinner (0.30 of 3.00 is 0.09999999999999999 in floats)', () => {
    const result = segment([
      { client: 'small', date: '2023-01-10', amount: 0.3 },
      { client: 'big', date: '2023-01-10', amount: 2.7 },
      { client: 'small', date: '2024-01-10', amount: 0 },
    ]);
    const small = result.clients.find((c) => c.client === 'small')!;
    expect(small.share).toBeLessThan(0.1); // the float noise this is about
    expect(small.types).toContain('breadwinner');
  });

  it('calls exactly 10% up or down stable, not a trend', () => {
    expect(trendOf([1, 1, 1, 1.1, 1.1, 1.1])?.trend).toBe('stable');
    expect(trendOf([1, 1, 1, 0.9, 0.9, 0.9])?.trend).toBe('stable');
    expect(trendOf([1, 1, 1, 1.11, 1.1, 1.1])?.trend).toBe('rising');
    expect(trendOf([1, 1, 1, 0.89, 0.9, 0.9])?.trend).toBe('falling');
  });

  it('classes a purchase frequency of exactly 75% or 40% in the upper class', () => {
    expect(classifyFrequency(9 / 12)).toBe('frequent');
    expect(classifyFrequency(2 / 5)).toBe('regular');
    expect(classifyFrequency(0.4 - 1e-6)).toBe('irregular');
  });
});

describe('formatting never shows NaN or Infinity', () => {
  it('prints a dash for non-finite figures, as formatPercent and formatAmount do', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(formatDecimal(value, 'en', 2)).toBe('—');
      expect(formatPercent(value, 'ru')).toBe('—');
      expect(formatAmount(value, 'en')).toBe('—');
    }
    expect(formatDecimal(0.7412, 'ru', 2)).toBe('0,74');
  });
});
