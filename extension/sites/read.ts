/**
 * Small readers the site adapters share: an e-mail from a `mailto:` link or
 * an attribute, a company from an element's text, a domain from a link.
 *
 * @example
 * readMailto(document.querySelector('a[href^="mailto:"]')!); // { email: 'ivan@romashka.ru' }
 */
import { findEmail } from '../match/email.js';
import type { Identity } from '../match/lookup.js';

export function readMailto(element: Element): Identity | undefined {
  const email = findEmail(decodeURIComponentSafe(element.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0]);
  return email ? { email } : undefined;
}

export const readAttributeEmail = (...names: string[]) => (element: Element): Identity | undefined => {
  for (const name of names) {
    const email = findEmail(element.getAttribute(name));
    if (email) return { email };
  }
  return undefined;
};

export function readTextEmail(element: Element): Identity | undefined {
  const email = findEmail(element.textContent);
  return email ? { email } : undefined;
}

/** The element's text as a company name; inputs (amoCRM's editable titles) give their value. */
export function readCompany(element: Element): Identity | undefined {
  const text = (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= 200 ? { company: text } : undefined;
}

/** A website link (`https://romashka.ru`), for CRMs that show a company's site. */
export function readLinkDomain(element: Element): Identity | undefined {
  const href = element.getAttribute('href') ?? '';
  if (!/^https?:\/\//i.test(href)) return undefined;
  try {
    const host = new URL(href).hostname;
    // A link back into the CRM itself names no client.
    return host === element.ownerDocument.location?.hostname ? undefined : { domain: host };
  } catch {
    return undefined;
  }
}

export const pathIncludes = (...parts: string[]) => (url: URL): boolean => parts.some((part) => url.pathname.includes(part));

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
