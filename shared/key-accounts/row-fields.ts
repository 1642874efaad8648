/**
 * The key-account columns of the segments table: `score,tier,
 * share_of_wallet,qualified,score_reason` on every row, and
 * `prev_abc,prev_xyz,prev_segment,movement` when the run compared windows.
 * Optional in the schema, so tables written before them still read.
 *
 * @example
 * keyAccountFields(scoreClient(client, account, context), 'en');
 * // { score: 72.5, tier: 'key', share_of_wallet: 0.4, qualified: true, score_reason: 'score 73 (key): ...' }
 */
import { z } from 'zod';
import { messages } from '../messages.js';
import { dayNumber } from '../calendar.js';
import type { Lang } from '../options.js';
import type { ClientSegment } from '../segment.js';
import { keyAccountMessages } from './messages.js';
import type { ClientMovement } from './movement.js';
import type { KeyScore } from './score.js';
import { scoreReason } from './score-reasons.js';

export const keyAccountColumns = ['score', 'tier', 'share_of_wallet', 'qualified', 'score_reason'] as const;
export const movementColumns = ['prev_abc', 'prev_xyz', 'prev_segment', 'movement'] as const;

const Cell = z.string().regex(/^[ABC][XYZ]$/);

export const keyAccountRowShape = {
  score: z.number().min(0).max(100).nullable().optional(),
  tier: z.enum(['key', 'develop', 'maintain']).nullable().optional(),
  share_of_wallet: z.number().min(0).max(1).nullable().optional(),
  /** The 3 P's all yes; null without a dossier row. */
  qualified: z.boolean().nullable().optional(),
  score_reason: z.string().optional(),
  prev_abc: z.enum(['A', 'B', 'C']).nullable().optional(),
  prev_xyz: z.enum(['X', 'Y', 'Z']).nullable().optional(),
  prev_segment: Cell.nullable().optional(),
  movement: z.enum(['up', 'down', 'same', 'new', 'gone']).optional(),
};

export type KeyAccountRowFields = { [K in keyof typeof keyAccountRowShape]?: z.infer<(typeof keyAccountRowShape)[K]> };

/** `reason`: a run's `scoreReasoner(lang)` when many rows are written (the same text, cheaper). */
export function keyAccountFields(score: KeyScore, lang: Lang, reason: (score: KeyScore) => string = (s) => scoreReason(s, lang)): KeyAccountRowFields {
  return {
    score: score.score,
    tier: score.tier,
    share_of_wallet: score.shareOfWallet === undefined ? null : Number(score.shareOfWallet.toFixed(4)),
    qualified: score.qualified ?? null,
    score_reason: reason(score),
  };
}

export function movementFields(m: ClientMovement): KeyAccountRowFields {
  return { prev_abc: (m.prevAbc as 'A' | 'B' | 'C' | undefined) ?? null, prev_xyz: (m.prevXyz as 'X' | 'Y' | 'Z' | undefined) ?? null, prev_segment: m.prevSegment ?? null, movement: m.movement };
}

/** A client gone since the previous window: total 0, class CZ, its previous class kept. */
export function goneRowFields(p: ClientSegment, rank: number, asOf: string | undefined, lostDays: number, lang: Lang) {
  const days = p.lastPurchase && asOf ? dayNumber(asOf) - dayNumber(p.lastPurchase) : Infinity;
  return {
    client: p.client,
    name: p.name,
    domains: p.domains,
    emails: p.emails,
    kam: p.kam,
    total: 0,
    share: 0,
    cum_share: null,
    rank,
    abc: 'C' as const,
    cv: null,
    xyz: 'Z' as const,
    segment: 'CZ',
    type: [],
    trend: null,
    first_purchase: p.firstPurchase ?? null,
    last_purchase: p.lastPurchase ?? null,
    risk: days >= lostDays ? ('lost' as const) : ('at-risk' as const),
    reason: `${messages[lang].reasonAbcNoRevenue()}; ${keyAccountMessages[lang].goneReason(p.segment)}`,
    score: null,
    tier: null,
    share_of_wallet: null,
    qualified: null,
    score_reason: '',
    prev_abc: p.abc,
    prev_xyz: p.xyz,
    prev_segment: p.segment,
    movement: 'gone' as const,
  };
}

/**
 * Whether csvCell of `score`'s reason is the reason in quotes, nothing else
 * (a table writes 50,000 of them without scanning them): a reason of two
 * parts or more has `; ` between them, so it is quoted; it starts with the
 * catalogue's score line (a letter: no formula guard); only tags can bring
 * a `"` in.
 */
export function reasonQuotedAsIs(score: Pick<KeyScore, 'parts'>): boolean {
  return score.parts.length >= 2 && !score.parts.some((p) => p.part === 'reputation');
}

/** The extra cells of one row for CSV: qualified as yes/no. */
export function keyAccountCell(value: unknown): string | number | null {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value === undefined ? null : (value as string | number | null);
}

/** The extra fields of a CSV row, for the columns the header has. */
export function readKeyAccountFields(get: (column: string) => string, has: (column: string) => boolean, number: (text: string) => number | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (has('score')) fields.score = number(get('score'));
  if (has('tier')) fields.tier = get('tier') || null;
  if (has('share_of_wallet')) fields.share_of_wallet = number(get('share_of_wallet'));
  if (has('qualified')) {
    const q = get('qualified').toLowerCase();
    fields.qualified = q === 'yes' || q === 'true' || q === 'да' ? true : q === 'no' || q === 'false' || q === 'нет' ? false : q === '' ? null : q;
  }
  if (has('score_reason')) fields.score_reason = get('score_reason');
  if (has('prev_abc')) fields.prev_abc = get('prev_abc').toUpperCase() || null;
  if (has('prev_xyz')) fields.prev_xyz = get('prev_xyz').toUpperCase() || null;
  if (has('prev_segment')) fields.prev_segment = get('prev_segment').toUpperCase() || null;
  if (has('movement')) fields.movement = get('movement');
  return fields;
}
