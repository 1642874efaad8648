/**
 * What the card says about a client as a key account, in the reader's
 * language: the score and tier with its parts, the class movement ("было AY
 * → стало AZ"), the 3 P's of a prospect, who decides,
 * competitors, the contract and the next step with its date. Everything
 * comes from the stored row (segments table plus the attached dossier); the
 * parts are the score reason's, as the core wrote them.
 *
 * @example
 * keyAccountFacts(client, 'ru').movement; // { kind: 'up', text: 'было AY → стало AX' }
 */
import { keyAccountMessages } from '../../shared/key-accounts/messages.js';
import { ContactRoleSchema } from '../../shared/key-accounts/account.js';
import type { Lang } from '../../shared/options.js';
import type { StoredClient } from '../data/stored-client.js';
import { t } from '../i18n.js';
import { formatDay } from './card-facts.js';

export type KeyAccountFacts = {
  score?: { value: number; tier: string; parts: string[] };
  movement?: { kind: NonNullable<StoredClient['movement']>; text: string };
  threePs?: { text: string; qualified: boolean };
  decisionMakers?: string;
  competitors?: string;
  contract?: string;
  nextStep?: string;
};

export function keyAccountFacts(client: StoredClient, lang: Lang): KeyAccountFacts {
  const m = keyAccountMessages[lang];
  const role = (text: string) => {
    const known = ContactRoleSchema.safeParse(text);
    return known.success ? m.role[known.data] : text;
  };
  const facts: KeyAccountFacts = {};
  if (typeof client.score === 'number' && client.tier) {
    // "score 72 (key): part; part; …": the parts follow the first colon.
    const reason = client.score_reason ?? '';
    const parts = reason.includes(': ') ? reason.slice(reason.indexOf(': ') + 2).split('; ').filter(Boolean) : [];
    facts.score = { value: Math.round(client.score), tier: m.tier[client.tier], parts };
  }
  if (client.movement) {
    const text =
      client.movement === 'new' ? t(lang, 'cardMovementNew') : client.movement === 'gone' ? t(lang, 'cardMovementGone', client.prev_segment ?? '') : t(lang, 'cardMovementWas', client.prev_segment ?? '', client.segment);
    facts.movement = { kind: client.movement, text };
  }
  const a = client.account;
  if (a) {
    const answers = [a.need, a.solvency, a.authority];
    if (client.type.includes('prospect') || answers.some((x) => x !== 'unknown')) {
      const labels = [t(lang, 'cardNeed'), t(lang, 'cardSolvency'), t(lang, 'cardAuthority')];
      facts.threePs = { text: answers.map((x, i) => `${labels[i]}: ${m.answer[x]}`).join(' · '), qualified: answers.every((x) => x === 'yes') };
    }
    if (a.decision_makers.length) facts.decisionMakers = a.decision_makers.map((d) => (d.role ? `${d.name} — ${role(d.role)}` : d.name)).join('; ');
    if (a.competitors) facts.competitors = a.competitors;
    if (a.contract_until) facts.contract = t(lang, 'cardContractUntil', formatDay(a.contract_until, lang));
    if (a.next_step || a.next_step_date) facts.nextStep = [a.next_step, a.next_step_date && formatDay(a.next_step_date, lang)].filter(Boolean).join(' · ');
  }
  return facts;
}
