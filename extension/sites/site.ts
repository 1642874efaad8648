/**
 * What a site adapter declares: the pages it runs on (match patterns, which
 * also become the manifest's host permissions) and where on those pages
 * client identifiers sit. The annotator does the rest, the same on every site.
 *
 * @example
 * export const example = defineSite({
 *   id: 'example', name: 'Example CRM', kind: 'crm', matches: ['https://*.example-crm.com/*'],
 *   testUrls: ['https://demo.example-crm.com/company/1'],
 *   targets: [{ selector: 'a[href^="mailto:"]', read: readMailto }],
 * });
 */
import type { Identity } from '../match/lookup.js';

export type Target = {
  /** Elements that name a client. */
  selector: string;
  /** The identifier in a matched element; undefined skips it. */
  read(element: Element): Identity | undefined;
  /** Where the badge goes: after the element (default) or inside it, at its end. */
  place?: 'after' | 'append';
  /** Only on pages whose address passes, e.g. a company's record page where the title is the company. */
  when?(url: URL): boolean;
};

export type Site = {
  id: string;
  name: string;
  matches: string[];
  /** Pages to check by hand after a site changes its markup; tests/extension/fixtures mimic them. */
  testUrls: string[];
  targets: Target[];
  /** Attributes the targets read, watched for changes on elements that stay in place. */
  attributes?: string[];
  /** True where the site opens records in frames of its own origin (Bitrix24's slider). */
  frames?: boolean;
  /** Mail sites annotate people; CRMs also company names, and a user may add a self-hosted CRM's domain. */
  kind: 'mail' | 'crm';
};

export function defineSite(site: Site): Site {
  return site;
}
