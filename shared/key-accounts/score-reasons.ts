/**
 * The key-client score in words and numbers, Russian or English, like the
 * class reasons: each part with its figures and the points it adds, then
 * what was missing.
 *
 * @example
 * scoreReason(score, 'en');
 * // 'score 72 (key): turnover 12.3% of the total against 10% for a breadwinner → 25 of 25; ...; not known: margin (weights renormalised)'
 * scorePartReasons(score, 'ru')[0]; // { part: 'turnover', name: 'оборот', text: '12,3% общей суммы при 10% у кормильца', points: '25 из 25' }
 */
import { formatAmount, formatDecimal, formatPercent } from '../format.js';
import type { Lang } from '../options.js';
import { keyAccountMessages } from './messages.js';
import type { KeyScore, ScorePart } from './score.js';

export type PartReason = { part: ScorePart['part']; name: string; text: string; points: string };

export function scorePartReasons(score: Pick<KeyScore, 'parts'>, lang: Lang): PartReason[] {
  const m = keyAccountMessages[lang];
  const pct = (x: number, digits = 1) => formatPercent(x, lang, digits);
  return score.parts.map((p) => {
    let text: string;
    switch (p.part) {
      case 'turnover':
        text = m.turnover(pct(p.figures.share), pct(p.figures.breadwinnerShare, 0));
        break;
      case 'margin':
        text = m.margin(pct(p.figures.margin), pct(p.figures.medianMargin));
        break;
      case 'reliability':
        text = m.reliability(p.figures.xyz, p.figures.bought, p.figures.periods) + (p.figures.paymentDelayDays === undefined ? '' : `, ${m.paymentDelay(Math.round(p.figures.paymentDelayDays))}`);
        break;
      case 'tenure':
        text = m.tenure(p.figures.days, p.figures.fullDays);
        break;
      case 'trend':
        text = m.trend(Number.isFinite(p.figures.change) ? signed(p.figures.change, lang) : p.figures.change > 0 ? '+∞' : '−∞');
        break;
      case 'wallet': {
        const gap = p.figures.potential - p.figures.yearly;
        text = m.wallet(formatAmount(p.figures.potential, lang), pct(p.figures.shareOfWallet, 0), gap > 0 ? formatAmount(gap, lang) : undefined);
        break;
      }
      case 'reputation':
        text = p.value > 0 ? m.reputation(p.figures.tags.join(', ')) : m.reputationNone;
        break;
    }
    return { part: p.part, name: m.partName[p.part], text, points: m.points(formatDecimal(p.points, lang, 0), formatDecimal(p.weight * 100, lang, 0)) };
  });
}

/** The missing parts in words, or undefined when every part was known. */
export function missingReason(score: Pick<KeyScore, 'missing'>, lang: Lang): string | undefined {
  const m = keyAccountMessages[lang];
  return score.missing.length ? m.missing(score.missing.map((p) => m.partName[p]).join(', ')) : undefined;
}

/** The whole score as one line, for the segments table and the CLI. */
export function scoreReason(score: KeyScore, lang: Lang): string {
  const m = keyAccountMessages[lang];
  const parts = scorePartReasons(score, lang).map((r) => `${r.name} ${r.text} → ${r.points}`);
  const missing = missingReason(score, lang);
  return `${m.scoreLine(Math.round(score.score), m.tier[score.tier])}: ${[...parts, ...(missing ? [missing] : [])].join('; ')}`;
}

/** `+6%`, `−12%`, and `0%` for a change that rounds to nothing. */
function signed(change: number, lang: Lang): string {
  const text = formatPercent(Math.abs(change), lang, 0);
  return text === formatPercent(0, lang, 0) ? text : `${change > 0 ? '+' : '−'}${text}`;
}
