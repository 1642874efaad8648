/**
 * A client's card: who it is, how much it buys and over which period, why
 * it sits in its cell, whether it is slipping away (and as of which day),
 * who owns it, what to do with it, and a way into the CRM. Shown by a badge
 * on hover or focus, and by the popup's search. Imported text is capped and
 * bidi-isolated (displayText + `<bdi>`).
 *
 * @example
 * <ClientCard client={client} count={120} lang="en" match={{ at: 0, by: 'domain', key: 'romashka.ru' }} view={view} />
 */
import { useState } from 'preact/hooks';
import { formatAmount } from '../../shared/format.js';
import type { Lang } from '../../shared/options.js';
import type { ReasonBasis } from '../data/reason-figures.js';
import type { StoredClient } from '../data/stored-client.js';
import { t } from '../i18n.js';
import type { Match } from '../match/lookup.js';
import { cardFacts, formatAsOf, withCurrency } from './card-facts.js';
import type { CardView } from './card-view.js';
import { cellStyle } from './cell-colours.js';
import { KeyAccountSection } from './key-account-section.js';
import { copyText } from './copy-text.js';
import { crmLinks, isInn } from './crm-links.js';
import { displayText } from './display-text.js';
import { formatAge } from './format-age.js';
import { Sparkline } from './sparkline.js';

/** `count`: clients in the data; `basis`: how the data were segmented, when the extension did it (reasons are then worded here); `view`: currency, as-of day and CRM links. */
export type ClientCardProps = { client: StoredClient; count: number; lang: Lang; match?: Match; basis?: ReasonBasis; id?: string; view?: CardView; /** The role of the person found by e-mail (contacts file). */ role?: string };

const trendArrow = { rising: '↗', falling: '↘', stable: '→' } as const;

export function ClientCard({ client, count, lang, match, basis, id, view, role }: ClientCardProps) {
  const currency = view?.currency ?? '₽';
  const facts = cardFacts(client, lang, count, basis, currency);
  const name = displayText(client.name || client.client);
  const clientId = displayText(client.client);
  const asOf = view?.asOf ? formatAsOf(view.asOf, lang) : undefined;
  const series = client.figures?.series;
  const links = crmLinks(client, view?.crmLinks ?? []);
  return (
    <div class="body" id={id} style={cellStyle(client.segment)}>
      <div class="head">
        <span class="cell">{client.segment}</span>
        <div>
          <div class="name"><bdi>{name}</bdi></div>
          <div class="sub">
            {name !== clientId ? <><bdi>{clientId}</bdi> · </> : ''}
            {t(lang, 'cardRank', client.rank, count)}
          </div>
        </div>
      </div>
      <dl class="facts">
        {role && match?.by === 'email' && (
          <>
            <dt>{t(lang, 'cardPerson')}</dt>
            <dd class="person">
              <bdi>{displayText(match.key)}</bdi> — <bdi>{displayText(role)}</bdi>
            </dd>
          </>
        )}
        <dt>{t(lang, 'cardTotal')}</dt>
        <dd>
          <span class="num">{facts.total}</span>
          {facts.window && <> {facts.window}</>} <span class="of">· {t(lang, 'cardShare', facts.share)}</span>
          {series && series.length > 1 && (
            <div class="spark-row">
              <Sparkline
                series={series}
                label={t(lang, 'cardSparkline', facts.window ?? '', ...[Math.min(...series), Math.max(...series), series[series.length - 1]].map((v) => withCurrency(formatAmount(v, lang), currency, lang)))}
              />
            </div>
          )}
        </dd>
        <dt>{t(lang, 'cardAbcLabel')}</dt>
        <dd>{facts.abcReason}</dd>
        <dt>{t(lang, 'cardXyzLabel')}</dt>
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
        <dd>{client.kam ? <bdi>{displayText(client.kam)}</bdi> : '—'}</dd>
      </dl>
      <KeyAccountSection client={client} lang={lang} />
      {facts.risk && (
        <div class={client.risk === 'lost' ? 'alert lost' : 'alert'} role="status">
          <span class="risk-mark" aria-hidden="true">{client.risk === 'lost' ? '✕' : '!'}</span>
          {displayText(facts.risk, 400)}
          {asOf && <> ({t(lang, 'cardAsOf', asOf)})</>}
        </div>
      )}
      <div class="action">
        <b>{t(lang, 'cardAction')}</b>
        {facts.action}
      </div>
      <CardLinks client={client} links={links} lang={lang} />
      <div class="why">
        {match && <>{t(lang, match.by === 'email' ? 'matchedEmail' : match.by === 'domain' ? 'matchedDomain' : 'matchedName', displayText(match.key))}</>}
        {match && asOf && ' · '}
        {asOf && (view?.importedAt ? t(lang, 'cardAsOfImported', asOf, formatAge(view.importedAt, lang)) : t(lang, 'cardAsOf', asOf))}
      </div>
    </div>
  );
}

function CardLinks({ client, links, lang }: { client: StoredClient; links: ReturnType<typeof crmLinks>; lang: Lang }) {
  const [copied, setCopied] = useState(false);
  const inn = isInn(client.client);
  return (
    <div class="links">
      {links.map((link) => (
        <a key={link.href} class="crm-link" href={link.href} target="_blank" rel="noopener noreferrer">
          {link.name && links.length > 1 ? t(lang, 'cardOpenIn', link.name) : t(lang, 'cardOpenCrm')} ↗
        </a>
      ))}
      <button
        type="button"
        class="copy"
        onClick={async (event) => {
          const ok = await copyText(inn ? client.client.replace(/\s/g, '') : client.client, (event.currentTarget as Element).ownerDocument);
          setCopied(ok);
        }}
      >
        {t(lang, inn ? 'cardCopyInn' : 'cardCopyId')}
      </button>
      {copied && <span class="copied" role="status">{t(lang, 'cardCopied')}</span>}
    </div>
  );
}
