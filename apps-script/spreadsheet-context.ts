/**
 * What a custom function needs to know about the spreadsheet it runs in,
 * asked of the spreadsheet only (custom functions may not use Session and
 * may find other services missing): its time zone (to read dates as Sheets
 * shows them), its language (headers and errors), its number marks (text
 * amounts) and its day/month order (text dates). Outside Google (Node,
 * tests without fakes) it falls back to the process's zone and en_US.
 *
 * @example
 * const { timeZone, lang, marks, dateOrder } = spreadsheetContext();
 */
import type { DateOrder } from '../shared/import/dates.js';
import type { Lang } from '../shared/options.js';
import { localeMarks, type LocaleMarks } from './locale-numbers.js';
import { langOfLocale } from './messages.js';
import { hasService, services } from './services.js';

export type SpreadsheetContext = { timeZone: string; lang: Lang; locale: string; marks: LocaleMarks; dateOrder: DateOrder };

/** Month first only where the locale writes dates so (en_US and a few others); day first elsewhere. */
export function dateOrderOfLocale(locale: string): DateOrder {
  return /^(en_US|en_PH|es_US|en_CA|fil)/i.test(locale.replace('-', '_')) ? 'mdy' : 'dmy';
}

export function contextOf(locale: string, timeZone: string): SpreadsheetContext {
  return { timeZone, lang: langOfLocale(locale), locale, marks: localeMarks(locale), dateOrder: dateOrderOfLocale(locale) };
}

export function spreadsheetContext(): SpreadsheetContext {
  // Asked only when needed: the first Intl formatter of an execution costs milliseconds.
  const fallbackZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const spreadsheet = hasService('SpreadsheetApp') ? services().SpreadsheetApp.getActive() : null;
  if (!spreadsheet) return contextOf('en_US', fallbackZone());
  return contextOf(spreadsheet.getSpreadsheetLocale() || 'en_US', spreadsheet.getSpreadsheetTimeZone() || fallbackZone());
}
