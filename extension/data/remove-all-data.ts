/**
 * "Remove all data": the imported clients, transactions and contacts, and
 * the Sheet subscription with them, since a subscribed Sheet would
 * otherwise bring the data back at its next refresh. Unsubscribing is the
 * Sheet section's own path (alarm cleared, host access given back, a
 * self-hosted CRM's kept), so both end a subscription the same way.
 * Returns what was there, for the page to tell the user.
 *
 * @example
 * await removeAllData(); // { clients: 8, contacts: 2, sheet: 'https://docs.google.com/…/export?format=csv' }
 */
import { clearData } from './save-import.js';
import { unsubscribe } from './sheet-subscription.js';
import { readContacts, readMeta } from './storage.js';

export type RemovedData = { clients: number; contacts: number; sheet?: string };

export async function removeAllData(): Promise<RemovedData> {
  const [meta, contacts] = await Promise.all([readMeta(), readContacts()]);
  // The subscription first: a refresh must find nothing to fetch once the data are gone.
  const subscription = await unsubscribe();
  await clearData();
  return { clients: meta?.count ?? 0, contacts: contacts?.contacts.length ?? 0, sheet: subscription?.url };
}
