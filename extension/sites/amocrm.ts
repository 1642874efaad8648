/**
 * amoCRM (Kommo abroad): company, contact and lead cards and lists. The
 * card's title is an editable field, so its value names the company; leads
 * and contacts link to their company card.
 *
 * Test URLs:
 * - https://acme.amocrm.ru/companies/detail/31
 * - https://acme.amocrm.ru/leads/detail/777
 * - https://acme.kommo.com/contacts/detail/12
 *
 * @example
 * amocrm.targets[0].read(companyLink); // { company: 'ИП Сидоров А. А.' }
 */
import { findEmail } from '../match/email.js';
import { pathIncludes, readCompany, readMailto } from './read.js';
import { defineSite } from './site.js';

export const amocrm = defineSite({
  id: 'amocrm',
  name: 'amoCRM',
  kind: 'crm',
  matches: ['https://*.amocrm.ru/*', 'https://*.amocrm.com/*', 'https://*.kommo.com/*'],
  testUrls: ['https://acme.amocrm.ru/companies/detail/31', 'https://acme.amocrm.ru/leads/detail/777'],
  attributes: ['href', 'value'],
  targets: [
    { selector: 'a[href*="/companies/detail/"]', read: readCompany },
    { selector: '.card-top-name input[name="name"], .card-top-name textarea', read: readCompany, when: pathIncludes('/companies/detail/') },
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // E-mail fields are inputs holding the address as their value.
    {
      selector: '.linked-form__field-email input, input[data-type="email"]',
      read: (element) => {
        const email = findEmail((element as HTMLInputElement).value || element.getAttribute('value'));
        return email ? { email } : undefined;
      },
    },
  ],
});
