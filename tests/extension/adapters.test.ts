// @vitest-environment happy-dom
/**
 * Every site adapter on its fixture page: each element marked data-expect
 * gets a badge with that segment right after it ('none': no badge), and no
 * other element gets one. Russian names, Cyrillic domains and free-mail
 * addresses are in every fixture.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAnnotator, type Annotator } from '../../extension/page/annotator.js';
import { sites } from '../../extension/sites/index.js';
import { fixture, fixtureBody, fixtureData, siteUrls } from './helpers.js';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.stop();
  document.body.replaceChildren();
});

describe.each(sites.map((site) => [site.id, site] as const))('%s adapter', (id, site) => {
  it('badges the clients on its fixture page and nothing else', () => {
    document.body.innerHTML = fixtureBody(fixture(`${id}.html`));
    const { resolve } = fixtureData();
    annotator = startAnnotator(document.body, { site, url: () => new URL(siteUrls[id]), resolve });

    const expected = Array.from(document.querySelectorAll<HTMLElement>('[data-expect]'));
    expect(expected.length).toBeGreaterThan(2);
    for (const element of expected) {
      const next = element.nextElementSibling;
      const segment = next?.tagName === 'KAM-BADGE' ? next.getAttribute('data-segment') : 'none';
      expect(`${element.textContent || element.getAttribute('value')}: ${segment}`).toBe(`${element.textContent || element.getAttribute('value')}: ${element.dataset.expect}`);
    }
    const badged = expected.filter((element) => element.dataset.expect !== 'none').length;
    expect(document.querySelectorAll('kam-badge')).toHaveLength(badged);
  });

  it('declares https match patterns and test URLs its matches cover', () => {
    expect(site.matches.length).toBeGreaterThan(0);
    for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(site.testUrls.length).toBeGreaterThan(0);
  });
});
