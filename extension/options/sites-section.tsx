/**
 * Which sites show badges, and self-hosted CRMs: a host the user adds is
 * granted at that moment (optional host permission) and read with the
 * adapter of the CRM it runs.
 *
 * @example
 * <SitesSection stored={stored} lang="ru" />
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../shared/options.js';
import { CustomSiteSchema } from '../data/settings.js';
import { writeSettings } from '../data/storage.js';
import { t } from '../i18n.js';
import { hostPatterns, sites } from '../sites/index.js';
import type { Stored } from './use-stored.js';

const crms = sites.filter((site) => site.kind === 'crm');
const hostsOf = (matches: string[]) => [...new Set(matches.map((m) => m.replace(/^https?:\/\//, '').replace(/\/\*$/, '')))].join(', ');

export function SitesSection({ stored, lang }: { stored: Stored; lang: Lang }) {
  const { settings } = stored;
  const [host, setHost] = useState('');
  const [engine, setEngine] = useState('bitrix24');
  const [http, setHttp] = useState(false);
  const [message, setMessage] = useState<string>();

  const add = () => {
    let name = host.trim().toLowerCase();
    try {
      name = new URL(/^https?:\/\//.test(name) ? name : `https://${name}`).hostname;
    } catch {
      /* validated below */
    }
    const custom = CustomSiteSchema.safeParse({ host: name, site: engine, ...(http ? { http: true } : {}) });
    if (!custom.success) return setMessage(t(lang, 'optionsBadHost', host));
    // https only, unless plain http was asked for on this host.
    const origins = hostPatterns(custom.data.host, custom.data.http);
    // Straight from the click: optional permissions need the user's gesture.
    void chrome.permissions.request({ origins }).then(async (granted) => {
      if (!granted) return setMessage(t(lang, 'optionsPermissionDenied', custom.data.host));
      setMessage(undefined);
      setHost('');
      setHttp(false);
      await writeSettings({ customSites: [...settings.customSites.filter((c) => c.host !== custom.data.host), custom.data] });
    });
  };

  const remove = async (removed: string) => {
    await writeSettings({ customSites: settings.customSites.filter((c) => c.host !== removed) });
    await chrome.permissions.remove({ origins: hostPatterns(removed, true) }).catch(() => false);
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t(lang, 'optionsSites')}</h2>
      <p class="hint">{t(lang, 'optionsSitesHint')}</p>
      <div class="sites">
        {sites.map((site) => (
          <label key={site.id}>
            <input
              type="checkbox"
              data-site={site.id}
              checked={settings.sites[site.id] !== false}
              onChange={(event) => void writeSettings({ sites: { ...settings.sites, [site.id]: event.currentTarget.checked } })}
            />
            <span>{site.name}</span>
            <small>{hostsOf(site.matches)}</small>
          </label>
        ))}
      </div>
      <h2 style="margin-top: 14px">{t(lang, 'optionsSelfHosted')}</h2>
      <p class="hint">{t(lang, 'optionsSelfHostedHint')}</p>
      <div class="row">
        <input type="text" placeholder="crm.company.ru" aria-label={t(lang, 'optionsHost')} value={host} onInput={(event) => setHost(event.currentTarget.value)} />
        <select value={engine} onChange={(event) => setEngine(event.currentTarget.value)}>
          {crms.map((site) => (
            <option value={site.id} key={site.id}>{site.name}</option>
          ))}
        </select>
        <button disabled={!host.trim()} onClick={add}>{t(lang, 'optionsAdd')}</button>
      </div>
      <label class="row muted">
        <input type="checkbox" id="custom-http" checked={http} onChange={(event) => setHttp(event.currentTarget.checked)} />
        <small>{t(lang, 'optionsHttpHost')}</small>
      </label>
      {message && <p class="bad" role="alert">{message}</p>}
      {settings.customSites.map((custom) => (
        <div class="row" key={custom.host}>
          <span>{custom.host}</span>
          <small class="muted">{sites.find((s) => s.id === custom.site)?.name}</small>
          <button class="danger" onClick={() => void remove(custom.host)}>{t(lang, 'optionsRemove')}</button>
        </div>
      ))}
    </section>
  );
}
