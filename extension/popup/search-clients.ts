/**
 * The popup's search. An e-mail or a domain goes through the same look-up
 * as the pages (so the popup says what a badge would say). Other text is
 * compared with names in one Cyrillic/Latin spelling (transliterate.ts) and
 * with ids by their digits, spaces ignored ("1620 344 155"); exact matches
 * come first, then names or ids that start with the text, then names with a
 * word that starts with it, then any that contain it, each group by rank.
 * A matrix cell narrows the list to that cell.
 *
 * @example
 * const search = createSearch(dataset);
 * search('Ромашка').map((r) => r.client.name); // ['ООО «Ромашка»', 'ЗАО «ПТК Ромашка»']
 * search('romashka')[0].client.name; // 'ООО «Ромашка»'
 * search('', 'AX'); // every AX client, by rank
 */
import type { Dataset } from '../data/dataset.js';
import type { StoredClient } from '../data/stored-client.js';
import { normaliseCompanyName } from '../match/company-name.js';
import { createLookup, type Match } from '../match/lookup.js';
import { searchForm } from './transliterate.js';

export type SearchResult = { client: StoredClient; match?: Match };

/** `prepare()` builds the comparison forms ahead of the first query (about 0.5 s for 50,000 clients). */
export type Search = ((query: string, segment?: string) => SearchResult[]) & { prepare(): void };

type Keys = { name: string; words: string[]; id: string; digits: string };

const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const CONTAINS = 3;

export function createSearch(dataset: Pick<Dataset, 'clients' | 'index'>): Search {
  let keys: Keys[] | undefined;
  const keysOf = () =>
    (keys ??= dataset.clients.map((client) => {
      const name = searchForm(normaliseCompanyName(client.name || client.client));
      return { name, words: name.split(' '), id: searchForm(client.client.trim()), digits: client.client.replace(/\D/g, '') };
    }));
  const lookup = createLookup(dataset.index);

  const search = (query: string, segment?: string): SearchResult[] => {
    const text = query.trim();
    const inCell = (client: StoredClient) => !segment || client.segment === segment;
    if (!text) return segment ? dataset.clients.filter(inCell).map((client) => ({ client })) : [];
    const found = text.includes('@') ? lookup({ email: text }) : /^[^\s]+\.[^\s.]{2,}$/.test(text) ? lookup({ domain: text }) : undefined;
    const results: SearchResult[] = found && inCell(dataset.clients[found.at]) ? [{ client: dataset.clients[found.at], match: found }] : [];
    const needle = searchForm(normaliseCompanyName(text) || text.toLowerCase());
    const id = searchForm(text);
    const digits = /^[\d\s().-]+$/.test(text) ? text.replace(/\D/g, '') : '';
    const tiers: number[] = [];
    const all = keysOf();
    for (let at = 0; at < all.length; at++) {
      if (found?.at === at || !inCell(dataset.clients[at])) continue;
      const tier = tierOf(all[at], needle, id, digits);
      if (tier !== undefined) tiers.push(tier * 1e9 + at);
    }
    // Clients are stored by rank, so within a tier the position is the rank order.
    tiers.sort((a, b) => a - b);
    for (const key of tiers) results.push({ client: dataset.clients[key % 1e9] });
    return results;
  };
  return Object.assign(search, { prepare: () => void keysOf() });
}

function tierOf(keys: Keys, needle: string, id: string, digits: string): number | undefined {
  if (digits.length >= 3) {
    if (keys.digits === digits) return EXACT;
    if (keys.digits.startsWith(digits)) return PREFIX;
    if (keys.digits.includes(digits)) return CONTAINS;
  }
  if (!needle && !id) return undefined;
  if ((needle && keys.name === needle) || keys.id === id) return EXACT;
  if ((needle && keys.name.startsWith(needle)) || (id.length >= 2 && keys.id.startsWith(id))) return PREFIX;
  if (needle && keys.words.some((word) => word.startsWith(needle))) return WORD;
  if ((needle && keys.name.includes(needle)) || (id.length >= 3 && keys.id.includes(id))) return CONTAINS;
  return undefined;
}

/** One search, for a single query (tests, one-off use). */
export function searchClients(dataset: Pick<Dataset, 'clients' | 'index'>, query: string, limit = 8): SearchResult[] {
  return createSearch(dataset)(query).slice(0, limit);
}
