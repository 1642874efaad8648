import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coefficientOfVariation, mean, standardDeviation } from '../../shared/variation.js';

// Public worked examples from ABC-XYZ guides.
const steady = [10, 9, 10, 11, 12, 9, 10, 11, 10, 9, 10, 13];
const seasonal = [30, 20, 30, 40, 50, 60, 20, 15, 20, 15, 30, 20];
const sporadic = [100, 100, 300, 100, 100, 500, 100, 0, 0, 0, 0, 0];

describe('variation', () => {
  it('matches the published examples', () => {
    expect(mean(steady)).toBeCloseTo(10.33, 2);
    expect(coefficientOfVariation(steady)).toBeCloseTo(0.114, 3);
    expect(coefficientOfVariation(steady, 'sample')).toBeCloseTo(0.119, 3);
    expect(coefficientOfVariation(seasonal)).toBeCloseTo(0.469, 3);
    expect(coefficientOfVariation(seasonal, 'sample')).toBeCloseTo(0.489, 3);
    expect(coefficientOfVariation(sporadic)).toBeCloseTo(1.33, 2);
    expect(coefficientOfVariation(sporadic, 'sample')).toBeCloseTo(1.389, 3);
  });

  it('is NaN when the mean is not positive or there are too few values', () => {
    expect(coefficientOfVariation([0, 0, 0])).toBeNaN();
    expect(coefficientOfVariation([-5, 3])).toBeNaN();
    expect(standardDeviation([5], 'sample')).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  it('CV is unchanged when all amounts are scaled', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 36 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (values, k) => {
          fc.pre(mean(values) > 1e-6);
          const cv = coefficientOfVariation(values);
          expect(coefficientOfVariation(values.map((v) => v * k))).toBeCloseTo(cv, 9);
        },
      ),
    );
  });
});
