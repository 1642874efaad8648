/**
 * HubSpot: company and contact records (and the company cards on contacts
 * and deals). Company records are object type 0-2 in the address.
 *
 * Test URLs:
 * - https://app.hubspot.com/contacts/12345678/record/0-2/9876543210 (company)
 * - https://app.hubspot.com/contacts/12345678/record/0-1/1234567890 (contact)
 * - https://app-eu1.hubspot.com/contacts/12345678/record/0-3/555 (deal)
 *
 * @example
 * hubspot.targets[0].read(titleOnCompanyPage); // { company: 'Romashka LLC' }
 */
import { pathIncludes, readCompany, readLinkDomain, readMailto, readTextEmail } from './read.js';
import { defineSite } from './site.js';

const companyPage = pathIncludes('/record/0-2/', '/company/');

export const hubspot = defineSite({
  id: 'hubspot',
  name: 'HubSpot',
  kind: 'crm',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  testUrls: ['https://app.hubspot.com/contacts/12345678/record/0-2/9876543210', 'https://app.hubspot.com/contacts/12345678/record/0-1/1234567890'],
  attributes: ['href'],
  targets: [
    { selector: '[data-selenium-test="highlightTitle"]', read: readCompany, when: companyPage },
    { selector: '[data-selenium-test="highlightSubtitle"] a[href^="http"]', read: readLinkDomain, when: companyPage },
    // A contact's address sits in the highlight's subtitle as text.
    { selector: '[data-selenium-test="highlightSubtitle"]', read: readTextEmail, when: (url) => !companyPage(url) },
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // Associated companies in a contact's or deal's sidebar.
    { selector: 'a[href*="/record/0-2/"]', read: readCompany },
  ],
});
