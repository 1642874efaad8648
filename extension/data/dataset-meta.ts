/**
 * What a dataset's description says of its clients: how many, the date the
 * figures refer to (the latest purchase), and how many each kind of page
 * can recognise (mail pages need an e-mail or a domain, from the file or a
 * contacts file; CRM pages also match names).
 *
 * @example
 * metaOf(dataset).reachable; // { mail: 6, crm: 8 }
 */
import { normaliseCompanyName } from '../match/company-name.js';
import type { Dataset, DatasetMeta } from './dataset.js';

export function metaOf(dataset: Omit<Dataset, 'version'>): DatasetMeta {
  const { clients, index, ...rest } = dataset;
  let asOf: string | undefined;
  for (const client of clients) if (client.last_purchase && (!asOf || client.last_purchase > asOf)) asOf = client.last_purchase;
  const withAddress = new Set<number>();
  for (const [, at] of index.emails) withAddress.add(at);
  for (const [, at] of index.domains) withAddress.add(at);
  const crm = clients.filter((client, at) => withAddress.has(at) || normaliseCompanyName(client.name || client.client)).length;
  return { ...rest, version: 2, count: clients.length, ...(asOf ? { asOf } : {}), reachable: { mail: withAddress.size, crm } };
}
