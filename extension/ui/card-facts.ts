/**
 * What a client's card says, worked out from a stored client in the
 * reader's language: the sum with its currency and window, the ABC and XYZ
 * reasons, the risk sentence, type and trend names, the last purchase date
 * and the cell's action.
 *
 * Clients the extension segmented itself carry the figures their reasons are
 * made from, and the reasons are worded here, on demand, with the core's
 * wording; a segments table's written reasons are worded again from its
 * numbers (table-reasons.ts). A C client's line says its rank and share
 * ("C: место 280 из 300, доля 0,01%"), not a cumulative share near 100%,
 * and the coefficient of variation is named in full, not as "КВ".
 *
 * @example
 * cardFacts(client, 'en', 120, dataset.basis).risk; // 'at risk: 94 days since the last order, usual gap 30'
 */
import { formatAmount, formatDecimal, pluralRu } from '../../shared/format.js';
import { messages, type CellCode } from '../../shared/messages.js';
import type { Lang, Period } from '../../shared/options.js';
import { abcReason, riskReason, xyzReason } from '../../shared/reasons.js';
import type { ReasonBasis, ReasonFigures } from '../data/reason-figures.js';
import type { StoredClient } from '../data/stored-client.js';
import { t } from '../i18n.js';
import { tableReasons } from './table-reasons.js';

export type CardFacts = {
  /** The sum with its currency: '3 105 000 ₽'. */
  total: string;
  share: string;
  /** The period the sum covers: 'за 18 мес.', or undefined when unknown. */
  window: string | undefined;
  abcReason: string;
  xyzReason: string;
  types: string[];
  trend: string | undefined;
  risk: string | undefined;
  lastPurchase: string | undefined;
  action: string;
};

type Reasons = Pick<CardFacts, 'abcReason' | 'xyzReason' | 'risk'> & { window?: { periods: number; period: Period } };

/** `count`: clients in the dataset (the "of" in "rank 2 of 8"); `basis`: the dataset's, for clients segmented here. */
export function cardFacts(client: StoredClient, lang: Lang, count: number, basis?: ReasonBasis, currency = '₽'): CardFacts {
  const m = messages[lang];
  const reasons = client.figures && basis ? figureReasons(client, client.figures, basis, count, lang) : fromTable(client, count, lang);
  const share = formatShare(client.share, lang);
  const flagged = client.figures ? client.figures.abcFlag !== null : client.cum_share === null;
  return {
    total: withCurrency(formatAmount(client.total, lang), currency, lang),
    share,
    window: reasons.window ? windowText(reasons.window.periods, reasons.window.period, lang) : undefined,
    abcReason: client.abc === 'C' && !flagged ? t(lang, 'cardAbcSmall', client.abc, client.rank, count, share) : reasons.abcReason,
    xyzReason: spellOutCv(reasons.xyzReason, lang),
    risk: reasons.risk,
    types: client.type.map((type) => m.accountType[type]),
    trend: client.trend ? m.trend[client.trend] : undefined,
    lastPurchase: client.last_purchase ? formatDay(client.last_purchase, lang) : undefined,
    action: m.cellAction[client.segment as CellCode],
  };
}

function figureReasons(client: StoredClient, f: ReasonFigures, basis: ReasonBasis, count: number, lang: Lang): Reasons {
  const abc = { abc: client.abc, cumBefore: f.cumBefore, cumShare: client.cum_share ?? undefined, rank: client.rank, total: client.total, flag: f.abcFlag ?? undefined };
  return {
    abcReason: abcReason(abc, count, basis.abcRule, lang, f.tieRank ?? undefined),
    xyzReason: xyzReason(client.xyz, client.cv ?? NaN, f.periods, basis.period, lang),
    risk: client.risk && f.daysSince !== null ? riskReason({ risk: client.risk, daysSince: f.daysSince, usualGap: f.usualGap ?? undefined }, lang) : undefined,
    window: { periods: f.series?.length ?? f.periods, period: basis.period },
  };
}

function fromTable(client: StoredClient, count: number, lang: Lang): Reasons {
  const { abc, xyz, risk, window } = tableReasons(client, count, lang);
  return { abcReason: abc, xyzReason: xyz, risk, window };
}

/** "Y: КВ 18% за 18 мес." -> "Y: коэффициент вариации 18% за 18 мес.": the core's short term, named in full on the card. */
function spellOutCv(text: string, lang: Lang): string {
  return text.replace(/^([XYZ]): (?:КВ|CV) /u, (_, xyz: string) => `${xyz}: ${t(lang, 'cardCv')} `);
}

/**
 * A share to a precision that still says something: '20,6%' for large
 * clients, '0,35%' or '0,01%' for small ones, '< 0,01%' below that.
 */
export function formatShare(fraction: number, lang: Lang): string {
  if (!Number.isFinite(fraction)) return '—';
  const percent = fraction * 100;
  if (percent === 0) return '0%';
  if (percent < 0.01) return `< ${formatDecimal(0.01, lang, 2)}%`;
  return `${formatDecimal(percent, lang, percent >= 1 ? 1 : 2)}%`;
}

/** '3 105 000 ₽' in Russian; '$3,105,000' or '3,105,000 ₽' in English. */
export function withCurrency(amount: string, currency: string, lang: Lang): string {
  if (!currency) return amount;
  return lang === 'en' && /^[$€£¥]$/.test(currency) ? `${currency}${amount}` : `${amount}\u00a0${currency}`;
}

/** 'за 18 мес.', 'за 6 кварталов', 'over 18 months'. */
export function windowText(periods: number, period: Period, lang: Lang): string {
  if (lang === 'ru') {
    const unit = period === 'month' ? 'мес.' : period === 'week' ? pluralRu(periods, 'неделю', 'недели', 'недель') : pluralRu(periods, 'квартал', 'квартала', 'кварталов');
    return `за ${periods}\u00a0${unit}`;
  }
  return `over ${periods}\u00a0${period}${periods === 1 ? '' : 's'}`;
}

/** An ISO day as the reader writes dates: '19 Mar 2024', '19 мар. 2024 г.'. */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An as-of day in figures: '12.12.2025' in Russian, '12 Dec 2025' in English. */
export function formatAsOf(iso: string, lang: Lang): string {
  if (lang !== 'ru') return formatDay(iso, lang);
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return found ? `${found[3]}.${found[2]}.${found[1]}` : iso;
}
