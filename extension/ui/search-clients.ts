/**
 * The popup's search: an e-mail or a domain goes through the same look-up as
 * the pages (so the popup says what a badge would say); any other text finds
 * clients whose name or id contains it, largest first.
 *
 * @example
 * searchClients(dataset, 'ivan@romashka.ru')[0].match?.by; // 'email'
 * searchClients(dataset, 'ромашка').map((r) => r.client.name); // ['ООО «Ромашка»']
 */
import type { Dataset } from '../data/dataset.js';
import type { StoredClient } from '../data/stored-client.js';
import { normaliseCompanyName } from '../match/company-name.js';
import { createLookup, type Match } from '../match/lookup.js';

export type SearchResult = { client: StoredClient; match?: Match };

export function searchClients(dataset: Dataset, query: string, limit = 8): SearchResult[] {
  const text = query.trim();
  if (!text) return [];
  const results: SearchResult[] = [];
  const lookup = createLookup(dataset.index);
  const found = text.includes('@') ? lookup({ email: text }) : /^[^\s]+\.[^\s.]{2,}$/.test(text) ? lookup({ domain: text }) : undefined;
  if (found) results.push({ client: dataset.clients[found.at], match: found });
  const needle = normaliseCompanyName(text) || text.toLowerCase();
  for (const client of dataset.clients) {
    if (results.length >= limit) break;
    if (found && dataset.clients[found.at] === client) continue;
    if (normaliseCompanyName(client.name).includes(needle) || client.client.toLowerCase().includes(text.toLowerCase())) results.push({ client });
  }
  return results;
}
