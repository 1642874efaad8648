/**
 * Bitrix24 CRM, cloud or self-hosted ("коробка"): company, contact and deal
 * cards and the CRM lists. Cards and lists link to companies by their
 * details address; a company card's own title is #pagetitle.
 *
 * Test URLs:
 * - https://acme.bitrix24.ru/crm/company/details/15/
 * - https://acme.bitrix24.ru/crm/deal/details/230/
 * - https://acme.bitrix24.ru/crm/company/list/
 *
 * @example
 * bitrix24.targets[0].read(companyLink); // { company: 'ООО "Ромашка"' }
 */
import { pathIncludes, readCompany, readMailto } from './read.js';
import { defineSite } from './site.js';

const zones = ['ru', 'com', 'by', 'kz', 'ua', 'de', 'eu', 'es', 'fr', 'it', 'pl', 'uk', 'com.br', 'in'];

export const bitrix24 = defineSite({
  id: 'bitrix24',
  name: 'Bitrix24',
  kind: 'crm',
  matches: zones.map((zone) => `https://*.bitrix24.${zone}/*`),
  testUrls: ['https://acme.bitrix24.ru/crm/company/details/15/', 'https://acme.bitrix24.ru/crm/deal/details/230/'],
  attributes: ['href'],
  frames: true,
  targets: [
    { selector: 'a[href*="/crm/company/details/"]', read: readCompany },
    { selector: '#pagetitle', read: readCompany, when: pathIncludes('/crm/company/details/') },
    { selector: 'a[href^="mailto:"]', read: readMailto },
  ],
});
