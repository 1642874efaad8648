/**
 * What the card and the compose notices need from the user: their own name
 * as the data write it (another KAM's client then gets a notice while
 * writing), the currency of sums, and "Open in CRM" URL templates per CRM.
 *
 * @example
 * <CardSection stored={stored} lang="ru" />
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../shared/options.js';
import { CrmLinkTemplateSchema } from '../data/settings.js';
import { writeSettings } from '../data/storage.js';
import { t } from '../i18n.js';
import { sites } from '../sites/index.js';
import type { Stored } from './use-stored.js';

const crms = sites.filter((site) => site.kind === 'crm');

export function CardSection({ stored, lang }: { stored: Stored; lang: Lang }) {
  const { settings } = stored;
  const [kamName, setKamName] = useState(settings.kamName);
  const [currency, setCurrency] = useState(settings.currency);
  const [links, setLinks] = useState<Record<string, string>>(() => ({ ...settings.crmLinks }));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const save = async () => {
    const crmLinks: Record<string, string> = {};
    for (const [id, template] of Object.entries(links)) {
      const text = template.trim();
      if (!text) continue;
      if (!CrmLinkTemplateSchema.safeParse(text).success) return setMessage({ ok: false, text: t(lang, 'optionsCrmLinkBad', text) });
      crmLinks[id] = text;
    }
    await writeSettings({ kamName: kamName.trim(), currency: currency.trim() || '₽', crmLinks });
    setMessage({ ok: true, text: t(lang, 'optionsSavedShort') });
  };

  return (
    <section aria-labelledby="card-title">
      <h2 id="card-title">{t(lang, 'optionsYou')}</h2>
      <div class="grid">
        <label class="field">
          {t(lang, 'optionsKamName')}
          <input id="kam-name" type="text" value={kamName} maxLength={200} aria-describedby="kam-name-hint" onInput={(event) => setKamName(event.currentTarget.value)} />
        </label>
        <label class="field">
          {t(lang, 'optionsCurrency')}
          <input id="currency" type="text" value={currency} maxLength={8} onInput={(event) => setCurrency(event.currentTarget.value)} />
        </label>
      </div>
      <p class="hint" id="kam-name-hint">{t(lang, 'optionsKamNameHint')}</p>
      <h2 style="margin-top: 14px">{t(lang, 'optionsCrmLinks')}</h2>
      <p class="hint" id="crm-links-hint">{t(lang, 'optionsCrmLinksHint')}</p>
      {crms.map((site) => (
        <label class="field crm-template" key={site.id}>
          {site.name}
          <input
            type="url"
            data-crm={site.id}
            value={links[site.id] ?? ''}
            placeholder="https://…/{id}/"
            aria-describedby="crm-links-hint"
            onInput={(event) => setLinks({ ...links, [site.id]: event.currentTarget.value })}
          />
        </label>
      ))}
      <div class="row">
        <button class="primary" id="card-save" onClick={() => void save()}>{t(lang, 'optionsSave')}</button>
        {message && <span id="card-message" class={message.ok ? 'ok' : 'bad'} role={message.ok ? 'status' : 'alert'}>{message.text}</span>}
      </div>
    </section>
  );
}
