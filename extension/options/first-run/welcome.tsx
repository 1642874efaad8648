/**
 * The first run: opened on install (background.ts opens options.html#welcome)
 * and shown while no data are stored, in the browser's language unless the
 * user chose one. Three steps (import or subscribe; contacts when the file
 * has no e-mails; open Gmail) and a sales file template in Russian and
 * English.
 *
 * @example
 * <Welcome lang="ru" onHide={() => setShown(false)} />
 */
import type { Lang } from '../../../shared/options.js';
import { t } from '../../i18n.js';
import { templateHref } from './template-csv.js';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

export function Welcome({ lang, onHide }: { lang: Lang; onHide(): void }) {
  return (
    <section id="welcome" class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t(lang, 'welcomeTitle')}</h2>
      <p>{t(lang, 'welcomeIntro')}</p>
      <ol class="steps">
        <li>
          <a href="#data-title">{t(lang, 'welcomeStep1')}</a>
          <div class="hint">
            {t(lang, 'welcomeTemplate')}{' '}
            <a id="template-ru" href={templateHref('ru')} download="kam-segments-template-ru.csv">{t(lang, 'welcomeTemplateRu')}</a>
            {' · '}
            <a id="template-en" href={templateHref('en')} download="kam-segments-template-en.csv">{t(lang, 'welcomeTemplateEn')}</a>
          </div>
        </li>
        <li>{t(lang, 'welcomeStep2')}</li>
        <li>
          {t(lang, 'welcomeStep3')}{' '}
          <a href={GMAIL_URL} target="_blank" rel="noopener noreferrer">{t(lang, 'welcomeOpenGmail')} ↗</a>
        </li>
      </ol>
      <button type="button" id="welcome-hide" onClick={onHide}>{t(lang, 'welcomeHide')}</button>
    </section>
  );
}
