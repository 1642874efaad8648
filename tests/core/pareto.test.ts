import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gini, paretoCurve, paretoSummary } from '../../shared/pareto.js';

describe('pareto', () => {
  it('summarises a hand-checked example', () => {
    const p = paretoSummary([5, 50, 10, 30, 5, -20]);
    expect(p.clients).toBe(5);
    expect(p.total).toBe(100);
    expect(p.topCount).toBe(1);
    expect(p.topShare).toBe(0.5);
    expect(p.clientsForTarget).toBe(2); // 50 + 30 make exactly 80%
    expect(p.clientShareForTarget).toBe(0.4);
  });

  it('counts the fewest clients that make 80%', () => {
    expect(paretoSummary([50, 30, 20]).clientsForTarget).toBe(2);
    expect(paretoSummary([50, 29, 21]).clientsForTarget).toBe(3);
  });

  it('measures concentration', () => {
    expect(gini([10, 10, 10, 10])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 0, 100])).toBeCloseTo(0.75, 12);
    const p = paretoSummary([60, 20, 20]);
    expect(p.hhi).toBeCloseTo(0.36 + 0.04 + 0.04, 12);
    expect(p.largestShare).toBeCloseTo(0.6, 12);
  });

  it('the curve rises to 1 and never falls', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 100 }), (totals) => {
      const curve = paretoCurve(totals);
      expect(curve[curve.length - 1].valueShare).toBeCloseTo(1, 9);
      for (let i = 1; i < curve.length; i++) expect(curve[i].valueShare).toBeGreaterThanOrEqual(curve[i - 1].valueShare);
      // The top k% always bring at least k% of the total.
      const p = paretoSummary(totals);
      expect(p.topShare).toBeGreaterThanOrEqual(p.topCount / p.clients - 1e-9);
    }));
  });
});
