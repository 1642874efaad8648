/**
 * Options of a segmentation run, with the defaults the README documents.
 * Parsing reports a bad option with the path of the field it concerns.
 *
 * @example
 * const options = parseSegmentOptions({ measure: 'profit', abc: { a: 0.7, b: 0.9 } });
 * options.xyz.x; // 0.1
 */
import { z } from 'zod';
import { isValidIsoDate } from './calendar.js';
import { IsoDateSchema } from './transaction.js';

/** A window or as-of date: ISO and a real calendar day (2024-13-45 is refused). */
const OptionDate = IsoDateSchema.refine(isValidIsoDate, 'not a real calendar date');

const Fraction = z.number().gt(0).lt(1);

export const MeasureSchema = z.enum(['revenue', 'profit', 'quantity']);
export const PeriodSchema = z.enum(['month', 'week', 'quarter']);
export const LangSchema = z.enum(['ru', 'en']);

export const SegmentOptionsSchema = z
  .object({
    /** What ABC ranks by. XYZ always looks at revenue per period. */
    measure: MeasureSchema.default('revenue'),
    period: PeriodSchema.default('month'),
    abc: z
      .object({
        a: Fraction.default(0.8),
        b: Fraction.default(0.95),
        /** `before`: the share of the clients ranked above decides (the client that crosses a boundary stays in the upper class); `including`: the spreadsheet-template rule, cumulative share including the client <= threshold. */
        rule: z.enum(['before', 'including']).default('before'),
      })
      .default({ a: 0.8, b: 0.95, rule: 'before' })
      .refine((abc) => abc.a < abc.b, { message: 'abc.a must be below abc.b', path: ['b'] }),
    xyz: z
      .object({
        x: z.number().gt(0).default(0.1),
        y: z.number().gt(0).default(0.25),
        deviation: z.enum(['population', 'sample']).default('population'),
        /** `window`: every series starts at the window start; `first-purchase`: at the client's own first purchase. */
        seriesStart: z.enum(['window', 'first-purchase']).default('window'),
      })
      .default({ x: 0.1, y: 0.25, deviation: 'population', seriesStart: 'window' })
      .refine((xyz) => xyz.x < xyz.y, { message: 'xyz.x must be below xyz.y', path: ['y'] }),
    /** Purchase frequency: share of periods with a purchase. */
    frequency: z
      .object({
        frequent: Fraction.default(0.75),
        regular: Fraction.default(0.4),
      })
      .default({ frequent: 0.75, regular: 0.4 })
      .refine((f) => f.regular < f.frequent, { message: 'frequency.regular must be below frequency.frequent', path: ['regular'] }),
    /** First period of the analysis window (a date inside it); default: the first period in the data. */
    from: OptionDate.optional(),
    /** Last period of the analysis window (a date inside it); default: the last period in the data. */
    to: OptionDate.optional(),
    /** The day risk is measured at; default: the last transaction date in the window. */
    asOf: OptionDate.optional(),
    /** Clients whose first purchase falls within the last N periods are new. */
    newPeriods: z.number().int().min(0).default(6),
    /** Share of the total that makes a breadwinner. */
    breadwinnerShare: Fraction.default(0.1),
    /** Periods compared for the trend: the last N against the N before. */
    trendPeriods: z.number().int().min(1).default(3),
    /** A trend moves when the last periods differ from the ones before by more than this fraction. */
    trendThreshold: z.number().min(0).default(0.1),
    /** At risk: days since the last purchase above this multiple of the usual gap. */
    riskGapFactor: z.number().gt(0).default(2),
    /** ...and above this many days, so a client that orders weekly is not flagged after a fortnight. 0 for the bare rule. */
    riskMinDays: z.number().int().min(0).default(30),
    /** Lost: no purchase for this many days. */
    lostDays: z.number().int().min(1).default(180),
    lang: LangSchema.default('en'),
  })
  .strict();

export type SegmentOptionsInput = z.input<typeof SegmentOptionsSchema>;
export type SegmentOptions = z.output<typeof SegmentOptionsSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Lang = z.infer<typeof LangSchema>;

/** A bad option, with every problem named by its field (`abc.a: ...`). */
export class OptionsError extends Error {}

export function parseSegmentOptions(input: unknown = {}): SegmentOptions {
  const parsed = SegmentOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`)
    .join('; ');
  throw new OptionsError(message);
}
