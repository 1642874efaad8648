/**
 * Sheet links to the CSV the extension fetches, and the host permissions
 * asked for at subscription time.
 */
import { describe, expect, it } from 'vitest';
import { csvExportUrl, subscriptionOrigins } from '../../extension/data/sheet-subscription.js';

describe('Sheet subscription links', () => {
  it.each([
    ['https://docs.google.com/spreadsheets/d/1AbC_x-9/edit#gid=42', 'https://docs.google.com/spreadsheets/d/1AbC_x-9/export?format=csv&gid=42'],
    ['https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing', 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv'],
    ['https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=7', 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=7'],
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv', 'https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv'],
    ['  https://intranet.acme.ru/kam/segments.csv ', 'https://intranet.acme.ru/kam/segments.csv'],
  ])('%s', (link, expected) => {
    expect(csvExportUrl(link)).toBe(expected);
  });

  it('asks for Google and its download host, or for the link’s own host', () => {
    expect(subscriptionOrigins('https://docs.google.com/spreadsheets/d/1/export?format=csv')).toEqual(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']);
    expect(subscriptionOrigins('https://intranet.acme.ru/kam/segments.csv')).toEqual(['https://intranet.acme.ru/*']);
  });

  it('rejects what is not a link', () => {
    expect(() => csvExportUrl('segments.csv')).toThrow();
  });
});
