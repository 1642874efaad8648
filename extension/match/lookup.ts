/**
 * Finds the client behind what a page shows: the exact e-mail first, then the
 * e-mail's domain (and its parents, never a free-mail one), then a domain
 * the page shows, then, only where asked for (CRM pages), the normalised
 * company name. A mail page names people, and a sender called "Ромашка" or a
 * subject line is no evidence of the company, so names are off by default.
 *
 * @example
 * const find = createLookup(dataset.index, { names: site.kind === 'crm' });
 * find({ email: 'petr@romashka.ru' }); // { at: 0, by: 'domain', key: 'romashka.ru' }
 * find({ email: 'petr@gmail.com' }); // undefined
 */
import type { ClientIndex } from './client-index.js';
import { normaliseCompanyName } from './company-name.js';
import { normaliseDomain, parentDomains } from './domain.js';
import { emailDomain, normaliseEmail } from './email.js';
import { isFreeMail } from './free-mail.js';

/** What a site adapter read from the page. */
export type Identity = { email?: string; domain?: string; company?: string };

export type Match = { at: number; by: 'email' | 'domain' | 'name'; key: string };

export type Lookup = (identity: Identity) => Match | undefined;

export type LookupOptions = { /** Match company names too (CRM pages). */ names?: boolean };

export function createLookup(index: ClientIndex, options: LookupOptions = {}): Lookup {
  const emails = new Map(index.emails);
  const domains = new Map(index.domains);
  // Mail pages never look names up, so they do not pay for the map either.
  const names = new Map(options.names ? index.names : []);

  const byDomain = (domain: string | undefined): Match | undefined => {
    if (!domain) return undefined;
    for (const candidate of parentDomains(domain)) {
      if (isFreeMail(candidate)) return undefined;
      const at = domains.get(candidate);
      if (at !== undefined) return { at, by: 'domain', key: candidate };
    }
    return undefined;
  };

  return (identity) => {
    const email = identity.email ? normaliseEmail(identity.email) : undefined;
    if (email) {
      const at = emails.get(email);
      if (at !== undefined) return { at, by: 'email', key: email };
      const found = byDomain(emailDomain(email));
      if (found) return found;
    }
    const found = byDomain(identity.domain ? normaliseDomain(identity.domain) : undefined);
    if (found) return found;
    if (options.names && identity.company) {
      const name = normaliseCompanyName(identity.company);
      const at = name ? names.get(name) : undefined;
      if (at !== undefined) return { at, by: 'name', key: name };
    }
    return undefined;
  };
}
