/**
 * The key-account part of a client's card: score and tier with its parts
 * (listed under the score), class movement, the 3 P's, who decides,
 * competitors, the contract and the next step (the sender's role, from the
 * contacts file, is the card's own first line). Renders nothing
 * for a client with none of them (a table written before the score).
 *
 * @example
 * <KeyAccountSection client={client} lang="ru" />
 */
import type { Lang } from '../../shared/options.js';
import type { StoredClient } from '../data/stored-client.js';
import { t } from '../i18n.js';
import { keyAccountFacts } from './key-account-facts.js';

const movementMark = { up: '↑', down: '↓', same: '=', new: '+', gone: '×' } as const;

export function KeyAccountSection({ client, lang }: { client: StoredClient; lang: Lang }) {
  const f = keyAccountFacts(client, lang);
  if (!f.score && !f.movement && !f.threePs && !f.decisionMakers && !f.competitors && !f.nextStep && !f.contract) return null;
  return (
    <dl class="facts ka" data-part="key-account">
      {f.score && (
        <>
          <dt>{t(lang, 'cardScore')}</dt>
          <dd data-part="score">
            <span class="num">{f.score.value}</span> <span class={`tier ${client.tier}`}>{f.score.tier}</span>
            {f.score.parts.length > 0 && (
              <ul class="parts">
                {f.score.parts.map((part) => (
                  <li key={part}>{part}</li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
      {f.movement && (
        <>
          <dt>{t(lang, 'cardMovement')}</dt>
          <dd data-part="movement" class={`move ${f.movement.kind}`}>
            {movementMark[f.movement.kind]} {f.movement.text}
          </dd>
        </>
      )}
      {f.threePs && (
        <>
          <dt>{t(lang, 'cardThreePs')}</dt>
          <dd data-part="three-ps">
            {f.threePs.text}
            {f.threePs.qualified && <span class="tag">✓ {t(lang, 'cardQualified')}</span>}
          </dd>
        </>
      )}
      {f.decisionMakers && (
        <>
          <dt>{t(lang, 'cardDecisionMakers')}</dt>
          <dd data-part="decision-makers">{f.decisionMakers}</dd>
        </>
      )}
      {f.competitors && (
        <>
          <dt>{t(lang, 'cardCompetitors')}</dt>
          <dd data-part="competitors">{f.competitors}</dd>
        </>
      )}
      {(f.nextStep || f.contract) && (
        <>
          <dt>{t(lang, 'cardNextStep')}</dt>
          <dd data-part="next-step">{[f.nextStep, f.contract].filter(Boolean).join(' · ')}</dd>
        </>
      )}
    </dl>
  );
}

/** The section's styles, appended to the card's. */
export const keyAccountStyles = `
.facts.ka { margin-top: 8px; padding-top: 7px; border-top: 1px solid #eef0f3; }
.tier { border-radius: 4px; padding: 0 5px; font-size: 11.5px; background: #f3f4f6; color: #374151; }
.tier.key { background: #dcfce7; color: #166534; }
.tier.develop { background: #fef9c3; color: #854d0e; }
.parts { margin: 3px 0 0; padding-left: 14px; color: #4b5563; font-size: 11.5px; }
.move.down, .move.gone { color: #b91c1c; }
.move.up, .move.new { color: #15803d; }
`;
