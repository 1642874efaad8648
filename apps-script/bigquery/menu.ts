/**
 * The KAM menu of the BigQuery build: the usual items plus "Segment a
 * BigQuery table…", and the sidebar page it opens (`BigQuerySidebar.html`).
 * The plain build never loads this file, so its menu and scopes stay as
 * they are.
 *
 * @example
 * onOpen({ authMode: ScriptApp.AuthMode.LIMITED }); // KAM > the plain add-on's items, then Segment a BigQuery table…
 */
import type { OpenEvent } from '../gas-types.js';
import { MENU_HANDLERS } from '../menu.js';
import { langOfLocale, sheetMessages } from '../messages.js';
import { services } from '../services.js';
import { bigQueryMessages } from './messages.js';

export const BIGQUERY_SIDEBAR_FILE = 'BigQuerySidebar';
export const BIGQUERY_MENU_HANDLER = 'kamShowBigQuerySidebar';

export function onOpen(e: OpenEvent): void {
  const { SpreadsheetApp, ScriptApp } = services();
  const limited = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const lang = limited ? 'en' : langOfLocale(SpreadsheetApp.getActive()?.getSpreadsheetLocale());
  const m = sheetMessages(lang);
  // The plain menu's items, read from its own handler list (in its order, captions by the same keys), so this
  // menu follows the plain one; the BigQuery item comes last.
  let menu = SpreadsheetApp.getUi().createMenu(m.menu.title);
  for (const [key, handler] of Object.entries(MENU_HANDLERS)) menu = menu.addItem(m.menu[key as keyof typeof MENU_HANDLERS], handler);
  menu.addItem(bigQueryMessages(lang).menuItem, BIGQUERY_MENU_HANDLER).addToUi();
}

export function onInstall(e: OpenEvent): void {
  onOpen(e);
}

/** The texts and defaults the BigQuery sidebar starts with. */
export function bigQuerySidebarState() {
  const lang = langOfLocale(services().SpreadsheetApp.getActive().getSpreadsheetLocale());
  const m = sheetMessages(lang);
  return { lang, texts: bigQueryMessages(lang), measures: m.measures, periods: m.periods };
}

export function showBigQuerySidebar(): void {
  const { SpreadsheetApp, HtmlService } = services();
  const state = bigQuerySidebarState();
  const template = HtmlService.createTemplateFromFile(BIGQUERY_SIDEBAR_FILE);
  // Functions do not survive JSON: the sidebar gets the plain texts only.
  template.state = JSON.stringify({ ...state, texts: Object.fromEntries(Object.entries(state.texts).filter(([, v]) => typeof v === 'string')) }).replace(/</g, '\\u003c');
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(state.texts.title));
}
