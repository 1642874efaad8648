/**
 * How long ago data were imported or refreshed, for a KAM deciding whether to
 * trust a badge: 'just now', '3 hours ago', '2 days ago', in RU or EN.
 *
 * @example
 * formatAge('2024-05-01T10:00:00Z', 'en', Date.parse('2024-05-01T13:00:00Z')); // '3 hours ago'
 */
import type { Lang } from '../../shared/options.js';
import { t } from '../i18n.js';

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
  ['month', 30 * 86_400],
];

export function formatAge(iso: string, lang: Lang, now = Date.now()): string {
  const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 60) return t(lang, 'ageNow');
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let size = 60;
  for (const [name, length] of steps) if (seconds >= length) [unit, size] = [name, length];
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(-Math.floor(seconds / size), unit);
}

/** A timestamp as local date and time, for 'last refreshed' lines. */
export function formatTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
