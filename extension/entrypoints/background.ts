/**
 * The service worker: opens the welcome (the options page's first-run
 * steps) when the extension is installed, answers the pages' look-ups from
 * the clients' database (content scripts cannot open the extension's
 * IndexedDB), refreshes a subscribed Sheet on its alarm, and keeps the
 * content script registered on the self-hosted CRMs the user added (and
 * granted).
 *
 * @example
 * chrome.runtime.sendMessage({ type: 'kam:refresh' }); // refresh the Sheet now
 * chrome.runtime.sendMessage({ type: 'kam:lookup', keys: { emails: ['ivan@romashka.ru'], domains: [], names: [] } });
 */
import { defineBackground } from 'wxt/utils/define-background';
import { lookupKeys, type PageKeys } from '../data/client-db.js';
import { migrateLegacyDataset } from '../data/read-dataset.js';
import { REFRESH_ALARM, refreshSubscription, scheduleRefresh } from '../data/sheet-subscription.js';
import { KEYS } from '../data/storage.js';
import { syncCustomSites } from '../data/custom-sites.js';

export default defineBackground(() => {
  const sync = () => Promise.all([scheduleRefresh(), syncCustomSites(), migrateLegacyDataset()]).catch((error) => console.warn('kam:', error));
  chrome.runtime.onInstalled.addListener((details) => {
    void sync();
    // Only a first install: an update or a browser update must not open tabs.
    if (details?.reason === 'install') void chrome.tabs.create({ url: chrome.runtime.getURL('/options.html#welcome') });
  });
  chrome.runtime.onStartup.addListener(() => void sync());
  chrome.permissions.onAdded.addListener(() => void sync());
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.settings in changes) void sync();
  });
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshSubscription();
  });
  chrome.runtime.onMessage.addListener((message: { type?: string; keys?: PageKeys }, _sender, reply) => {
    if (message?.type === 'kam:lookup' && message.keys) {
      lookupKeys(message.keys).then(reply, (error) => {
        console.warn('kam:', error);
        reply({ found: [], clients: [] });
      });
      return true;
    }
    if (message?.type !== 'kam:refresh') return false;
    void refreshSubscription().then(reply);
    return true;
  });
});
