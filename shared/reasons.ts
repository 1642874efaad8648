/**
 * The reason behind each class, in words and numbers, for badges, tooltips
 * and the segments table: "A: 63.2% cumulative before it, rank 4 of 212",
 * "Z: CV 41% over 12 months".
 *
 * They are made on demand from a scored client's numbers, so a KAM's badge
 * can speak Russian while the analyst's table was made in English, and a
 * 50,000-client run does not build 250,000 strings nobody reads.
 *
 * @example
 * abcReason({ abc: 'A', cumBefore: 0.632, rank: 4, total: 10 }, 212, 'before', 'en');
 * // 'A: 63.2% cumulative before it, rank 4 of 212'
 * explainClient(result.clients[0], result, 'ru').xyz; // 'X: КВ 4% за 24 мес.'
 */
import type { AbcClass, AbcRank, AbcRule } from './abc.js';
import { formatAmount, formatPercent } from './format.js';
import { messages, type AccountType } from './messages.js';
import type { Lang, Period } from './options.js';
import type { RiskResult } from './risk.js';
import type { FrequencyClass } from './frequency.js';
import type { ClientSegment, Segmentation } from './segment.js';

export type AbcReasonInput = Pick<AbcRank, 'abc' | 'cumBefore' | 'rank' | 'total' | 'flag'> & { cumShare?: number };

/** `tieWith`: the rank of the first client with the same total, whose class this one shares. */
export function abcReason(r: AbcReasonInput, of: number, rule: AbcRule, lang: Lang, tieWith?: number): string {
  const m = messages[lang];
  if (r.flag === 'no-revenue') return m.reasonAbcNoRevenue();
  if (r.flag === 'loss') return m.reasonAbcLoss(formatAmount(-r.total, lang));
  if (tieWith !== undefined) return m.reasonAbcTie(r.abc as AbcClass, tieWith);
  const cumulative = rule === 'before' ? r.cumBefore : (r.cumShare ?? r.cumBefore);
  return m.reasonAbc(r.abc, formatPercent(cumulative, lang), rule, r.rank, of);
}

export function xyzReason(xyz: string, cv: number, periods: number, period: Period, lang: Lang): string {
  const m = messages[lang];
  return Number.isFinite(cv) ? m.reasonXyz(xyz, formatPercent(cv, lang, 0), periods, period) : m.reasonXyzNoSales(periods, period);
}

export function frequencyReason(bought: number, periods: number, period: Period, frequency: FrequencyClass, lang: Lang): string {
  const m = messages[lang];
  return m.reasonFrequency(bought, periods, period, m.frequency[frequency]);
}

export function riskReason(risk: RiskResult, lang: Lang): string | undefined {
  const m = messages[lang];
  if (risk.risk === 'lost') return m.reasonLost(risk.daysSince);
  if (risk.risk === 'at-risk') return m.reasonAtRisk(risk.daysSince, Math.round(risk.usualGap ?? 0));
  return undefined;
}

export function typeReason(types: readonly AccountType[], share: number, lang: Lang): string | undefined {
  if (!types.length) return undefined;
  const m = messages[lang];
  return types.map((type) => (type === 'breadwinner' ? m.reasonBreadwinner(formatPercent(share, lang)) : m.accountType[type])).join(', ');
}

export type Reasons = { abc: string; xyz: string; frequency: string; new?: string; type?: string; risk?: string };

/** The figures of a scored client that its reasons are made from (a stored row can supply them too). */
export type ExplainInput = Pick<
  ClientSegment,
  'abc' | 'cumBefore' | 'cumShare' | 'rank' | 'total' | 'abcFlag' | 'tieRank' | 'xyz' | 'cv' | 'periods' | 'periodsWithPurchase' | 'frequency' | 'isNew' | 'firstPurchase' | 'types' | 'share' | 'risk' | 'daysSinceLastPurchase' | 'usualGapDays'
>;

/** What the reasons need to know of the run: how many clients were ranked, and by which rule and period. */
export type ExplainContext = { clients: { length: number }; options: Pick<Segmentation['options'], 'period' | 'abc' | 'lang'> };

/** Every reason for one scored client, in `lang`. */
export function explainClient(c: ExplainInput, result: ExplainContext, lang: Lang = result.options.lang): Reasons {
  const { period, abc } = result.options;
  const reasons: Reasons = {
    abc: abcReason({ abc: c.abc, cumBefore: c.cumBefore, cumShare: c.cumShare, rank: c.rank, total: c.total, flag: c.abcFlag }, result.clients.length, abc.rule, lang, c.tieRank),
    xyz: xyzReason(c.xyz, c.cv, c.periods, period, lang),
    frequency: frequencyReason(c.periodsWithPurchase, c.periods, period, c.frequency, lang),
  };
  if (c.isNew && c.firstPurchase) reasons.new = messages[lang].reasonNew(c.firstPurchase);
  const type = typeReason(c.types, c.share, lang);
  if (type) reasons.type = type;
  const risk = c.daysSinceLastPurchase === undefined ? undefined : riskReason({ risk: c.risk, daysSince: c.daysSinceLastPurchase, usualGap: c.usualGapDays }, lang);
  if (risk) reasons.risk = risk;
  return reasons;
}

/** The reasons as one line, in a fixed order, as the segments table and the CLI show them. */
export function reasonLine(reasons: Reasons): string {
  return [reasons.abc, reasons.xyz, reasons.frequency, reasons.new, reasons.type, reasons.risk].filter(Boolean).join('; ');
}
