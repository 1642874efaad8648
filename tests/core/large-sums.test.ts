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
