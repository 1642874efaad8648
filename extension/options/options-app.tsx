/**
 * The options page: data (file import, Sheet subscription), segmentation
 * thresholds, language, sites, and what happens to the data.
 *
 * @example
 * render(<OptionsApp />, document.getElementById('app')!);
 */
import { useEffect, useState } from 'preact/hooks';
import { writeSettings } from '../data/storage.js';
import { t, uiLang, type LangSetting } from '../i18n.js';
import { CardSection } from './card-section.js';
import { DataSection } from './data-section.js';
import { SegmentationSection } from './segmentation-section.js';
import { SheetSection } from './sheet-section.js';
import { SitesSection } from './sites-section.js';
import { useStored } from './use-stored.js';
import { Welcome } from './first-run/welcome.js';

export function OptionsApp() {
  const stored = useStored();
  const lang = uiLang(stored?.settings.lang);
  // Opened on install with #welcome; shown too while there is nothing to show badges from, until hidden.
  const [welcome, setWelcome] = useState<'asked' | 'auto' | 'hidden'>(() => (globalThis.location?.hash === '#welcome' ? 'asked' : 'auto'));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'optionsTitle');
  }, [lang]);
  if (!stored) return null;

  // Nothing to recompute: cards word their reasons in the reader's language when they open.
  const setLang = (value: LangSetting) => writeSettings({ lang: value });

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      {(welcome === 'asked' || (welcome === 'auto' && !stored.dataset)) && (
        <Welcome
          lang={lang}
          onHide={() => {
            setWelcome('hidden');
            history.replaceState(null, '', location.pathname);
          }}
        />
      )}
      <DataSection stored={stored} lang={lang} />
      <SheetSection stored={stored} lang={lang} />
      <SegmentationSection stored={stored} lang={lang} />
      <CardSection stored={stored} lang={lang} />
      <section aria-labelledby="lang-title">
        <h2 id="lang-title">{t(lang, 'optionsLanguage')}</h2>
        <select id="lang" value={stored.settings.lang} onChange={(event) => void setLang(event.currentTarget.value as LangSetting)}>
          <option value="auto">{t(lang, 'langAuto')}</option>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
      </section>
      <SitesSection stored={stored} lang={lang} />
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t(lang, 'optionsPrivacy')}</h2>
        <p class="hint">{t(lang, 'optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
