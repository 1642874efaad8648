/**
 * The key-client score: 0–100 from the criteria of a key client, each
 * measured and normalised to 0..1, times its weight (see score-options.ts
 * for the defaults):
 *
 * - `turnover`: share of the total against the breadwinner share, on a
 *   square-root scale (a quarter of it: 0.5; at or above it: 1);
 * - `margin`: profit / revenue against the median margin of all clients
 *   (the median: 0.5, twice the median: 1), when profit is known;
 * - `reliability`: regularity (X 1, Y 0.5, Z 0, averaged with the share of
 *   periods with a purchase), averaged with payment (0 days of delay: 1,
 *   `worstPaymentDelayDays` or more: 0) when the dossier gives the delay;
 * - `tenure`: days from the first purchase to the as-of day against
 *   `fullTenureDays`;
 * - `trend`: the trend change, 0 at -`trendSpan`, 0.5 flat, 1 at +`trendSpan`;
 * - `wallet`: the potential (yearly purchases in our category) against a
 *   breadwinner's yearly turnover (revenue annualised over the window, or
 *   over the periods since the first purchase for a newer client): how large the client could become; the
 *   reason gives the share of wallet and the gap to the potential;
 * - `reputation`: an image-maker (brand) tag 1, an expert tag 0.6, other tags 0.
 *
 * A part whose input is missing is left out and the weights of the rest are
 * renormalised to sum to 1; the score lists what was missing.
 *
 * @example
 * const scores = scoreClients(result, accountsById);
 * scores[0]; // { score: 72, tier: 'key', parts: [...], missing: ['margin'], shareOfWallet: 0.4, qualified: undefined }
 */
import { accountTypes } from '../account-types.js';
import { dayNumber } from '../calendar.js';
import { median } from '../median.js';
import type { Period } from '../options.js';
import { periodOf } from '../periods.js';
import type { ClientSegment, Segmentation } from '../segment.js';
import { isQualified, type Account } from './account.js';
import type { ScorePartName, Tier } from './messages.js';
import { parseScoreOptions, type ScoreOptions, type ScoreOptionsInput } from './score-options.js';

export type { ScorePartName, Tier } from './messages.js';

export const scorePartNames: readonly ScorePartName[] = ['turnover', 'margin', 'reliability', 'tenure', 'trend', 'wallet', 'reputation'];

/** The figures a part was measured from, for its reason. */
export type PartFigures = {
  turnover: { share: number; breadwinnerShare: number };
  margin: { margin: number; medianMargin: number };
  reliability: { xyz: string; bought: number; periods: number; paymentDelayDays?: number };
  tenure: { days: number; fullDays: number };
  trend: { change: number };
  wallet: { potential: number; yearly: number; shareOfWallet: number };
  reputation: { tags: string[] };
};

export type ScorePart = {
  [P in ScorePartName]: {
    part: P;
    /** The measure normalised to 0..1. */
    value: number;
    /** The weight after renormalisation over the known parts (they sum to 1). */
    weight: number;
    /** value x weight x 100: what this part adds to the score. */
    points: number;
    figures: PartFigures[P];
  };
}[ScorePartName];

export type KeyScore = {
  /** 0..100, one decimal. */
  score: number;
  tier: Tier;
  parts: ScorePart[];
  missing: ScorePartName[];
  /** Yearly revenue / potential, capped at 1; undefined without a potential. */
  shareOfWallet: number | undefined;
  /** The 3 P's all yes; undefined without a dossier row. */
  qualified: boolean | undefined;
};

/** What the score reads of a client. */
export type ScoreClient = Pick<ClientSegment, 'share' | 'revenue' | 'profit' | 'xyz' | 'periodsWithPurchase' | 'periods' | 'firstPurchase' | 'trendChange' | 'potential' | 'tags'>;

/** What the score reads of the whole run. */
export type ScoreContext = {
  breadwinnerShare: number;
  /** Median profit / revenue over clients with revenue, undefined when no profit is known. */
  medianMargin: number | undefined;
  asOf: string;
  /** `asOf` as a day number, read once for the run (computed from `asOf` when absent). */
  asOfDay?: number;
  /** Periods in the window, and in a year, to turn the window's revenue into a yearly figure. */
  windowPeriods: number;
  periodsPerYear: number;
  period: Period;
  /** Revenue of all clients in the window. */
  totalRevenue: number;
};

const perYear: Record<Period, number> = { month: 12, week: 52, quarter: 4 };
const xyzValue: Record<string, number> = { X: 1, Y: 0.5, Z: 0 };
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function scoreContext(result: Pick<Segmentation, 'clients' | 'options' | 'window' | 'asOf'>): ScoreContext {
  const profitKnown = result.clients.some((c) => c.profit !== 0);
  const margins = profitKnown ? result.clients.filter((c) => c.revenue > 0).map((c) => c.profit / c.revenue) : [];
  return {
    breadwinnerShare: result.options.breadwinnerShare,
    medianMargin: margins.length ? median(margins) : undefined,
    asOf: result.asOf ?? '',
    ...(result.asOf ? { asOfDay: dayNumber(result.asOf) } : {}),
    windowPeriods: result.window?.periods ?? 1,
    periodsPerYear: perYear[result.options.period],
    period: result.options.period,
    totalRevenue: result.clients.reduce((sum, c) => sum + Math.max(0, c.revenue), 0),
  };
}

export function scoreClient(client: ScoreClient, account: Account | undefined, context: ScoreContext, options: ScoreOptions = parseScoreOptions()): KeyScore {
  // Weights and points are set once every part is known (renormalised over them).
  const parts: ScorePart[] = [];
  const add = <P extends ScorePartName>(part: P, value: number, figures: PartFigures[P]) => parts.push({ part, value: clamp(value), weight: 0, points: 0, figures } as ScorePart);

  // Square root: a quarter of the breadwinner share already scores 0.5, so large A clients below a breadwinner still count.
  add('turnover', Math.sqrt(Math.max(0, client.share) / context.breadwinnerShare), { share: client.share, breadwinnerShare: context.breadwinnerShare });

  if (context.medianMargin !== undefined && client.revenue > 0) {
    const margin = client.profit / client.revenue;
    const value = context.medianMargin > 0 ? (0.5 * margin) / context.medianMargin : margin > 0 ? 1 : 0;
    add('margin', value, { margin, medianMargin: context.medianMargin });
  }

  const regularity = ((xyzValue[client.xyz] ?? 0) + (client.periods ? client.periodsWithPurchase / client.periods : 0)) / 2;
  const delay = account?.payment_delay_days;
  const payment = delay === undefined ? undefined : clamp(1 - delay / options.worstPaymentDelayDays);
  add('reliability', payment === undefined ? regularity : (regularity + payment) / 2, delay === undefined ? { xyz: client.xyz, bought: client.periodsWithPurchase, periods: client.periods } : { xyz: client.xyz, bought: client.periodsWithPurchase, periods: client.periods, paymentDelayDays: delay });

  if (client.firstPurchase && context.asOf) {
    const days = Math.max(0, (context.asOfDay ?? dayNumber(context.asOf)) - dayNumber(client.firstPurchase));
    add('tenure', days / options.fullTenureDays, { days, fullDays: options.fullTenureDays });
  }

  if (client.trendChange !== undefined && !Number.isNaN(client.trendChange)) {
    add('trend', 0.5 + client.trendChange / (2 * options.trendSpan), { change: client.trendChange });
  }

  const potential = account?.potential ?? client.potential;
  let shareOfWallet: number | undefined;
  if (potential !== undefined && potential > 0) {
    // A client that started buying inside the window is annualised over its own periods, not the window's.
    const active = client.firstPurchase && context.asOf ? periodOf(context.asOf, context.period) - periodOf(client.firstPurchase, context.period) + 1 : context.windowPeriods;
    const yearly = (Math.max(0, client.revenue) * context.periodsPerYear) / Math.max(1, Math.min(context.windowPeriods, active));
    shareOfWallet = clamp(yearly / potential);
    const breadwinnerYearly = (context.breadwinnerShare * context.totalRevenue * context.periodsPerYear) / Math.max(1, context.windowPeriods);
    add('wallet', breadwinnerYearly > 0 ? Math.max(potential, yearly) / breadwinnerYearly : 1, { potential, yearly, shareOfWallet });
  }

  // Most clients have no tags: no arrays made for them.
  const tags = client.tags.length || account?.tags?.length ? [...new Set([...client.tags, ...(account?.tags ?? [])])] : client.tags;
  if (tags.length) {
    const types = accountTypes({ share: 0, isNew: false, trend: undefined, potential: undefined, tags }, 1);
    add('reputation', types.includes('image-maker') ? 1 : types.includes('expert') ? options.expertReputation : 0, { tags });
  }

  const weights = options.weights;
  const missing: ScorePartName[] = [];
  for (const name of scorePartNames) {
    let found = false;
    for (const p of parts) if (p.part === name) found = true;
    if (!found) missing.push(name);
  }
  let weightSum = 0;
  for (const p of parts) weightSum += weights[p.part];
  let total = 0;
  for (const p of parts) {
    p.weight = weightSum > 0 ? weights[p.part] / weightSum : 0;
    p.points = p.value * p.weight * 100;
    total += p.points;
  }
  const score = Math.round(total * 10) / 10;
  return { score, tier: tierOf(score, options), parts, missing, shareOfWallet, qualified: account ? isQualified(account) : undefined };
}

export function tierOf(score: number, options: Pick<ScoreOptions, 'tiers'>): Tier {
  return score >= options.tiers.key ? 'key' : score >= options.tiers.develop ? 'develop' : 'maintain';
}

/** Scores for every client of a run, in the run's order. */
/** `firstPurchase`: where the data before the window is known, the first purchase ever, so tenure is not cut at the window's start. */
export function scoreClients(result: Segmentation, accounts?: ReadonlyMap<string, Account>, options?: ScoreOptionsInput | ScoreOptions, firstPurchase?: (client: string) => string | undefined): KeyScore[] {
  const score = clientScorer(result, accounts, options, firstPurchase);
  return result.clients.map((_, i) => score(i));
}

/**
 * The score of client `i` of a run, worked out when asked (the run's medians
 * once): a table written row by row keeps no 50,000 scores alive.
 */
export function clientScorer(result: Segmentation, accounts?: ReadonlyMap<string, Account>, options?: ScoreOptionsInput | ScoreOptions, firstPurchase?: (client: string) => string | undefined): (i: number) => KeyScore {
  const parsed = parseScoreOptions(options);
  const context = scoreContext(result);
  return (i) => {
    const c = result.clients[i];
    const first = firstPurchase?.(c.client);
    return scoreClient(first && c.firstPurchase && first < c.firstPurchase ? { ...c, firstPurchase: first } : c, accounts?.get(c.client), context, parsed);
  };
}
