/**
 * From what a site adapter read on a page to what its badge shows: the
 * client found through the dataset's look-up maps (company names only on
 * CRM pages), with what the card needs to word it in the reader's language.
 *
 * @example
 * const resolve = createResolver(dataset, gmail, 'ru');
 * resolve({ email: 'ivan.petrov@romashka.ru' })?.client.segment; // 'AX'
 * resolve({ company: 'ООО «Ромашка»' }); // undefined: Gmail is a mail site
 */
import type { Dataset } from '../data/dataset.js';
import type { Lang } from '../../shared/options.js';
import { createLookup } from '../match/lookup.js';
import type { Site } from '../sites/site.js';
import type { Identity } from '../match/lookup.js';
import type { CardView } from '../ui/card-view.js';
import type { ClientCardProps } from '../ui/client-card.js';

/** A look-up over data already in memory: it never has to wait. */
export type SyncResolve = (identity: Identity) => ClientCardProps | undefined;

/** `view`: the card's currency, as-of day and CRM links (ui/card-view.ts). */
export function createResolver(dataset: Pick<Dataset, 'clients' | 'index' | 'basis'> & { count?: number }, site: Pick<Site, 'kind'>, lang: Lang, view?: CardView): SyncResolve {
  const lookup = createLookup(dataset.index, { names: site.kind === 'crm' });
  const count = dataset.count ?? dataset.clients.length;
  const roles = new Map(dataset.index.roles ?? []);
  return (identity) => {
    const match = lookup(identity);
    const role = match?.by === 'email' ? roles.get(match.key) : undefined;
    return match && { client: dataset.clients[match.at], count, lang, match, basis: dataset.basis, view, ...(role ? { role } : {}) };
  };
}
