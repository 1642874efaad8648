/**
 * Test helpers for the extension: the fixture dataset (the segments table in
 * fixtures/ read by the core's parser and indexed as an import would), and a
 * resolver the annotator can use without chrome.storage.
 *
 * @example
 * const { dataset, resolve } = fixtureData('en');
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSegmentsCsv } from '../../shared/segments-table.js';
import type { Dataset } from '../../extension/data/dataset.js';
import { buildClientIndex } from '../../extension/match/client-index.js';
import { createResolver, type SyncResolve } from '../../extension/page/resolver.js';
import type { Site } from '../../extension/sites/site.js';

// Not new URL(name, import.meta.url): Vite rewrites that pattern as an asset import.
export const fixturePath = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const siteUrls: Record<string, string> = JSON.parse(fixture('sites.json'));

/** The fixture dataset, and a resolver for a site as the content script makes it (company names on CRM pages only). */
export function fixtureData(lang: 'ru' | 'en' = 'en', site: Pick<Site, 'kind'> = { kind: 'crm' }): { dataset: Dataset; resolve: SyncResolve } {
  const { rows } = parseSegmentsCsv(fixture('segments.csv'));
  const dataset: Dataset = {
    version: 1,
    kind: 'segments',
    origin: 'file',
    name: 'segments.csv',
    importedAt: new Date().toISOString(),
    clients: rows,
    index: buildClientIndex(rows),
    contacts: 0,
  };
  return { dataset, resolve: createResolver(dataset, site, lang) };
}

/** The fixture's body, without scripts, as happy-dom or a test page would show it. */
export function fixtureBody(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}
