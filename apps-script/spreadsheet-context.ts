/**
 * What a custom function needs to know about the spreadsheet it runs in:
 * its time zone (to read dates as Sheets shows them) and its language (for
 * headers and errors). Outside Google (Node, tests without fakes) it falls
 * back to the process's zone and English.
 *
 * @example
 * const { timeZone, lang } = spreadsheetContext();
 */
import type { Lang } from '../shared/options.js';
import { langOfLocale } from './messages.js';
import { hasService, services } from './services.js';

export type SpreadsheetContext = { timeZone: string; lang: Lang };

export function spreadsheetContext(): SpreadsheetContext {
  const fallbackZone = hasService('Session') ? services().Session.getScriptTimeZone() : Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!hasService('SpreadsheetApp')) return { timeZone: fallbackZone, lang: 'en' };
  const spreadsheet = services().SpreadsheetApp.getActive();
  if (!spreadsheet) return { timeZone: fallbackZone, lang: 'en' };
  return { timeZone: spreadsheet.getSpreadsheetTimeZone() || fallbackZone, lang: langOfLocale(spreadsheet.getSpreadsheetLocale()) };
}
