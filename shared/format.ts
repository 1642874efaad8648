/**
 * Number formatting for the texts people read (reasons, CLI tables), in
 * Russian or English conventions, without Intl: Apps Script's and some
 * browsers' Intl data differ, and reasons must read the same everywhere.
 *
 * @example
 * formatPercent(0.632, 'ru'); // '63,2%'
 * formatDecimal(0.7412, 'ru', 2); // '0,74'
 * formatAmount(1234567.8, 'en'); // '1,234,568'
 * formatAmount(1234567.8, 'ru'); // '1 234 568'
 */
import type { Lang } from './options.js';

export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${formatDecimal(fraction * 100, lang, digits)}%`;
}

/** A number with a fixed count of decimals and the language's decimal mark: `0,74` in Russian. */
export function formatDecimal(value: number, lang: Lang, digits: number): string {
  // Like formatPercent and formatAmount: a dash, never `NaN` or `Infinity` in front of a reader.
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(digits);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

export function formatAmount(value: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  const [whole, fraction] = Math.abs(value).toFixed(digits).split('.');
  const separator = lang === 'ru' ? '\u00a0' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 && Number(whole + (fraction ?? '')) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? (lang === 'ru' ? ',' : '.') + fraction : '');
}

/** Russian plural form: 1 день, 2 дня, 5 дней. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs > 10 && abs < 20) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
