/**
 * The content script's look-up: from what a site adapter read to a badge's
 * props, asking the extension's database only for the keys the page shows.
 * Unknown keys are gathered while the annotator reads a batch of the page
 * and fetched together in one request; until the answer comes `resolve`
 * says PENDING, and `onResolved` tells the annotator to look again. Answers
 * (found or not) are remembered for the page's life, so each key is asked
 * for once.
 *
 * @example
 * const resolver = createPageResolver({ fetchKeys, site: gmail, lang: 'ru', meta, onResolved: () => annotator.resolved() });
 * resolver.resolve({ email: 'ivan@romashka.ru' }); // 'pending', then the client's props
 */
import type { FoundKeys, PageKeys } from '../data/client-db.js';
import type { DatasetMeta } from '../data/dataset.js';
import type { StoredClient } from '../data/stored-client.js';
import type { Lang } from '../../shared/options.js';
import { candidateKeys, type Candidate } from '../match/lookup.js';
import type { Site } from '../sites/site.js';
import type { CardView } from '../ui/card-view.js';
import { PENDING, type Resolve } from './annotator.js';

export type FetchKeys = (keys: PageKeys) => Promise<FoundKeys>;

/** `view`: the card's currency, as-of day and CRM links (ui/card-view.ts). */
export type PageResolverDeps = { fetchKeys: FetchKeys; site: Pick<Site, 'kind'>; lang: Lang; meta: Pick<DatasetMeta, 'count' | 'basis'>; view?: CardView; onResolved(): void };

const prefix = { email: 'e:', domain: 'd:', name: 'n:' } as const;
const kindOf = { email: 'emails', domain: 'domains', name: 'names' } as const;

export function createPageResolver(deps: PageResolverDeps): { resolve: Resolve } {
  const options = { names: deps.site.kind === 'crm' };
  /** Prefixed key → position in `clients`, or null when the database has no such key. */
  const known = new Map<string, number | null>();
  const clients: StoredClient[] = [];
  /** What the contacts file says each person does, by e-mail. */
  const roles = new Map<string, string>();
  const asked = new Set<string>();
  let queued: PageKeys | undefined;

  const ask = (candidate: Candidate) => {
    const key = prefix[candidate.by] + candidate.key;
    if (asked.has(key)) return;
    asked.add(key);
    if (!queued) {
      queued = { emails: [], domains: [], names: [] };
      // Everything the annotator reads in this batch goes in one request.
      setTimeout(send, 0);
    }
    queued[kindOf[candidate.by]].push(candidate.key);
  };

  const send = () => {
    const keys = queued!;
    queued = undefined;
    const all = [...keys.emails.map((k) => prefix.email + k), ...keys.domains.map((k) => prefix.domain + k), ...keys.names.map((k) => prefix.name + k)];
    deps
      .fetchKeys(keys)
      .then((answer) => {
        const offset = clients.length;
        clients.push(...answer.clients);
        for (const key of all) known.set(key, null);
        for (const [key, at] of answer.found) known.set(key, offset + at);
        for (const [email, role] of answer.roles ?? []) roles.set(email, role);
      })
      .catch((error) => {
        // The extension was reloaded, or its worker is gone: keep the page as it is.
        console.warn('kam:', error);
        for (const key of all) known.set(key, null);
      })
      .finally(() => deps.onResolved());
  };

  const resolve: Resolve = (identity) => {
    let waiting = false;
    for (const candidate of candidateKeys(identity, options)) {
      const at = known.get(prefix[candidate.by] + candidate.key);
      if (at === undefined) {
        ask(candidate);
        waiting = true;
        continue;
      }
      // A better key is still unknown: wait for it rather than show a weaker match first.
      if (at === null || waiting) continue;
      const role = candidate.by === 'email' ? roles.get(candidate.key) : undefined;
      return { client: clients[at], count: deps.meta.count, lang: deps.lang, match: { at, ...candidate }, basis: deps.meta.basis, view: deps.view, ...(role ? { role } : {}) };
    }
    return waiting ? PENDING : undefined;
  };

  return { resolve };
}
