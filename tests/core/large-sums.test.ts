/**
 * Cents are summed as whole numbers only while that stays exact (below
 * 2^53): large amounts fall back to float sums instead of drifting.
 *
 * @example
 * // npx vitest run tests/core/large-sums.test.ts
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../shared/segment.js';

describe('large sums', () => {
  it('keeps totals right past 2^53 cents', () => {
    const rows = [
      ...[1, 2, 3].map((d) => ({ client: 'A', date: `2024-01-0${d}`, amount: 40000000000000.01 })),
      ...[1, 2, 3].map(() => ({ client: 'B', date: '2024-01-01', amount: 999999999999999 })),
    ];
    const totals = Object.fromEntries(segment(rows).clients.map((c) => [c.client, c.total]));
    expect(totals.B).toBe(2999999999999997);
    expect(totals.A).toBe(120000000000000.03);
  });
});

describe('the table rounding', () => {
  it('rounds exactly as Number(toFixed) does (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { toSegmentRows } = await import('../../shared/segments-table.js');
    fc.assert(
      fc.property(fc.array(fc.record({ client: fc.constantFrom('a', 'b', 'c', 'd'), date: fc.constantFrom('2024-01-05', '2024-02-05', '2024-03-05'), amount: fc.oneof(fc.integer({ min: -100000, max: 10000000 }).map((c) => c / 100), fc.double({ min: -1e6, max: 1e9, noNaN: true }), fc.constantFrom(0.005, 1.005, 2.675, 1.125)) }), { minLength: 1, maxLength: 30 }), (rows) => {
        const result = segment(rows);
        for (const [i, row] of toSegmentRows(result).entries()) {
          const c = result.clients[i];
          expect(row.total).toBe(Number(c.total.toFixed(2)));
          expect(row.share).toBe(Number(c.share.toFixed(6)));
          expect(row.cv).toBe(Number.isFinite(c.cv) ? Number(c.cv.toFixed(4)) : null);
        }
      }),
      { numRuns: 300 },
    );
  });
});
