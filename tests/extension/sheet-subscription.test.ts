/**
 * Sheet links to the CSV the extension fetches, and the host permissions
 * asked for at subscription time.
 */
import { describe, expect, it } from 'vitest';
import { csvExportUrl, subscriptionOrigins } from '../../extension/data/sheet-subscription.js';
import { isSheetDownloadHost, isSheetUrl } from '../../extension/data/sheet-url.js';

describe('Sheet subscription links', () => {
  it.each([
    ['https://docs.google.com/spreadsheets/d/1AbC_x-9/edit#gid=42', 'https://docs.google.com/spreadsheets/d/1AbC_x-9/export?format=csv&gid=42'],
    ['https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing', 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv'],
    ['https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=7', 'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=7'],
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv', 'https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv'],
  ])('%s', (link, expected) => {
    expect(csvExportUrl(link)).toBe(expected);
  });

  it('asks for Google and its download host, or for the link’s own host', () => {
    expect(subscriptionOrigins('https://docs.google.com/spreadsheets/d/1/export?format=csv')).toEqual(['https://docs.google.com/*', 'https://*.googleusercontent.com/*']);
    // A link stored by an earlier version names its own host, so that unsubscribing gives it back.
    expect(subscriptionOrigins('https://intranet.acme.ru/kam/segments.csv')).toEqual(['https://intranet.acme.ru/*']);
  });

  it('rejects what is not a link, and any link that is not a Google Sheet', () => {
    expect(() => csvExportUrl('segments.csv')).toThrow();
    for (const link of ['https://127.0.0.1:1/', 'https://docs.google.com.evil.com/spreadsheets/d/1/export', 'https://intranet.acme.ru/kam/segments.csv', 'http://docs.google.com/spreadsheets/d/1/edit', 'https://docs.google.com/document/d/1/edit', 'https://docs.google.com:8443/spreadsheets/d/1/edit']) {
      expect(() => csvExportUrl(link), link).toThrow();
      expect(isSheetUrl(link), link).toBe(false);
    }
    expect(isSheetDownloadHost('doc-0s-8c-sheets.googleusercontent.com')).toBe(true);
    expect(isSheetDownloadHost('googleusercontent.com.evil.com')).toBe(false);
  });
});
