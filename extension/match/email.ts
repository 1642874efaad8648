/**
 * E-mail addresses as sites and files write them (`mailto:`, `<...>`, mixed
 * case, a display name around them), reduced to one comparable form.
 *
 * @example
 * normaliseEmail('mailto:Ivan.Petrov@Romashka.RU'); // 'ivan.petrov@romashka.ru'
 * findEmail('Reply to: sales@acme.com, thanks'); // 'sales@acme.com'
 */
import { normaliseDomain } from './domain.js';

// Unicode letters are allowed: Russian companies use Cyrillic domains (ромашка.рф).
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`, 'u');

/** The address in a lower-case, punycode-domain form, or undefined when the text is not one address. */
export function normaliseEmail(raw: string): string | undefined {
  const text = raw.trim().replace(/^mailto:/i, '').replace(/\?.*$/, '').replace(/^<|>$/g, '').trim();
  if (!WHOLE_EMAIL.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  const domain = normaliseDomain(text.slice(at + 1));
  return domain ? `${text.slice(0, at).toLowerCase()}@${domain}` : undefined;
}

/** The first address found inside a longer text (a title, a label, a header line). */
export function findEmail(text: string | null | undefined): string | undefined {
  if (!text || !text.includes('@')) return undefined;
  const found = EMAIL.exec(text);
  return found ? normaliseEmail(found[0]) : undefined;
}

/** The domain of a normalised address. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
