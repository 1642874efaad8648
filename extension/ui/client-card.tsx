/**
 * A client's card: who it is, how much it buys, why it sits in its cell,
 * whether it is slipping away, who owns it and what to do with it. Shown by
 * a badge on hover or focus, and by the popup's search.
 *
 * @example
 * <ClientCard client={client} count={120} lang="en" match={{ at: 0, by: 'domain', key: 'romashka.ru' }} />
 */
import type { Lang } from '../../shared/options.js';
import type { ReasonBasis } from '../data/reason-figures.js';
import type { StoredClient } from '../data/stored-client.js';
import { t } from '../i18n.js';
import type { Match } from '../match/lookup.js';
import { cardFacts } from './card-facts.js';
import { cellStyle } from './cell-colours.js';
import { KeyAccountSection } from './key-account-section.js';

/** `count`: clients in the data; `basis`: how the data were segmented, when the extension did it (reasons are then worded here). */
export type ClientCardProps = { client: StoredClient; count: number; lang: Lang; match?: Match; basis?: ReasonBasis; id?: string };

const trendArrow = { rising: '↗', falling: '↘', stable: '→' } as const;

export function ClientCard({ client, count, lang, match, basis, id }: ClientCardProps) {
  const facts = cardFacts(client, lang, count, basis);
  const name = client.name || client.client;
  return (
    <div class="body" id={id} style={cellStyle(client.segment)}>
      <div class="head">
        <span class="cell">{client.segment}</span>
        <div>
          <div class="name">{name}</div>
          <div class="sub">
            {name !== client.client ? `${client.client} · ` : ''}
            {t(lang, 'cardRank', client.rank, count)}
          </div>
        </div>
      </div>
      <dl class="facts">
        <dt>{t(lang, 'cardTotal')}</dt>
        <dd>
          <span class="num">{facts.total}</span> <span class="of">· {t(lang, 'cardShare', facts.share)}</span>
        </dd>
        <dt>ABC</dt>
        <dd>{facts.abcReason}</dd>
        <dt>XYZ</dt>
        <dd>{facts.xyzReason}</dd>
        <dt>{t(lang, 'cardType')}</dt>
        <dd>
          {facts.types.length ? (
            <span class="tags">
              {facts.types.map((type) => (
                <span class="tag" key={type}>{type}</span>
              ))}
            </span>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t(lang, 'cardTrend')}</dt>
        <dd>{facts.trend && client.trend ? `${trendArrow[client.trend]} ${facts.trend}` : '—'}</dd>
        <dt>{t(lang, 'cardLastPurchase')}</dt>
        <dd>{facts.lastPurchase ?? '—'}</dd>
        <dt>{t(lang, 'cardKam')}</dt>
        <dd>{client.kam || '—'}</dd>
      </dl>
      <KeyAccountSection client={client} lang={lang} match={match} />
      {facts.risk && <div class={client.risk === 'lost' ? 'alert lost' : 'alert'} role="status">{facts.risk}</div>}
      <div class="action">
        <b>{t(lang, 'cardAction')}</b>
        {facts.action}
      </div>
      {match && <div class="why">{t(lang, match.by === 'email' ? 'matchedEmail' : match.by === 'domain' ? 'matchedDomain' : 'matchedName', match.key)}</div>}
    </div>
  );
}
