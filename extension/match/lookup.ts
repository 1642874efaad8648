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

/** One key to try, in the order the look-up tries them. */
export type Candidate = { by: Match['by']; key: string };

/**
 * The keys that could name the client behind what a page shows, best first:
 * the exact e-mail, its domain and parents (stopping at a free-mail one),
 * a domain the page shows, then (CRM pages) the normalised company name.
 */
export function candidateKeys(identity: Identity, options: LookupOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  const domainChain = (domain: string | undefined) => {
    if (!domain) return;
    for (const candidate of parentDomains(domain)) {
      if (isFreeMail(candidate)) return;
      out.push({ by: 'domain', key: candidate });
    }
  };
  const email = identity.email ? normaliseEmail(identity.email) : undefined;
  if (email) {
    out.push({ by: 'email', key: email });
    domainChain(emailDomain(email));
  }
  domainChain(identity.domain ? normaliseDomain(identity.domain) : undefined);
  if (options.names && identity.company) {
    const name = normaliseCompanyName(identity.company);
    if (name) out.push({ by: 'name', key: name });
  }
  return out;
}

export function createLookup(index: ClientIndex, options: LookupOptions = {}): Lookup {
  const maps = {
    email: new Map(index.emails),
    domain: new Map(index.domains),
    // Mail pages never look names up, so they do not pay for the map either.
    name: new Map(options.names ? index.names : []),
  };
  return (identity) => {
    for (const candidate of candidateKeys(identity, options)) {
      const at = maps[candidate.by].get(candidate.key);
      if (at !== undefined) return { at, ...candidate };
    }
    return undefined;
  };
}
