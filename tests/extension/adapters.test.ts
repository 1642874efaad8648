// @vitest-environment happy-dom
/**
 * Every site adapter on its fixture page: each element marked data-expect
 * gets a badge with that segment right after it ('none': no badge), and no
 * other element gets one. Russian names, Cyrillic domains and free-mail
 * addresses are in every fixture. Record titles are read as a company only
 * on the company's own record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator, type Annotator } from '../../extension/page/annotator.js';
import { amocrm } from '../../extension/sites/amocrm.js';
import { bitrix24 } from '../../extension/sites/bitrix24.js';
import { hubspot } from '../../extension/sites/hubspot.js';
import { hostPatterns, siteFor, sites } from '../../extension/sites/index.js';
import { pipedrive } from '../../extension/sites/pipedrive.js';
import { salesforce } from '../../extension/sites/salesforce.js';
import type { Site } from '../../extension/sites/site.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  document.body.replaceChildren();
});

describe.each(sites.map((site) => [site.id, site] as const))('%s adapter', (id, site) => {
  it('badges the clients on its fixture page and nothing else', () => {
    document.body.innerHTML = fixtureBody(fixture(`${id}.html`));
    const { resolve } = fixtureData('en', site);
    annotator = startAnnotator(document.body, { site, url: () => new URL(siteUrls[id]), resolve });

    const expected = Array.from(document.querySelectorAll<HTMLElement>('[data-expect]'));
    expect(expected.length).toBeGreaterThan(2);
    const label = (element: HTMLElement) => element.textContent?.trim() || element.getAttribute('value') || element.getAttribute('aria-label');
    for (const element of expected) {
      const badge = annotator!.badgeOf(element);
      const segment = element.getAttribute('data-kam-segment') ?? 'none';
      expect(`${label(element)}: ${segment}`).toBe(`${label(element)}: ${element.dataset.expect}`);
      // The badge itself shows that segment, and never sits inside an editable field (a draft).
      if (badge) expect(`${label(element)}: ${badge.getAttribute('data-segment')}`).toBe(`${label(element)}: ${element.dataset.expect}`);
      else expect(['none', 'summary']).toContain(element.dataset.expect);
    }
    const badged = expected.filter((element) => !['none', 'summary'].includes(element.dataset.expect!)).length;
    expect(document.querySelectorAll('kam-badge')).toHaveLength(badged);
    expect(document.querySelectorAll('[contenteditable="true"] kam-badge')).toHaveLength(0);
  });

  it('declares https match patterns and test URLs its matches cover', () => {
    expect(site.matches.length).toBeGreaterThan(0);
    for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(site.testUrls.length).toBeGreaterThan(0);
    for (const url of [...site.testUrls, siteUrls[id]]) expect(`${url}: ${siteFor(url, [])?.id}`).toBe(`${url}: ${id}`);
  });
});

/**
 * A record's title names the company only on the company's own record: on a
 * deal, a contact or an opportunity the same element holds a deal's or a
 * person's name, which must not be read as a company (here it is a real
 * client's name, so a missing guard would show).
 */
const titles: { site: Site; html: string; company: string[]; other: string[]; segment: string; count: number }[] = [
  {
    site: salesforce,
    html: '<div class="windowViewMode-normal"><records-highlights2><h1 class="slds-page-header__title"><lightning-formatted-text>ООО «Ромашка»</lightning-formatted-text></h1></records-highlights2><lightning-formatted-url><a href="https://www.romashka.ru/">www.romashka.ru</a></lightning-formatted-url></div>',
    company: ['https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view', 'https://acme.lightning.force.com/lightning/r/001000000000001AAA/view'],
    other: ['https://acme.lightning.force.com/lightning/r/Contact/003000000000001AAA/view', 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view'],
    segment: 'AX',
    count: 2,
  },
  {
    site: hubspot,
    html: '<div data-selenium-test="highlightTitle">Northwind Traders, LLC</div><div data-selenium-test="highlightSubtitle"><a href="https://northwind.com">northwind.com</a></div>',
    company: ['https://app.hubspot.com/contacts/12345678/record/0-2/9876543210', 'https://app-eu1.hubspot.com/contacts/12345678/company/9876543210'],
    other: ['https://app.hubspot.com/contacts/12345678/record/0-1/1234567890', 'https://app.hubspot.com/contacts/12345678/record/0-3/555'],
    segment: 'BX',
    count: 2,
  },
  {
    site: pipedrive,
    html: '<h1 data-testid="header-title">АО «Вектор»</h1>',
    company: ['https://acme.pipedrive.com/organization/42'],
    other: ['https://acme.pipedrive.com/deal/1001', 'https://acme.pipedrive.com/person/7'],
    segment: 'AY',
    count: 1,
  },
  {
    site: bitrix24,
    html: '<span id="pagetitle" class="pagetitle-item">ООО "Ромашка"</span>',
    company: ['https://acme.bitrix24.ru/crm/company/details/15/'],
    other: ['https://acme.bitrix24.ru/crm/deal/details/230/', 'https://acme.bitrix24.ru/crm/contact/details/3/'],
    segment: 'AX',
    count: 1,
  },
  {
    site: amocrm,
    html: '<div class="card-top-name"><input id="person_name" name="name" value="Глобус"></div>',
    company: ['https://acme.amocrm.ru/companies/detail/32'],
    other: ['https://acme.amocrm.ru/leads/detail/777', 'https://acme.kommo.com/contacts/detail/12'],
    segment: 'AZ',
    count: 1,
  },
];

describe.each(titles.map((t) => [t.site.id, t] as const))('%s record titles', (_, { site, html, company, other, segment, count }) => {
  const segmentsOn = (url: string) => {
    document.body.innerHTML = html;
    annotator = startAnnotator(document.body, { site, url: () => new URL(url), resolve: fixtureData('en', site).resolve });
    const found = Array.from(document.querySelectorAll('kam-badge'), (badge) => badge.getAttribute('data-segment'));
    annotator.stop();
    return found;
  };
  it.each(company)('are the company on %s', (url) => expect(segmentsOn(url)).toEqual(Array(count).fill(segment)));
  it.each(other)('are not a company on %s', (url) => expect(segmentsOn(url)).toEqual([]));
});

it('reads a HubSpot contact’s address from the e-mail property, and a domain from the subtitle on company records only', () => {
  const html = '<div data-selenium-test="highlightSubtitle"><a href="https://northwind.com">northwind.com</a></div><span data-test-id="highlight-property-display-email">Nancy.Davolio@Northwind.com</span>';
  const segments = (url: string) => {
    document.body.innerHTML = html;
    annotator = startAnnotator(document.body, { site: hubspot, url: () => new URL(url), resolve: fixtureData('en', hubspot).resolve });
    return Array.from(document.querySelectorAll('kam-badge'), (badge) => badge.getAttribute('data-segment'));
  };
  expect(segments('https://app.hubspot.com/contacts/12345678/record/0-1/101')).toEqual(['BX']);
  annotator?.stop();
  expect(segments('https://app.hubspot.com/contacts/12345678/record/0-2/201')).toEqual(['BX', 'BX']);
});

it('reads self-hosted CRMs over https only, unless plain http was asked for on that host', () => {
  const custom = [{ host: 'crm.acme.ru', site: 'bitrix24' }];
  expect(siteFor('http://crm.acme.ru/crm/company/details/1/', custom)).toBeUndefined();
  expect(siteFor('https://crm.acme.ru/crm/company/details/1/', custom)?.id).toBe('bitrix24');
  expect(siteFor('http://crm.acme.ru/crm/company/details/1/', [{ ...custom[0], http: true }])?.id).toBe('bitrix24');
  expect(hostPatterns('crm.acme.ru')).toEqual(['https://crm.acme.ru/*']);
  expect(hostPatterns('crm.acme.ru', true)).toEqual(['https://crm.acme.ru/*', 'http://crm.acme.ru/*']);
});

it('reads a Pipedrive organisation from the page title while its header is still empty', () => {
  document.title = 'АО «Вектор» - Pipedrive';
  document.body.innerHTML = '<h1 data-testid="header-title"></h1>';
  annotator = startAnnotator(document.body, { site: pipedrive, url: () => new URL('https://acme.pipedrive.com/organization/42'), resolve: fixtureData('en', pipedrive).resolve });
  expect(annotator.badgeOf(document.querySelector('h1')!)?.getAttribute('data-segment')).toBe('AY');
  document.title = '';
});
