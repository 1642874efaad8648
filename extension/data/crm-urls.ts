/**
 * The optional `crm_url` column of a segments table: a link to each client's
 * record in the CRM, which the card shows as "Open in CRM". The core's table
 * schema does not know the column, so it is read here, by client id, and
 * only `https:` and `http:` links are kept (never `javascript:` or `data:`).
 *
 * @example
 * crmUrls('client,name,crm_url\n7701,ООО Ромашка,https://crm.example.ru/company/1\n').get('7701');
 * // 'https://crm.example.ru/company/1'
 */
import Papa from 'papaparse';
import { safeCrmUrl } from './safe-url.js';

export { safeCrmUrl };

export const CRM_URL_COLUMN = 'crm_url';

/** Client id -> link, from a segments table's CSV text; empty when the table has no `crm_url` column. */
export function crmUrls(text: string): Map<string, string> {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  const found = new Map<string, string>();
  if (!headerLine.toLowerCase().includes(CRM_URL_COLUMN)) return found;
  // The same delimiter rule as the core's table parser: settled from the header line.
  const delimiter = headerLine.includes(',') ? ',' : headerLine.includes(';') ? ';' : '\t';
  const [header = [], ...rows] = Papa.parse<string[]>(body, { header: false, skipEmptyLines: true, delimiter }).data;
  const names = header.map((h) => h.trim().toLowerCase());
  const id = names.indexOf('client');
  const url = names.indexOf(CRM_URL_COLUMN);
  if (id < 0 || url < 0) return found;
  for (const fields of rows) {
    const link = safeCrmUrl(fields[url]);
    const client = fields[id]?.trim();
    if (client && link) found.set(client, link);
  }
  return found;
}
