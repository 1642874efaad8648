/**
 * Salesforce Lightning: account, contact, lead and opportunity records, and
 * list views. Account links are recognised by their record-view address
 * (`/lightning/r/Account/<id>/view` or `/lightning/r/001…/view`), which no
 * language setting changes; related lists (`…/related/Contacts/view`,
 * "Contacts (0)") are not companies.
 *
 * Evidence (public projects that read these pages):
 * - clockify/browser-extension src/integrations/salesforce.js: Lightning record pages
 *   (`.slds-page-header`, `[data-target-selection-name]` fields) and the record id in the address.
 * - Public Lightning UI test suites found through the search tool's code index
 *   (`//div[@class='windowViewMode-normal oneContent active lafPageHost']`): the active view is
 *   `.windowViewMode-normal`; Lightning keeps earlier views cached, hidden, in the page.
 * - The Lead's company field is `[data-target-selection-name="sfdc:RecordField.Lead.Company"]`.
 * - Lightning web components render into (open) shadow roots, which the annotator reads too.
 *
 * Test URLs:
 * - https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view
 * - https://acme.lightning.force.com/lightning/r/Lead/00Q000000000001AAA/view
 * - https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view
 *
 * @example
 * salesforce.targets[1].read(accountLink); // { company: 'ООО «Ромашка»' }
 */
import type { Identity } from '../match/lookup.js';
import { pathIncludes, readCompany, readLinkDomain, readMailto } from './read.js';
import { defineSite } from './site.js';

const accountPage = pathIncludes('/lightning/r/Account/', '/lightning/r/001');
const leadPage = pathIncludes('/lightning/r/Lead/', '/lightning/r/00Q');
const ACCOUNT_VIEW = /\/lightning\/r\/(?:Account\/)?001[A-Za-z0-9]{12,15}\/view\/?$/;
const activeView = '.windowViewMode-normal';

/** A link to an account's own record (not one of its related lists). */
function readAccountLink(element: Element): Identity | undefined {
  const href = element.getAttribute('href') ?? '';
  const path = href.split(/[?#]/)[0];
  return ACCOUNT_VIEW.test(path) ? readCompany(element) : undefined;
}

export const salesforce = defineSite({
  id: 'salesforce',
  name: 'Salesforce',
  kind: 'crm',
  matches: ['https://*.lightning.force.com/*'],
  testUrls: [
    'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view',
    'https://acme.lightning.force.com/lightning/r/Lead/00Q000000000001AAA/view',
    'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view',
  ],
  attributes: ['href'],
  shadow: true,
  targets: [
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // Account lookups on contacts and opportunities, and account names in list views.
    { selector: 'a[href*="/lightning/r/001"], a[href*="/lightning/r/Account/"]', read: readAccountLink },
    // The record title is the company only on an account's own page, and only in the active view.
    {
      selector: [`${activeView} records-highlights2 h1 lightning-formatted-text`, `${activeView} .slds-page-header__title lightning-formatted-text`].join(', '),
      read: readCompany,
      when: accountPage,
    },
    { selector: `${activeView} lightning-formatted-url a[href^="http"]`, read: readLinkDomain, when: accountPage },
    // A Lead names its company in a field of its own.
    { selector: `${activeView} [data-target-selection-name="sfdc:RecordField.Lead.Company"] lightning-formatted-text`, read: readCompany, when: leadPage },
  ],
});
