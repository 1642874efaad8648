import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankAbc, type AbcInput } from '../../shared/abc.js';

const clients = (totals: number[]): AbcInput[] => totals.map((total, i) => ({ client: `c${String(i).padStart(3, '0')}`, total }));

describe('rankAbc', () => {
  it('keeps the client that crosses a boundary in the upper class (default rule)', () => {
    // cumulative before: 0, 0.5, 0.75, 0.85, 0.94, 0.99
    const ranked = rankAbc(clients([50, 25, 10, 9, 5, 1]));
    expect(ranked.map((r) => r.abc)).toEqual(['A', 'A', 'A', 'B', 'B', 'C']);
    expect(ranked.map((r) => r.cumBefore.toFixed(2))).toEqual(['0.00', '0.50', '0.75', '0.85', '0.94', '0.99']);
  });

  it('offers the spreadsheet-template rule (cumulative including <= threshold)', () => {
    const ranked = rankAbc(clients([50, 25, 10, 9, 5, 1]), { a: 0.8, b: 0.95, rule: 'including' });
    expect(ranked.map((r) => r.abc)).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
  });

  it('treats a cumulative share of exactly 80% before a client as B despite float sums', () => {
    const ranked = rankAbc(clients([0.1, 0.2, 0.5, 0.2].map((x) => x * 10)));
    // sorted 5, 2, 2, 1 -> before: 0, 0.5, 0.7, 0.9
    expect(ranked.map((r) => r.abc)).toEqual(['A', 'A', 'A', 'B']);
  });

  it('breaks ties by client id in code-unit order and gives tied clients one class', () => {
    const ranked = rankAbc([
      { client: 'b', total: 10 },
      { client: 'a', total: 10 },
      { client: 'Z', total: 10 },
      { client: 'big', total: 70 },
    ]);
    expect(ranked.map((r) => r.client)).toEqual(['big', 'Z', 'a', 'b']);
    // Z has 70% before it (A); a has 80% before it but ties with Z, so A as well.
    expect(ranked.map((r) => r.abc)).toEqual(['A', 'A', 'A', 'A']);
  });

  it('puts clients with no revenue or a loss in C with a flag and outside the shares', () => {
    const ranked = rankAbc([
      { client: 'x', total: 100 },
      { client: 'y', total: 0 },
      { client: 'z', total: -40 },
    ]);
    expect(ranked.map((r) => [r.client, r.abc, r.flag, r.share])).toEqual([
      ['x', 'A', undefined, 1],
      ['y', 'C', 'no-revenue', 0],
      ['z', 'C', 'loss', 0],
    ]);
  });

  const totals = fc.array(fc.integer({ min: -1000, max: 100_000 }), { minLength: 1, maxLength: 200 });

  it('shares of positive totals sum to 1', () => {
    fc.assert(fc.property(totals, (ts) => {
      fc.pre(ts.some((t) => t > 0));
      const sum = rankAbc(clients(ts)).reduce((s, r) => s + r.share, 0);
      expect(sum).toBeCloseTo(1, 9);
    }));
  });

  it('classes are monotonic in rank and the largest client is A', () => {
    fc.assert(fc.property(totals, (ts) => {
      fc.pre(ts.some((t) => t > 0));
      const ranked = rankAbc(clients(ts));
      for (let i = 1; i < ranked.length; i++) expect(ranked[i].abc >= ranked[i - 1].abc).toBe(true);
      expect(ranked[0].abc).toBe('A');
    }));
  });

  it('identical totals always share a class', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 100 }), (ts) => {
      const ranked = rankAbc(clients(ts), { a: 0.8, b: 0.95, rule: 'including' });
      const byTotal = new Map<number, string>();
      for (const r of ranked) {
        expect(byTotal.get(r.total) ?? r.abc).toBe(r.abc);
        byTotal.set(r.total, r.abc);
      }
    }));
  });

  it('does not depend on input order', () => {
    fc.assert(fc.property(totals, fc.integer(), (ts, seed) => {
      const items = clients(ts);
      const shuffled = [...items].sort((a, b) => ((a.client.charCodeAt(3) * 31 + seed) % 7) - ((b.client.charCodeAt(3) * 31 + seed) % 7));
      const withoutIndex = (ranked: ReturnType<typeof rankAbc>) => ranked.map(({ index, ...rest }) => rest);
      expect(withoutIndex(rankAbc(shuffled))).toEqual(withoutIndex(rankAbc(items)));
      // index points back at the input row each rank is for.
      for (const r of rankAbc(shuffled)) expect(shuffled[r.index].client).toBe(r.client);
    }));
  });
});
