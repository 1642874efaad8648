/**
 * What to warn about while writing, from the clients among a draft's
 * recipients: an A client at risk or lost ("АО «Вектор»: ключевой клиент,
 * под угрозой: 94 дня без заказов, обычный интервал 30 (по данным на
 * 19.03.2024)"), and a client another KAM owns, when the user has given
 * their own name in the settings (several spellings separated by `;`).
 *
 * @example
 * composeWarnings([vectorProps], { kamName: 'Анна Смирнова', lang: 'ru' });
 * // [{ client: '7702000002', kind: 'at-risk', name: 'АО «Вектор»', text: 'ключевой клиент, под угрозой: …' }, { …, kind: 'other-kam' }]
 */
import type { Lang } from '../../shared/options.js';
import { t } from '../i18n.js';
import { cardFacts, formatAsOf } from '../ui/card-facts.js';
import type { ClientCardProps } from '../ui/client-card.js';
import { displayText } from '../ui/display-text.js';

export type ComposeWarning = { client: string; kind: 'at-risk' | 'other-kam'; name: string; text: string };

const person = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** True when `kam` is one of the spellings of the user's name. */
export function isOwnKam(kam: string, kamName: string): boolean {
  const own = kamName.split(';').map(person).filter(Boolean);
  return own.includes(person(kam));
}

export function composeWarnings(recipients: readonly ClientCardProps[], options: { kamName: string; lang: Lang }): ComposeWarning[] {
  const { lang } = options;
  const warnings: ComposeWarning[] = [];
  const seen = new Set<string>();
  for (const props of recipients) {
    const { client } = props;
    if (seen.has(client.client)) continue;
    seen.add(client.client);
    const name = displayText(client.name || client.client);
    if (client.abc === 'A' && client.risk) {
      const risk = cardFacts(client, lang, props.count, props.basis).risk ?? '';
      const asOf = props.view?.asOf ? t(lang, 'cardAsOf', formatAsOf(props.view.asOf, lang)) : undefined;
      const text = asOf ? t(lang, 'composeAtRisk', name, displayText(risk), asOf) : t(lang, 'composeAtRiskNoDate', name, displayText(risk));
      warnings.push({ client: client.client, kind: 'at-risk', name, text });
    }
    if (options.kamName.trim() && client.kam.trim() && !isOwnKam(client.kam, options.kamName)) {
      warnings.push({ client: client.client, kind: 'other-kam', name, text: t(lang, 'composeOtherKam', name, displayText(client.kam)) });
    }
  }
  return warnings;
}
