/**
 * The one list of site adapters. Adding a CRM is adding its file and a line
 * here: its matches become host permissions and content-script matches.
 *
 * @example
 * siteFor('https://mail.google.com/mail/u/0/#inbox', [])?.id; // 'gmail'
 * siteFor('https://crm.acme.local/crm/company/details/1/', [{ host: 'crm.acme.local', site: 'bitrix24' }])?.id; // 'bitrix24'
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { amocrm } from './amocrm.js';
import { bitrix24 } from './bitrix24.js';
import { gmail } from './gmail.js';
import { hubspot } from './hubspot.js';
import { outlook } from './outlook.js';
import { pipedrive } from './pipedrive.js';
import { salesforce } from './salesforce.js';
import type { Site } from './site.js';

export const sites: readonly Site[] = [gmail, outlook, salesforce, hubspot, pipedrive, bitrix24, amocrm];

/** A self-hosted installation the user added: its host, which adapter reads it, and whether plain http was asked for. */
export type CustomSite = { host: string; site: string; http?: boolean };

export function siteMatches(): string[] {
  return sites.flatMap((site) => site.matches);
}

export function siteFor(url: string, custom: readonly CustomSite[]): Site | undefined {
  const builtIn = sites.find((site) => site.matches.some((pattern) => new MatchPattern(pattern).includes(url)));
  if (builtIn) return builtIn;
  const { hostname: host, protocol } = new URL(url);
  const added = custom.find((c) => c.host === host && (protocol === 'https:' || (protocol === 'http:' && c.http)));
  return added ? sites.find((site) => site.id === added.site) : undefined;
}

/**
 * Match patterns of a self-hosted host, for the permission request and the
 * content-script registration: https only, unless the user explicitly asked
 * for plain http on this host (client data should not be shown on pages
 * anyone on the network can alter).
 */
export function hostPatterns(host: string, http = false): string[] {
  return http ? [`https://${host}/*`, `http://${host}/*`] : [`https://${host}/*`];
}
