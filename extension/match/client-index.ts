/**
 * The look-up tables from page identifiers to clients, built once per import
 * and stored beside the clients: exact e-mail, domain (never a free-mail
 * one) and normalised company name, each pointing at a client's position.
 * Stored as entry lists so chrome.storage can hold them; `createLookup`
 * turns them into Maps.
 *
 * When two clients claim the same key, the higher-ranked (larger) client
 * keeps it: the clients arrive sorted by rank.
 *
 * @example
 * const index = buildClientIndex(clients, contacts);
 * index.emails; // [['ivan@romashka.ru', 0], ...]
 */
import { z } from 'zod';
import type { Contact } from '../data/contact.js';
import { normaliseCompanyName } from './company-name.js';
import { normaliseDomain } from './domain.js';
import { emailDomain, normaliseEmail } from './email.js';
import { isFreeMail } from './free-mail.js';

const Entries = z.array(z.tuple([z.string(), z.number().int().min(0)]));

export const ClientIndexSchema = z.object({
  emails: Entries,
  domains: Entries,
  names: Entries,
  /** E-mail -> the person's role, from a contacts file's role column (absent when none gives one). */
  roles: z.array(z.tuple([z.string(), z.string()])).optional(),
});

export type ClientIndex = z.infer<typeof ClientIndexSchema>;

type Keyed = { client: string; name: string; emails: readonly string[]; domains: readonly string[] };

/** Filled in when asked: the clients the contacts reached (by position), and the ids or names no client has. */
export type ContactMatch = { matched: Set<number>; unknown: string[] };

export function buildClientIndex(clients: readonly Keyed[], contacts: readonly Contact[] = [], match?: ContactMatch): ClientIndex {
  const emails = new Map<string, number>();
  const domains = new Map<string, number>();
  const derivedDomains = new Map<string, number>();
  const names = new Map<string, number>();
  const byId = new Map<string, number>();
  const claim = (map: Map<string, number>, key: string | undefined, at: number) => {
    if (key && !map.has(key)) map.set(key, at);
  };
  const addAddresses = (at: number, from: { emails: readonly string[]; domains: readonly string[] }) => {
    for (const raw of from.emails) {
      const email = normaliseEmail(raw);
      if (!email) continue;
      claim(emails, email, at);
      // A colleague at the same company domain should find the client too, unless the domain is free mail.
      if (!isFreeMail(emailDomain(email))) claim(derivedDomains, emailDomain(email), at);
    }
    for (const raw of from.domains) {
      const domain = normaliseDomain(raw);
      if (domain && !isFreeMail(domain)) claim(domains, domain, at);
    }
  };

  clients.forEach((c, at) => {
    claim(byId, c.client.trim().toLowerCase(), at);
    claim(names, normaliseCompanyName(c.name || c.client), at);
    addAddresses(at, c);
  });
  const roles = new Map<string, string>();
  for (const contact of contacts) {
    // By id (an INN, a CRM id) first; a row with a name only is matched by the normalised name.
    const id = contact.client.trim().toLowerCase();
    const at = (id ? byId.get(id) : undefined) ?? names.get(normaliseCompanyName(contact.name || contact.client));
    if (at === undefined) {
      match?.unknown.push(contact.client || contact.name);
      continue;
    }
    addAddresses(at, contact);
    match?.matched.add(at);
    if (contact.role) for (const raw of contact.emails) {
      const email = normaliseEmail(raw);
      if (email && !roles.has(email)) roles.set(email, contact.role);
    }
  }
  for (const [domain, at] of derivedDomains) claim(domains, domain, at);
  return { emails: [...emails], domains: [...domains], names: [...names], ...(roles.size ? { roles: [...roles] } : {}) };
}
