/**
 * Pipedrive: organisation, person and deal pages. People and deals link to
 * their organisation, so the link text names the company on every page.
 *
 * Test URLs:
 * - https://acme.pipedrive.com/organization/42
 * - https://acme.pipedrive.com/person/7
 * - https://acme.pipedrive.com/deal/1001
 *
 * @example
 * pipedrive.targets[0].read(organisationLink); // { company: 'АО «Вектор»' }
 */
import { pathIncludes, readCompany, readMailto } from './read.js';
import { defineSite } from './site.js';

export const pipedrive = defineSite({
  id: 'pipedrive',
  name: 'Pipedrive',
  kind: 'crm',
  matches: ['https://*.pipedrive.com/*'],
  testUrls: ['https://acme.pipedrive.com/organization/42', 'https://acme.pipedrive.com/deal/1001'],
  attributes: ['href'],
  targets: [
    { selector: 'a[href*="/organization/"]', read: readCompany },
    { selector: '[data-testid="header-title"]', read: readCompany, when: pathIncludes('/organization/') },
    { selector: 'a[href^="mailto:"]', read: readMailto },
  ],
});
