/**
 * The one call the card and the popup need to find clients without loading
 * the whole dataset: what a page or a search box shows (an e-mail, a domain,
 * a company name) to the clients behind it, with how each was found. It
 * reads the database directly, so it runs in extension pages and the
 * service worker (a content script asks the worker: `fetchKeysFromWorker`).
 *
 * @example
 * await findClients([{ email: 'zakupki@romashka.ru' }, { company: 'АО «Вектор»' }], { names: true });
 * // [{ client: { client: '7701000001', segment: 'AX', … }, match: { at: 0, by: 'domain', key: 'romashka.ru' } }, { client: …, match: { by: 'name', … } }]
 */
import { candidateKeys, type Identity, type LookupOptions, type Match } from '../match/lookup.js';
import { keyOf, lookupKeys, type PageKeys } from './client-db.js';
import type { StoredClient } from './stored-client.js';

export type Found = { client: StoredClient; match: Match } | undefined;

/** For each identity, its client (best key first) or undefined; one database read for all of them. */
export async function findClients(identities: readonly Identity[], options: LookupOptions = {}): Promise<Found[]> {
  const candidates = identities.map((identity) => candidateKeys(identity, options));
  const keys: PageKeys = { emails: [], domains: [], names: [] };
  for (const list of candidates) for (const { by, key } of list) keys[by === 'email' ? 'emails' : by === 'domain' ? 'domains' : 'names'].push(key);
  const { found, clients } = await lookupKeys(keys);
  const at = new Map(found);
  return candidates.map((list) => {
    for (const candidate of list) {
      const slot = at.get(keyOf[candidate.by](candidate.key));
      if (slot !== undefined) return { client: clients[slot], match: { at: slot, ...candidate } };
    }
    return undefined;
  });
}
