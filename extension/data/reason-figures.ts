/**
 * The figures a client's reasons are worded from, kept when the extension
 * segments raw transactions itself: the card words "A: 32.0% cumulative
 * before it, rank 2 of 8" or "at risk: 94 days since the last order, usual
 * gap 30" when it opens, in the reader's language, instead of showing text
 * written in whichever language the import happened to run in. The basis
 * (period and ABC rule) is the run's, kept once per dataset.
 *
 * @example
 * const figures = reasonFigures(result.clients[0]); // { cumBefore: 0, periods: 18, daysSince: 3, ... }
 * const basis = reasonBasis(result.options); // { period: 'month', abcRule: 'before' }
 */
import { z } from 'zod';
import type { SegmentOptions } from '../../shared/options.js';
import { PeriodSchema } from '../../shared/options.js';
import type { ClientSegment } from '../../shared/segment.js';

export const ReasonFiguresSchema = z.object({
  cumBefore: z.number(),
  abcFlag: z.enum(['no-revenue', 'loss']).nullable(),
  /** Rank of the first client with the same total, when this one shares its class by the tie rule. */
  tieRank: z.number().int().positive().nullable(),
  periods: z.number().int().min(0),
  periodsWithPurchase: z.number().int().min(0),
  frequency: z.enum(['frequent', 'regular', 'irregular']),
  isNew: z.boolean(),
  daysSince: z.number().int().min(0).nullable(),
  usualGap: z.number().min(0).nullable(),
  /** Revenue per period over the window, oldest first (the card's sparkline). */
  series: z.array(z.number()).optional(),
});

export const ReasonBasisSchema = z.object({
  period: PeriodSchema,
  abcRule: z.enum(['before', 'including']),
  /** The day the figures refer to (risk days are counted to it). */
  asOf: z.string().optional(),
});

export type ReasonFigures = z.infer<typeof ReasonFiguresSchema>;
export type ReasonBasis = z.infer<typeof ReasonBasisSchema>;

export function reasonFigures(c: ClientSegment): ReasonFigures {
  return {
    cumBefore: c.cumBefore,
    abcFlag: c.abcFlag ?? null,
    tieRank: c.tieRank ?? null,
    periods: c.periods,
    periodsWithPurchase: c.periodsWithPurchase,
    frequency: c.frequency,
    isNew: c.isNew,
    daysSince: c.daysSinceLastPurchase ?? null,
    usualGap: c.usualGapDays ?? null,
  };
}

export function reasonBasis(options: Pick<SegmentOptions, 'period' | 'abc'>, asOf?: string): ReasonBasis {
  return { period: options.period, abcRule: options.abc.rule, ...(asOf ? { asOf } : {}) };
}
