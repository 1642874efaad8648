/**
 * What the card needs besides the client, the same for every client on a
 * page: the currency sums are in, the day the figures refer to and when they
 * were imported, and the user's "Open in CRM" link templates.
 *
 * @example
 * const view = cardView(dataset, settings, sites); // { currency: '₽', asOf: '2025-12-12', importedAt: '…', crmLinks: [] }
 */
import { datasetAsOf } from '../data/as-of.js';
import type { Dataset } from '../data/dataset.js';
import type { Settings } from '../data/settings.js';

export type CrmLinkTemplate = { name: string; template: string };

export type CardView = {
  currency: string;
  /** ISO day the figures refer to. */
  asOf?: string;
  /** ISO timestamp of the import or the last refresh. */
  importedAt?: string;
  crmLinks: CrmLinkTemplate[];
};

export function cardView(
  dataset: Pick<Dataset, 'importedAt' | 'clients'> & { asOf?: string },
  settings: Pick<Settings, 'currency' | 'crmLinks'>,
  sites: readonly { id: string; name: string }[],
): CardView {
  const crmLinks = Object.entries(settings.crmLinks ?? {})
    .filter(([, template]) => template)
    .map(([id, template]) => ({ name: sites.find((site) => site.id === id)?.name ?? id, template }));
  return { currency: settings.currency || '₽', asOf: datasetAsOf(dataset), importedAt: dataset.importedAt, crmLinks };
}
