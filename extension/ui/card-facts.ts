/**
 * What a client's card says, worked out from a stored client: the ABC and
 * XYZ reasons, the risk sentence, type and trend names, the cell's action.
 * A segments table carries the reasons as one `;`-joined text written in the
 * file's language; the parts are told apart by their leading class letter or
 * risk word, in either language.
 *
 * @example
 * cardFacts(client, 'en').risk; // 'at risk: 94 days since the last order, usual gap 30'
 */
import { formatAmount, formatPercent } from '../../shared/format.js';
import { messages, type CellCode } from '../../shared/messages.js';
import type { Lang } from '../../shared/options.js';
import type { StoredClient } from '../data/stored-client.js';

export type CardFacts = {
  total: string;
  share: string;
  abcReason: string;
  xyzReason: string;
  types: string[];
  trend: string | undefined;
  risk: string | undefined;
  action: string;
  otherReasons: string[];
};

const riskPrefixes = (['en', 'ru'] as const).flatMap((lang) => Object.values(messages[lang].risk).map((word) => `${word.toLowerCase()}:`));

export function cardFacts(client: StoredClient, lang: Lang): CardFacts {
  const m = messages[lang];
  const parts = client.reason ? client.reason.split(/;\s+/) : [];
  const take = (test: (part: string) => boolean): string | undefined => {
    const at = parts.findIndex(test);
    return at < 0 ? undefined : parts.splice(at, 1)[0];
  };
  const abcReason = take((p) => p.startsWith(`${client.abc}:`)) ?? client.abc;
  const xyzReason = take((p) => p.startsWith(`${client.xyz}:`)) ?? client.xyz;
  const riskPart = take((p) => riskPrefixes.some((prefix) => p.toLowerCase().startsWith(prefix)));
  let risk: string | undefined;
  if (client.risk === 'at-risk' && client.days_since != null && client.usual_gap != null) risk = m.reasonAtRisk(client.days_since, Math.round(client.usual_gap));
  else if (client.risk === 'lost' && client.days_since != null) risk = m.reasonLost(client.days_since);
  else if (client.risk) risk = riskPart ?? m.risk[client.risk];
  return {
    total: formatAmount(client.total, lang),
    share: formatPercent(client.share, lang),
    abcReason,
    xyzReason,
    types: client.type.map((type) => m.accountType[type]),
    trend: client.trend ? m.trend[client.trend] : undefined,
    risk,
    action: m.cellAction[client.segment as CellCode],
    otherReasons: parts,
  };
}
