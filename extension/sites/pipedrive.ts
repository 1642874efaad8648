/**
 * Pipedrive: organisation, person and deal pages. People and deals link to
 * their organisation, so the link text names the company on every page; an
 * organisation's own page names it in its header (the page title when the
 * header is not rendered yet).
 *
 * Evidence (public projects that read these pages):
 * - clockify/browser-extension src/integrations/pipedrive.js: the record's heading in the detail view.
 * - The organisation page's heading is `[data-testid="header-title"]`; the page title is
 *   "<organisation> - Pipedrive".
 *
 * Test URLs:
 * - https://acme.pipedrive.com/organization/42
 * - https://acme.pipedrive.com/person/7
 * - https://acme.pipedrive.com/deal/1001
 *
 * @example
 * pipedrive.targets[0].read(organisationLink); // { company: 'АО «Вектор»' }
 */
import type { Identity } from '../match/lookup.js';
import { readCompany, readMailto } from './read.js';
import { defineSite } from './site.js';

const organisationPage = (url: URL) => /^\/organization\/\d+/.test(url.pathname);

/** The header's text, or the page title's organisation part while the header is still empty. */
function readHeader(element: Element): Identity | undefined {
  const found = readCompany(element);
  if (found) return found;
  const title = element.ownerDocument.title.replace(/\s*[-|–]\s*Pipedrive\s*$/i, '').trim();
  return title ? { company: title } : undefined;
}

export const pipedrive = defineSite({
  id: 'pipedrive',
  name: 'Pipedrive',
  kind: 'crm',
  matches: ['https://*.pipedrive.com/*'],
  testUrls: ['https://acme.pipedrive.com/organization/42', 'https://acme.pipedrive.com/deal/1001'],
  attributes: ['href'],
  targets: [
    { selector: 'a[href*="/organization/"]', read: readCompany },
    { selector: '[data-testid="header-title"]', read: readHeader, when: organisationPage },
    { selector: 'a[href^="mailto:"]', read: readMailto },
  ],
});
