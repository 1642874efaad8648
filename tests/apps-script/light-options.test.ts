/**
 * The custom functions' zod-free twin of the core's options
 * (apps-script/segment-options-light.ts) gives the same result as
 * `SegmentOptionsSchema` and refuses what it refuses, for generated inputs;
 * and the options' value lists are the core's enums.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LangSchema, MeasureSchema, parseSegmentOptions, PeriodSchema, SegmentOptionsSchema } from '../../shared/options.js';
import { parseSegmentOptions as lightParse } from '../../apps-script/segment-options-light.js';
import { optionChoices } from '../../apps-script/function-options.js';

const outcome = (parse: (input: unknown) => unknown, input: unknown) => {
  try {
    return { ok: true, value: parse(input) };
  } catch {
    return { ok: false };
  }
};

const share = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(0, 1, 0.8, 0.95, 0.1, 0.25));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const input = fc.record(
  {
    measure: maybe(fc.constantFrom('revenue', 'profit', 'quantity', 'sales')),
    period: maybe(fc.constantFrom('month', 'week', 'quarter', 'day')),
    abc: maybe(fc.record({ a: maybe(share), b: maybe(share), rule: maybe(fc.constantFrom('before', 'including', 'after')) }, { requiredKeys: [] })),
    xyz: maybe(fc.record({ x: maybe(share), y: maybe(share), deviation: maybe(fc.constantFrom('population', 'sample', 'other')), seriesStart: maybe(fc.constantFrom('window', 'first-purchase', 'x')) }, { requiredKeys: [] })),
    from: maybe(fc.constantFrom('2024-01-01', '2024-02-30', '01.01.2024', '2023-12-31')),
    to: maybe(fc.constantFrom('2024-12-31', '2024-13-01')),
    newPeriods: maybe(fc.constantFrom(0, 6, -1, 2.5)),
    trendThreshold: maybe(fc.constantFrom(0, 0.1, -0.1)),
    lang: maybe(fc.constantFrom('ru', 'en', 'de')),
  },
  { requiredKeys: [] },
);

describe('the light options', () => {
  it('parse as the core schema does, accepting and refusing the same inputs', () => {
    fc.assert(
      fc.property(input, (given) => {
        const clean = JSON.parse(JSON.stringify(given));
        const core = outcome(parseSegmentOptions, clean);
        const light = outcome(lightParse, clean);
        expect(light.ok).toBe(core.ok);
        if (core.ok) expect(light.value).toEqual(core.value);
      }),
      { numRuns: 400 },
    );
  });

  it('give the core defaults and refuse unknown keys', () => {
    expect(lightParse({})).toEqual(SegmentOptionsSchema.parse({}));
    expect(() => lightParse({ colour: 'red' })).toThrow(/colour/);
    expect(() => lightParse(JSON.parse('{"constructor": 1}'))).toThrow(/constructor/);
    expect(() => lightParse(JSON.parse('{"__proto__": {"a": 1}}'))).toThrow(/__proto__/);
    expect(() => lightParse({ abc: { a: 0.9, b: 0.8 } })).toThrow('abc.b: abc.a must be below abc.b');
  });

  it('offer exactly the core enums as option values', () => {
    expect(Object.keys(optionChoices.period).sort()).toEqual([...PeriodSchema.options].sort());
    expect(Object.keys(optionChoices.measure).sort()).toEqual([...MeasureSchema.options].sort());
    expect(Object.keys(optionChoices.lang).sort()).toEqual([...LangSchema.options].sort());
    expect(Object.keys(optionChoices.rule).sort()).toEqual([...SegmentOptionsSchema.shape.abc.unwrap().shape.rule.unwrap().options].sort());
  });
});
