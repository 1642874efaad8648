/**
 * Self-hosted CRMs (a Bitrix24 "коробка" on the company's own domain): the
 * user adds a host and the adapter that reads it, grants the host at that
 * moment, and the content script is registered there.
 *
 * @example
 * await chrome.permissions.request({ origins: hostPatterns('crm.acme.ru') });
 * await syncCustomSites();
 */
import { hostPatterns } from '../sites/index.js';
import { readSettings } from './storage.js';

const PREFIX = 'kam-custom-';
const CONTENT_SCRIPT = 'content-scripts/content.js';

export async function syncCustomSites(): Promise<void> {
  const { customSites } = await readSettings();
  const registered = await chrome.scripting.getRegisteredContentScripts();
  const ours = registered.filter((script) => script.id.startsWith(PREFIX)).map((script) => script.id);
  if (ours.length) await chrome.scripting.unregisterContentScripts({ ids: ours });
  const granted = [];
  for (const custom of customSites) {
    const origins = hostPatterns(custom.host, custom.http);
    if (await chrome.permissions.contains({ origins })) granted.push({ id: PREFIX + custom.host, matches: origins });
  }
  if (granted.length) {
    await chrome.scripting.registerContentScripts(granted.map((g) => ({ ...g, js: [CONTENT_SCRIPT], runAt: 'document_idle' as const, allFrames: true })));
  }
}
