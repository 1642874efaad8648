/**
 * What a dataset's description says of its clients: how many, the date the
 * figures refer to (the core's as-of day, or the latest purchase), and how many each kind of page
 * can recognise (mail pages need an e-mail or a domain, from the file or a
 * contacts file; CRM pages also match names).
 *
 * @example
 * metaOf(dataset).reachable; // { mail: 6, crm: 8 }
 */
import { recognisable } from '../options/first-run/recognisable.js';
import { datasetAsOf } from './as-of.js';
import type { Dataset, DatasetMeta } from './dataset.js';

export function metaOf(dataset: Omit<Dataset, 'version'>): DatasetMeta {
  const { clients, index, ...rest } = dataset;
  const asOf = datasetAsOf(dataset);
  const { mail, crm } = recognisable(dataset);
  return { ...rest, version: 2, count: clients.length, ...(asOf ? { asOf } : {}), reachable: { mail, crm } };
}
