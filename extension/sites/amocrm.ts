/**
 * amoCRM (Kommo abroad): company, contact and lead cards and lists. The
 * card's title (#person_name) is an editable field, so its value names the
 * company on a company card; leads and contacts show their linked company
 * as a link holding a read-only input whose value is the name; e-mails are
 * input values, which the user may type after the page loaded.
 *
 * Evidence (public projects that read these pages):
 * - amoCRM widgets and userscripts found through the search tool's code index read the linked name
 *   as `input.js-linked-name-view` (`.val()`), e-mails as `[data-type="email"]` inputs and the card
 *   name from `#person_name` (e.g. Xemul032/AmoCRM amoCustomJS.js, a userscript on *.amocrm.ru).
 * - Linked companies are `a[data-href*="/companies/detail/"]`; the menu's "Перейти в карточку" links
 *   (`.js-navigate-link`) point at the same address but are not company names.
 *
 * Test URLs:
 * - https://acme.amocrm.ru/companies/detail/31
 * - https://acme.amocrm.ru/leads/detail/777
 * - https://acme.kommo.com/contacts/detail/12
 *
 * @example
 * amocrm.targets[0].read(linkedCompany); // { company: 'ИП Сидоров А. А.' }
 */
import { findEmail } from '../match/email.js';
import type { Identity } from '../match/lookup.js';
import { pathIncludes, readCompany, readMailto } from './read.js';
import { defineSite } from './site.js';

const valueOf = (element: Element) => (element as HTMLInputElement).value ?? element.getAttribute('value') ?? '';

/** A linked company: the name is the value of the read-only input inside the link. */
function readLinkedCompany(element: Element): Identity | undefined {
  const input = element.querySelector('input.js-linked-name-view');
  const name = (input ? valueOf(input) : element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return name && name.length <= 200 ? { company: name } : undefined;
}

function readInputEmail(element: Element): Identity | undefined {
  const email = findEmail(valueOf(element));
  return email ? { email } : undefined;
}

export const amocrm = defineSite({
  id: 'amocrm',
  name: 'amoCRM',
  kind: 'crm',
  matches: ['https://*.amocrm.ru/*', 'https://*.amocrm.com/*', 'https://*.kommo.com/*'],
  testUrls: ['https://acme.amocrm.ru/companies/detail/31', 'https://acme.amocrm.ru/leads/detail/777'],
  attributes: ['href', 'data-href', 'value'],
  inputs: true,
  targets: [
    { selector: 'a[data-href*="/companies/detail/"]:not(.js-navigate-link)', read: readLinkedCompany, place: 'after' },
    { selector: 'a[href*="/companies/detail/"]:not(.js-navigate-link)', read: readCompany },
    { selector: '#person_name', read: readCompany, when: pathIncludes('/companies/detail/') },
    { selector: 'a[href^="mailto:"]', read: readMailto },
    // E-mail fields are inputs holding the address as their value, typed or loaded.
    { selector: 'input[data-type="email"]', read: readInputEmail },
  ],
});
