/**
 * What a client's card says, worked out from a stored client in the
 * reader's language: the ABC and XYZ reasons, the risk sentence, type and
 * trend names, the last purchase date and the cell's action.
 *
 * Clients the extension segmented itself carry the figures their reasons are
 * made from, and the reasons are worded here, on demand, with the core's
 * wording; a segments table's written reasons are worded again from its
 * numbers (table-reasons.ts).
 *
 * @example
 * cardFacts(client, 'en', 120, dataset.basis).risk; // 'at risk: 94 days since the last order, usual gap 30'
 */
import { formatAmount, formatPercent } from '../../shared/format.js';
import { messages, type CellCode } from '../../shared/messages.js';
import type { Lang } from '../../shared/options.js';
import { abcReason, riskReason, xyzReason } from '../../shared/reasons.js';
import type { ReasonBasis, ReasonFigures } from '../data/reason-figures.js';
import type { StoredClient } from '../data/stored-client.js';
import { tableReasons } from './table-reasons.js';

export type CardFacts = {
  total: string;
  share: string;
  abcReason: string;
  xyzReason: string;
  types: string[];
  trend: string | undefined;
  risk: string | undefined;
  lastPurchase: string | undefined;
  action: string;
};

type Reasons = Pick<CardFacts, 'abcReason' | 'xyzReason' | 'risk'>;

/** `count`: clients in the dataset (the "of" in "rank 2 of 8"); `basis`: the dataset's, for clients segmented here. */
export function cardFacts(client: StoredClient, lang: Lang, count: number, basis?: ReasonBasis): CardFacts {
  const m = messages[lang];
  return {
    total: formatAmount(client.total, lang),
    share: formatPercent(client.share, lang),
    ...(client.figures && basis ? figureReasons(client, client.figures, basis, count, lang) : fromTable(client, count, lang)),
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
  };
}

function fromTable(client: StoredClient, count: number, lang: Lang): Reasons {
  const { abc, xyz, risk } = tableReasons(client, count, lang);
  return { abcReason: abc, xyzReason: xyz, risk };
}

/** An ISO day as the reader writes dates: '19 Mar 2024', '19 мар. 2024 г.'. */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
