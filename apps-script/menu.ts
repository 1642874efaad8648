/**
 * The KAM menu and the sidebars it opens. `onOpen` runs before the user has
 * authorized anything when the add-on is installed but not yet used
 * (`e.authMode` NONE): then it only adds the menu, in English, without
 * reading the spreadsheet.
 *
 * @example
 * onOpen({ authMode: ScriptApp.AuthMode.LIMITED }); // adds KAM > Segment clients…, Share segments…
 */
import type { OpenEvent } from './gas-types.js';
import { langOfLocale, sheetMessages } from './messages.js';
import { OUTPUT_SHEETS } from './output-sheet.js';
import { services } from './services.js';
import { sidebarState, stateLiteral, type SidebarView } from './sidebar-state.js';

/** The name of the sidebar's page in the pushed project (`Sidebar.html`). */
export const SIDEBAR_FILE = 'Sidebar';

/** The global functions the menu items call (see globals.js). */
export const MENU_HANDLERS = { segment: 'kamShowSegmentSidebar', refresh: 'kamRefreshSegments', share: 'kamShowShareSidebar' } as const;

export function onOpen(e: OpenEvent): void {
  const { SpreadsheetApp, ScriptApp } = services();
  const limited = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const lang = limited ? 'en' : langOfLocale(SpreadsheetApp.getActive()?.getSpreadsheetLocale());
  const m = sheetMessages(lang);
  SpreadsheetApp.getUi()
    .createMenu(m.menu.title)
    .addItem(m.menu.segment, MENU_HANDLERS.segment)
    .addItem(m.menu.refresh, MENU_HANDLERS.refresh)
    .addItem(m.menu.share, MENU_HANDLERS.share)
    .addToUi();
}

export function onInstall(e: OpenEvent): void {
  onOpen(e);
}

export function showSidebar(view: SidebarView): void {
  const { SpreadsheetApp, HtmlService } = services();
  const state = sidebarState(view);
  const template = HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  template.state = stateLiteral(state);
  const texts = sheetMessages(state.lang).sidebar;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(view === 'segment' ? texts.segmentTitle : texts.shareTitle));
}

/** Shows one of the add-on's sheets (the sidebar's "Open" buttons). */
export function activateSheet(name: unknown): void {
  if (typeof name !== 'string' || !OUTPUT_SHEETS.includes(name)) return;
  services().SpreadsheetApp.getActive().getSheetByName(name)?.activate();
}
