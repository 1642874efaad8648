/**
 * The Google Sheet subscription: paste a link, grant access to Google at
 * that moment, refresh on a schedule; shows the last refresh and error.
 * Unsubscribing (or moving to another link) gives the access back.
 *
 * @example
 * <SheetSection stored={stored} lang="ru" />
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../shared/options.js';
import { SubscriptionSchema, type Subscription } from '../data/settings.js';
import { csvExportUrl, originsStillNeeded, refreshSubscription, releaseSubscriptionOrigins, subscriptionOrigins, unsubscribe } from '../data/sheet-subscription.js';
import { writeSettings, writeSync } from '../data/storage.js';
import { t } from '../i18n.js';
import { displayText } from '../ui/display-text.js';
import { formatTime } from '../ui/format-age.js';
import type { Stored } from './use-stored.js';

const HOURS = [1, 3, 6, 12, 24];

export function SheetSection({ stored, lang }: { stored: Stored; lang: Lang }) {
  const { subscription } = stored.settings;
  const [link, setLink] = useState(subscription?.url ?? '');
  const [everyHours, setEveryHours] = useState(subscription?.everyHours ?? 6);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    setBusy(true);
    const result = await refreshSubscription();
    setBusy(false);
    setMessage(result.ok ? undefined : result.error);
  };

  const subscribe = () => {
    let wanted: Subscription;
    try {
      wanted = SubscriptionSchema.parse({ url: csvExportUrl(link), everyHours });
    } catch {
      // Any https link that is not a Google Sheet gets the rule, not just "bad link".
      return setMessage(/^\s*https:\/\//i.test(link) ? t(lang, 'syncNotSheet') : t(lang, 'optionsBadUrl', link));
    }
    const origins = subscriptionOrigins(wanted.url);
    // Asked for straight from the click: Chrome grants optional permissions only during a user gesture.
    void chrome.permissions.request({ origins }).then(async (granted) => {
      if (!granted) return setMessage(t(lang, 'optionsPermissionDenied', origins.join(', ')));
      setMessage(undefined);
      setLink(wanted.url);
      await writeSync({ lastSuccess: undefined, lastError: '' });
      await writeSettings({ subscription: wanted });
      if (subscription && subscription.url !== wanted.url) await releaseSubscriptionOrigins(subscription.url, originsStillNeeded(stored.settings.customSites, wanted.url));
      await refresh();
    });
  };

  const end = async () => {
    await unsubscribe();
    setMessage(undefined);
  };

  return (
    <section aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t(lang, 'optionsSheet')}</h2>
      <p class="hint">{t(lang, 'optionsSheetHint')}</p>
      <div class="row">
        <input
          id="sheet-url"
          type="url"
          style="flex: 1 1 320px"
          placeholder="https://docs.google.com/spreadsheets/d/…"
          aria-label={t(lang, 'optionsSheetUrl')}
          value={link}
          onInput={(event) => setLink(event.currentTarget.value)}
        />
        <label class="row">
          {t(lang, 'optionsEvery')}
          <select id="sheet-every" value={everyHours} onChange={(event) => setEveryHours(Number(event.currentTarget.value))}>
            {HOURS.map((h) => (
              <option value={h} key={h}>{t(lang, 'optionsHours', h)}</option>
            ))}
          </select>
        </label>
        <button class="primary" id="sheet-subscribe" disabled={busy || !link.trim()} onClick={subscribe}>{t(lang, 'optionsSubscribe')}</button>
      </div>
      {subscription && (
        <div class="row">
          <button id="sheet-refresh" disabled={busy} onClick={() => void refresh()}>{t(lang, 'optionsRefreshNow')}</button>
          <button class="danger" id="sheet-unsubscribe" onClick={() => void end()}>{t(lang, 'optionsUnsubscribe')}</button>
          <span class="muted" id="sheet-status">
            {stored.sync.lastSuccess ? t(lang, 'optionsLastRefresh', formatTime(stored.sync.lastSuccess, lang)) : t(lang, 'optionsNeverRefreshed')}
          </span>
        </div>
      )}
      {(message || (subscription && stored.sync.lastError)) && <p class="bad" role="alert" id="sheet-error">{message ?? t(lang, 'optionsLastError', displayText(stored.sync.lastError))}</p>}
    </section>
  );
}
