/**
 * "Open in CRM" links for a client: the segments table's own `crm_url`
 * first, then each CRM's URL template from the settings with `{id}` (the
 * client id as the data give it), `{inn}` (its digits) and `{name}` filled
 * in, URL-encoded. Only http(s) results are offered.
 *
 * @example
 * crmLinks({ client: '7701000001', name: 'ООО «Ромашка»' }, [{ name: 'Bitrix24', template: 'https://acme.bitrix24.ru/crm/company/details/{id}/' }]);
 * // [{ name: 'Bitrix24', href: 'https://acme.bitrix24.ru/crm/company/details/7701000001/' }]
 */
import { safeCrmUrl } from '../data/safe-url.js';
import type { CrmLinkTemplate } from './card-view.js';

export type CrmLink = { name: string | undefined; href: string };

export function crmLinks(client: { client: string; name: string; crm_url?: string }, templates: readonly CrmLinkTemplate[]): CrmLink[] {
  const links: CrmLink[] = [];
  const own = safeCrmUrl(client.crm_url);
  if (own) links.push({ name: undefined, href: own });
  for (const { name, template } of templates) {
    const filled = template
      .replaceAll('{id}', encodeURIComponent(client.client.trim()))
      .replaceAll('{inn}', encodeURIComponent(client.client.replace(/\D/g, '')))
      .replaceAll('{name}', encodeURIComponent(client.name || client.client));
    const href = safeCrmUrl(filled);
    if (href && !links.some((link) => link.href === href)) links.push({ name, href });
  }
  return links;
}

/** True for a Russian INN: 10 digits (a company) or 12 (a person). */
export function isInn(id: string): boolean {
  return /^\d{10}(\d{2})?$/.test(id.replace(/\s/g, ''));
}
