/**
 * Settings of the key-client score, with the documented defaults: the weight
 * of each part, the tier thresholds, and the yardsticks that turn a figure
 * into 0..1. Weights need not sum to 1: they are renormalised over the parts
 * known for each client.
 *
 * @example
 * parseScoreOptions({ weights: { reputation: 0 } }).tiers.key; // 55
 */
import { z } from 'zod';
import { OptionsError } from '../options.js';

const Weight = (value: number) => z.number().min(0).default(value);

export const defaultWeights = { turnover: 0.25, margin: 0.15, reliability: 0.15, tenure: 0.1, trend: 0.1, wallet: 0.15, reputation: 0.1 } as const;

export const ScoreOptionsSchema = z
  .object({
    weights: z
      .object({
        turnover: Weight(defaultWeights.turnover),
        margin: Weight(defaultWeights.margin),
        reliability: Weight(defaultWeights.reliability),
        tenure: Weight(defaultWeights.tenure),
        trend: Weight(defaultWeights.trend),
        wallet: Weight(defaultWeights.wallet),
        reputation: Weight(defaultWeights.reputation),
      })
      .strict()
      .default(defaultWeights)
      .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be above 0' }),
    /**
     * Score from which a client is `key`, and from which `develop`; below: `maintain`. A client at the
     * median on every part scores about 50, so `key` asks for more than typical on several criteria.
     */
    tiers: z
      .object({ key: z.number().min(0).max(100).default(55), develop: z.number().min(0).max(100).default(40) })
      .default({ key: 55, develop: 40 })
      .refine((t) => t.develop <= t.key, { message: 'tiers.develop must not be above tiers.key', path: ['develop'] }),
    /** Days of buying that earn full marks for tenure. */
    fullTenureDays: z.number().int().positive().default(730),
    /** An average payment delay of this many days or more scores 0 for payment. */
    worstPaymentDelayDays: z.number().positive().default(60),
    /** A trend change of +this (or more) scores 1, of -this scores 0, none 0.5. */
    trendSpan: z.number().positive().default(0.5),
    /** Reputation of an expert tag; an image-maker (brand) tag scores 1. */
    expertReputation: z.number().min(0).max(1).default(0.6),
  })
  .strict();

export type ScoreOptions = z.output<typeof ScoreOptionsSchema>;
export type ScoreOptionsInput = z.input<typeof ScoreOptionsSchema>;

export function parseScoreOptions(input: unknown = {}): ScoreOptions {
  const parsed = ScoreOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new OptionsError(parsed.error.issues.map((i) => `${i.path.join('.') || 'score'}: ${i.message}`).join('; '));
}
