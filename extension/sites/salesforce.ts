/**
 * Salesforce Lightning: account, contact and opportunity records, and list
 * views. Lookup links to accounts are recognised by the account key prefix
 * (001) in their address, which no language setting changes.
 *
 * Test URLs:
 * - https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view
 * - https://acme.lightning.force.com/lightning/r/Contact/003000000000001AAA/view
 * - https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view
 *
 * @example
 * salesforce.targets[1].read(accountLink); // { company: 'ООО «Ромашка»' }
 */
import { pathIncludes, readCompany, readLinkDomain, readMailto } from './read.js';
import { defineSite } from './site.js';

const accountPage = pathIncludes('/lightning/r/Account/', '/lightning/r/001');

export const salesforce = defineSite({
  id: 'salesforce',
  name: 'Salesforce',
  kind: 'crm',
  matches: ['https://*.lightning.force.com/*'],
  testUrls: ['https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view', 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view'],
  attributes: ['href'],
  targets: [
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // Account lookups on contacts and opportunities, and account names in list views.
    { selector: 'a[href*="/lightning/r/001"], a[href*="/lightning/r/Account/"]', read: readCompany },
    // The record title is the company only on an account's own page.
    { selector: 'records-highlights2 h1 lightning-formatted-text, .slds-page-header__title lightning-formatted-text', read: readCompany, when: accountPage },
    { selector: 'lightning-formatted-url a[href^="http"]', read: readLinkDomain, when: accountPage },
  ],
});
