/**
 * The extension's message catalogue: extension/public/_locales/{en,ru}, the
 * same files Chrome reads for the manifest's name. They are bundled too, so
 * the language can follow the user's choice in the options instead of only
 * the browser's, with Chrome's `$1` placeholders.
 *
 * @example
 * t('ru', 'cardRank', 3, 120); // 'Место 3 из 120'
 * uiLang('auto'); // 'ru' in a Russian browser
 */
import en from './public/_locales/en/messages.json';
import ru from './public/_locales/ru/messages.json';
import type { Lang } from '../shared/options.js';

export type MessageKey = keyof typeof en;
export type LangSetting = 'auto' | Lang;

const catalogues: Record<Lang, Record<string, { message: string }>> = { en, ru };

export function browserLang(): Lang {
  const ui = globalThis.chrome?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en';
  return /^ru\b/i.test(ui) ? 'ru' : 'en';
}

export function uiLang(setting: LangSetting | undefined): Lang {
  return setting === 'ru' || setting === 'en' ? setting : browserLang();
}

export function t(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const text = catalogues[lang][key]?.message ?? en[key].message;
  // One pass, so a '$' inside a substituted value (an imported name) is left as it is.
  return text.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : String(subs[Number(n) - 1] ?? '')));
}
