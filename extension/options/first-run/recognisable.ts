/**
 * How many clients the pages can recognise: in mail, those with an e-mail
 * or a domain in the look-up index; on CRM pages, those with a company name.
 * Said after every import, so a file without addresses is not a mystery.
 *
 * @example
 * recognisable(dataset); // { total: 300, mail: 120, crm: 300 }
 */
import type { Dataset } from '../../data/dataset.js';

export type Recognisable = { total: number; mail: number; crm: number };

export function recognisable(dataset: Pick<Dataset, 'clients' | 'index'>): Recognisable {
  const mail = new Set<number>();
  for (const [, at] of dataset.index.emails) mail.add(at);
  for (const [, at] of dataset.index.domains) mail.add(at);
  const crm = new Set(dataset.index.names.map(([, at]) => at));
  return { total: dataset.clients.length, mail: mail.size, crm: crm.size };
}
