/**
 * Bitrix24 CRM, cloud or self-hosted ("коробка"): company, contact and deal
 * cards and the CRM lists. Cards and lists link to companies by their
 * details address or by a tooltip id `COMPANY_<n>`; a company card's own
 * title is #pagetitle; e-mails are `mailto:` links (`a.crm-entity-email`,
 * which may carry `?cc=`). Cards open in the slider, a same-origin
 * `iframe.side-panel-iframe`, where the content script runs too.
 *
 * Evidence (public projects that read these pages):
 * - avshatalov48/bitrix24-core-corp modules/crm/install/components/bitrix/crm.company.preview/templates/.default/template.php:
 *   `bx-tooltip-user-id` on entity links, `mailto:` links for e-mails.
 * - avshatalov48/bitrix24-core-corp modules/crm/install/components/bitrix/crm.company.list/templates/.default/template.php:
 *   the company list's links.
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

/** Bitrix24's cloud zones. */
export const BITRIX24_ZONES = ['ru', 'com', 'by', 'kz', 'ua', 'de', 'eu', 'es', 'fr', 'it', 'pl', 'uk', 'com.br', 'in', 'com.tr', 'mx', 'id', 'vn', 'jp', 'cn', 'uz'];

export const bitrix24 = defineSite({
  id: 'bitrix24',
  name: 'Bitrix24',
  kind: 'crm',
  matches: BITRIX24_ZONES.map((zone) => `https://*.bitrix24.${zone}/*`),
  testUrls: ['https://acme.bitrix24.ru/crm/company/details/15/', 'https://acme.bitrix24.ru/crm/deal/details/230/', 'https://acme.bitrix24.com.tr/crm/company/list/'],
  attributes: ['href', 'bx-tooltip-user-id'],
  frames: true,
  targets: [
    { selector: 'a[href*="/crm/company/details/"], a[bx-tooltip-user-id^="COMPANY_"]', read: readCompany },
    { selector: '#pagetitle', read: readCompany, when: pathIncludes('/crm/company/details/') },
    { selector: 'a[href^="mailto:"], a.crm-entity-email', read: readMailto },
  ],
});
