/**
 * The key-client score in words and numbers, Russian or English, like the
 * class reasons: each part with its figures and the points it adds, then
 * what was missing.
 *
 * @example
 * scoreReason(score, 'en');
 * // 'score 72 (key): turnover 12.3% of total (breadwinner 10%): 25/25; ...; not known: margin (reweighted)'
 * scorePartReasons(score, 'ru')[0]; // { part: 'turnover', name: 'оборот', text: '12,3% суммы (кормилец 10%)', points: '25/25' }
 */
import { formatAmount, formatDecimal, formatPercent } from '../format.js';
import type { Lang } from '../options.js';
import { keyAccountMessages } from './messages.js';
import { scorePartNames, type KeyScore, type ScorePart } from './score.js';

export type PartReason = { part: ScorePart['part']; name: string; text: string; points: string };

export function scorePartReasons(score: Pick<KeyScore, 'parts'>, lang: Lang): PartReason[] {
  const m = keyAccountMessages[lang];
  return score.parts.map((p) => ({ part: p.part, name: m.partName[p.part], text: partText(p, lang), points: m.points(formatDecimal(p.points, lang, 0), formatDecimal(p.weight * 100, lang, 0)) }));
}

/** What one part measured, in words. */
function partText(p: ScorePart, lang: Lang): string {
  const m = keyAccountMessages[lang];
  const pct = (x: number, digits = 1) => formatPercent(x, lang, digits);
  switch (p.part) {
    case 'turnover':
      return m.turnover(pct(p.figures.share), pct(p.figures.breadwinnerShare, 0));
    case 'margin':
      return m.margin(pct(p.figures.margin), pct(p.figures.medianMargin));
    case 'reliability':
      return m.reliability(p.figures.xyz, p.figures.bought, p.figures.periods) + (p.figures.paymentDelayDays === undefined ? '' : `, ${m.paymentDelay(Math.round(p.figures.paymentDelayDays))}`);
    case 'tenure':
      return m.tenure(p.figures.days, p.figures.fullDays);
    case 'trend':
      return m.trend(Number.isFinite(p.figures.change) ? signed(p.figures.change, lang) : p.figures.change > 0 ? '+∞' : lang === 'en' ? '-∞' : '−∞');
    case 'wallet': {
      const gap = p.figures.potential - p.figures.yearly;
      return m.wallet(formatAmount(p.figures.potential, lang), pct(p.figures.shareOfWallet, 0), gap > 0 ? formatAmount(gap, lang) : undefined);
    }
    case 'reputation':
      return p.value > 0 ? m.reputation(p.figures.tags.join(', ')) : m.reputationNone;
  }
}

/** The missing parts in words, or undefined when every part was known. */
export function missingReason(score: Pick<KeyScore, 'missing'>, lang: Lang): string | undefined {
  const m = keyAccountMessages[lang];
  return score.missing.length ? m.missing(score.missing.map((p) => m.partName[p]).join(', ')) : undefined;
}

/** The whole score as one line, for the segments table and the CLI. */
export function scoreReason(score: KeyScore, lang: Lang): string {
  const m = keyAccountMessages[lang];
  const parts = scorePartReasons(score, lang).map((r) => `${r.name} ${r.text}: ${r.points}`);
  const missing = missingReason(score, lang);
  return `${m.scoreLine(Math.round(score.score), m.tier[score.tier])}: ${[...parts, ...(missing ? [missing] : [])].join('; ')}`;
}

/**
 * `scoreReason` for many scores of one run (a table of 50,000 clients): the
 * same text, with the pieces that repeat from client to client (points,
 * periods bought, days of tenure, what is missing, the score line) worded
 * once and reused, so a reason costs a few concatenations.
 *
 * @example
 * const reason = scoreReasoner('ru');
 * const texts = scores.map(reason); // each === scoreReason(score, 'ru')
 */
export type ScoreReasoner = ((score: KeyScore) => string) & {
  /** Pushes the reason's pieces onto `out` (a table's chunk, joined once) instead of making a string; returns their length. */
  write(score: KeyScore, out: string[]): number;
};

export function scoreReasoner(lang: Lang): ScoreReasoner {
  const m = keyAccountMessages[lang];
  const names = Object.fromEntries(scorePartNames.map((part) => [part, m.partName[part] + ' '])) as Record<ScorePart['part'], string>;
  const points = new Map<number, string>();
  const reliability = new Map<number, string>();
  const tenure = new Map<number, string>();
  const missing = new Map<number, string>();
  const lines = new Map<number, string>();
  const percent1 = new Map<number, string>();
  const tiers = ['key', 'develop', 'maintain'] as const;
  const zero = formatPercent(0, lang, 0);
  // An ASCII hyphen in English keeps the table's text one byte a character; Russian text is two-byte anyway.
  const minus = lang === 'en' ? '-' : '−';
  const mark = lang === 'ru' ? ',' : '.';
  // formatPercent(fraction, lang, digits) for digits 0 or 1, the same text without toFixed where it cannot differ.
  const percent = (fraction: number, digits: 0 | 1): string => {
    const value = fraction * 100;
    const text = fixed(value, digits);
    return text === undefined ? formatPercent(fraction, lang, digits) : digits ? `${text.whole}${mark}${text.tenth}%` : `${text.whole}%`;
  };
  const cached = <K>(cache: Map<K, string>, key: K, make: () => string) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = make()));
    return text;
  };
  const pointsText = (p: ScorePart) => {
    const got = Math.round(p.points);
    const of = Math.round(p.weight * 100);
    // For finite values from 0 up, Math.round is toFixed(0): both round half up from the exact value.
    if (!(p.points >= 0 && p.weight >= 0 && got <= 100 && of <= 100)) return m.points(formatDecimal(p.points, lang, 0), formatDecimal(p.weight * 100, lang, 0));
    return cached(points, got * 101 + of, () => m.points(String(got), String(of)));
  };
  const text = (p: ScorePart): string => {
    switch (p.part) {
      case 'turnover': {
        const f = p.figures;
        return m.turnover(percent(f.share, 1), cached(percent1, f.breadwinnerShare, () => formatPercent(f.breadwinnerShare, lang, 0)));
      }
      case 'reliability': {
        const f = p.figures;
        const xyz = f.xyz === 'X' ? 0 : f.xyz === 'Y' ? 1 : f.xyz === 'Z' ? 2 : -1;
        if (xyz < 0 || f.paymentDelayDays !== undefined || !Number.isInteger(f.bought) || !Number.isInteger(f.periods) || f.bought < 0 || f.periods < 0 || f.bought >= 1e6 || f.periods >= 1e6) break;
        return cached(reliability, (xyz * 1e6 + f.periods) * 1e6 + f.bought, () => m.reliability(f.xyz, f.bought, f.periods));
      }
      case 'tenure': {
        const f = p.figures;
        if (!Number.isInteger(f.days) || !Number.isInteger(f.fullDays) || f.days < 0 || f.fullDays < 0 || f.days >= 1e7 || f.fullDays >= 1e7) break;
        return cached(tenure, f.fullDays * 1e7 + f.days, () => m.tenure(f.days, f.fullDays));
      }
      case 'trend': {
        const change = p.figures.change;
        if (!Number.isFinite(change)) break;
        const shown = percent(Math.abs(change), 0);
        return m.trend(shown === zero ? shown : `${change > 0 ? '+' : minus}${shown}`);
      }
    }
    return partText(p, lang);
  };
  const write = (score: KeyScore, out: string[]): number => {
    const rounded = Math.round(score.score);
    const tier = tiers.indexOf(score.tier);
    const start = out.length;
    out.push(Number.isInteger(rounded) && rounded >= 0 && rounded <= 100 && tier >= 0 ? cached(lines, rounded * 3 + tier, () => m.scoreLine(rounded, m.tier[score.tier]) + ': ') : m.scoreLine(rounded, m.tier[score.tier]) + ': ');
    for (let i = 0; i < score.parts.length; i++) {
      const p = score.parts[i];
      if (i > 0) out.push('; ');
      out.push(names[p.part], text(p), ': ', pointsText(p));
    }
    if (score.missing.length) {
      if (score.parts.length) out.push('; ');
      // The missing parts as digits of a number (each part's place + 1): a key made without a string.
      let key = 0;
      for (const part of score.missing) key = key * 8 + scorePartNames.indexOf(part) + 1;
      out.push(cached(missing, key, () => missingReason(score, lang)!));
    }
    let size = 0;
    for (let i = start; i < out.length; i++) size += out[i].length;
    return size;
  };
  // Pieces joined once: a flat string, where `+` would leave a rope of a dozen pieces for the table's join to walk.
  const pieces: string[] = [];
  const reason = (score: KeyScore) => {
    pieces.length = 0;
    write(score, pieces);
    return pieces.join('');
  };
  return Object.assign(reason, { write });
}

/**
 * value.toFixed(digits) (0 or 1) as its whole and tenth parts, or undefined
 * where toFixed itself must decide: Math.round of the scaled value is the
 * same integer when it is not within a hair of a half (the segments table's
 * rounding rests on the same fact).
 */
function fixed(value: number, digits: 0 | 1): { whole: string; tenth: number } | undefined {
  if (!(value >= 0 && value < 1e15)) return undefined;
  const scaled = digits ? value * 10 : value;
  if (digits && Math.abs((scaled % 1) - 0.5) <= 1e-6) return undefined;
  const n = Math.round(scaled);
  return digits ? { whole: String(Math.floor(n / 10)), tenth: n % 10 } : { whole: String(n), tenth: 0 };
}

/** `+6%`, `−12%`, and `0%` for a change that rounds to nothing. */
function signed(change: number, lang: Lang): string {
  const text = formatPercent(Math.abs(change), lang, 0);
  return text === formatPercent(0, lang, 0) ? text : `${change > 0 ? '+' : lang === 'en' ? '-' : '−'}${text}`;
}
