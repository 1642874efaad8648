/**
 * What a site adapter declares: the pages it runs on (match patterns, which
 * also become the manifest's host permissions), where on those pages client
 * identifiers sit, where a badge can be seen next to them, and the public
 * evidence each selector rests on. The annotator does the rest, the same on
 * every site.
 *
 * @example
 * export const example = defineSite({
 *   id: 'example', name: 'Example CRM', kind: 'crm', matches: ['https://*.example-crm.com/*'],
 *   testUrls: ['https://demo.example-crm.com/company/1'],
 *   targets: [{ selector: 'a[href^="mailto:"]', read: readMailto }],
 * });
 */
import type { Identity } from '../match/lookup.js';

/**
 * Where the badge goes relative to its anchor: after it (default), before it
 * (a clipped cell whose end is cut off), or inside it at its end (a block
 * element whose own line the badge would otherwise add to).
 */
export type Place = 'after' | 'before' | 'append';

export type Target = {
  /** Elements that name a client. */
  selector: string;
  /** The identifier in a matched element; undefined skips it. */
  read(element: Element): Identity | undefined;
  /** Where the badge goes; by default after the element, or inside it when it is a block. */
  place?: Place;
  /**
   * The element the badge is placed against, when not the identifier itself:
   * Outlook's recipients live inside an editable field, and a badge must never
   * go into the draft.
   */
  anchor?(element: Element): Element;
  /**
   * A container naming several people (a Gmail row "Иван, Ольга, я"): they
   * share one summary chip with the most important client, placed at the
   * first of them.
   */
  group?: string;
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
  /** True where the site renders into open shadow roots (Lightning web components). */
  shadow?: boolean;
  /** True where identifiers are input values the user types (amoCRM's fields): typing is followed. */
  inputs?: boolean;
  /** Mail sites annotate people; CRMs also company names, and a user may add a self-hosted CRM's domain. */
  kind: 'mail' | 'crm';
};

export function defineSite(site: Site): Site {
  return site;
}
