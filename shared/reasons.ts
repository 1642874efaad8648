/**
 * The reason behind each class, in words and numbers, for badges, tooltips
 * and the segments table: "A: 63.2% cumulative before it, rank 4 of 212",
 * "Z: CV 41% over 12 months".
 *
 * @example
 * abcReason({ abc: 'A', cumBefore: 0.632, rank: 4, total: 10, tieWith: undefined }, 212, 'before', 'en');
 * // 'A: 63.2% cumulative before it, rank 4 of 212'
 */
import type { AbcClass, AbcRank, AbcRule } from './abc.js';
import { formatAmount, formatPercent } from './format.js';
import { messages, type AccountType } from './messages.js';
import type { Lang, Period } from './options.js';
import type { RiskResult } from './risk.js';
import type { FrequencyClass } from './frequency.js';

export type AbcReasonInput = Pick<AbcRank, 'abc' | 'cumBefore' | 'rank' | 'total' | 'flag'> & { cumShare?: number; tieWith?: number };

export function abcReason(r: AbcReasonInput, of: number, rule: AbcRule, lang: Lang): string {
  const m = messages[lang];
  if (r.flag === 'no-revenue') return m.reasonAbcNoRevenue();
  if (r.flag === 'loss') return m.reasonAbcLoss(formatAmount(-r.total, lang));
  if (r.tieWith !== undefined) return m.reasonAbcTie(r.abc as AbcClass, r.tieWith);
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
