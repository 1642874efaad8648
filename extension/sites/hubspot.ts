/**
 * HubSpot: company and contact records, and the company cards on contacts,
 * deals and tickets. Company records are object type 0-2 in the address.
 *
 * Evidence (public projects that read these pages):
 * - clockify/browser-extension src/integrations/hubspot.js: the associated company is
 *   `[data-selenium-test="company-chicklet-title-link"]`.
 * - A contact's e-mail is `[data-test-id="highlight-property-display-email"]`; the record title
 *   `[data-selenium-test="highlightTitle"]`.
 * - Companies are linked as `/record/0-2/<id>` and, in older views, `/company/<id>`.
 *
 * Test URLs:
 * - https://app.hubspot.com/contacts/12345678/record/0-2/9876543210 (company)
 * - https://app.hubspot.com/contacts/12345678/record/0-1/1234567890 (contact)
 * - https://app-eu1.hubspot.com/contacts/12345678/record/0-3/555 (deal)
 * - https://app-na2.hubspot.com/contacts/12345678/company/9876543210
 *
 * @example
 * hubspot.targets[0].read(titleOnCompanyPage); // { company: 'Romashka LLC' }
 */
import { pathIncludes, readCompany, readLinkDomain, readMailto, readTextEmail } from './read.js';
import { defineSite } from './site.js';

const companyPage = pathIncludes('/record/0-2/', '/company/');
const hosts = ['app', 'app-eu1', 'app-na2', 'app-ap1'];

export const hubspot = defineSite({
  id: 'hubspot',
  name: 'HubSpot',
  kind: 'crm',
  matches: hosts.map((host) => `https://${host}.hubspot.com/*`),
  testUrls: ['https://app.hubspot.com/contacts/12345678/record/0-2/9876543210', 'https://app.hubspot.com/contacts/12345678/record/0-1/1234567890', 'https://app-na2.hubspot.com/contacts/12345678/company/9876543210'],
  attributes: ['href'],
  targets: [
    { selector: '[data-selenium-test="highlightTitle"]', read: readCompany, when: companyPage },
    { selector: '[data-selenium-test="highlightSubtitle"] a[href^="http"]', read: readLinkDomain, when: companyPage },
    // A contact's address, in the highlight's e-mail property.
    { selector: '[data-test-id="highlight-property-display-email"]', read: readTextEmail },
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // Associated companies in a contact's, deal's or ticket's sidebar.
    { selector: '[data-selenium-test="company-chicklet-title-link"]', read: readCompany },
    { selector: 'a[href*="/record/0-2/"], a[href*="/company/"]', read: readCompany },
  ],
});
