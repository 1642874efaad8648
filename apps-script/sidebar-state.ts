/**
 * Everything the sidebar page shows when it opens: its view (segment or
 * share), texts in the user's language, the transactions sheet with its
 * headers and the columns found in them, the core's defaults, and the
 * links of the copy shared earlier (read from the user's properties, no
 * call to Drive: the share itself checks the copy is still there). The page
 * gets it inlined (no round trip) and again on "Re-read the sheet".
 *
 * @example
 * const state = sidebarState('segment');
 * state.detected; // { client: 5, date: 2, amount: 17, ... }
 */
import { z } from 'zod';
import { importMessages } from '../shared/import/messages.js';
import { RoleSchema } from '../shared/import/roles.js';
import { LangSchema, MeasureSchema, PeriodSchema, SegmentOptionsSchema } from '../shared/options.js';
import { detectColumns } from './detect-columns.js';
import type { GasSheet, GasSpreadsheet } from './gas-types.js';
import { langOfLocale, sheetMessages } from './messages.js';
import { OUTPUT_SHEETS, SEGMENTS_SHEET } from './output-sheet.js';
import { services } from './services.js';
import { csvExportUrl, spreadsheetUrl } from './shared-copy-links.js';
import { recallSharedCopy } from './shared-copy-record.js';
import { dataRowCount } from './sheet-columns.js';
import { recallRunSettings, RunSettingsSchema } from './run-settings.js';

export const SidebarViewSchema = z.enum(['segment', 'share']);

export const SidebarStateSchema = z.object({
  view: SidebarViewSchema,
  lang: LangSchema,
  texts: z.record(z.string(), z.string()),
  roleNames: z.record(RoleSchema, z.string()),
  measures: z.record(MeasureSchema, z.string()),
  periods: z.record(PeriodSchema, z.string()),
  sheet: z.object({ name: z.string(), rows: z.number(), headers: z.array(z.string()) }).nullable(),
  detected: z.partialRecord(RoleSchema, z.number()),
  defaults: z.object({
    measure: MeasureSchema,
    period: PeriodSchema,
    abc: z.object({ a: z.number(), b: z.number() }),
    xyz: z.object({ x: z.number(), y: z.number() }),
  }),
  segmentsRows: z.number(),
  /** The settings of this document's last run (document properties), which the page starts from; null before the first run. */
  saved: RunSettingsSchema.nullable(),
  /** The copy an earlier "Share segments…" made, whose links a refresh keeps; null before the first share. */
  sharedCopy: z.object({ name: z.string(), url: z.string(), csvUrl: z.string() }).nullable(),
});

export type SidebarView = z.infer<typeof SidebarViewSchema>;
export type SidebarState = z.infer<typeof SidebarStateSchema>;

/** The sheet to segment: the active one, unless it is one the add-on writes. */
function transactionsSheet(spreadsheet: GasSpreadsheet): GasSheet | null {
  const active = spreadsheet.getActiveSheet();
  if (!OUTPUT_SHEETS.includes(active.getName())) return active;
  return spreadsheet.getSheets().find((sheet) => !OUTPUT_SHEETS.includes(sheet.getName())) ?? null;
}

function headersOf(sheet: GasSheet): string[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return sheet.getRange(1, 1, 1, width).getValues()[0].map((value) => String(value).trim());
}

export function sidebarState(view: unknown): SidebarState {
  const spreadsheet = services().SpreadsheetApp.getActive();
  const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
  const m = sheetMessages(lang);
  const sheet = transactionsSheet(spreadsheet);
  const headers = sheet ? headersOf(sheet) : [];
  const segments = spreadsheet.getSheetByName(SEGMENTS_SHEET);
  const defaults = SegmentOptionsSchema.parse({});
  const shared = recallSharedCopy(spreadsheet.getId());
  return SidebarStateSchema.parse({
    view: SidebarViewSchema.parse(view),
    lang,
    texts: m.sidebar,
    roleNames: importMessages(lang).roleNames,
    measures: m.measures,
    periods: m.periods,
    sheet: sheet ? { name: sheet.getName(), rows: dataRowCount(sheet), headers } : null,
    detected: detectColumns(headers, lang),
    defaults: { measure: defaults.measure, period: defaults.period, abc: { a: defaults.abc.a, b: defaults.abc.b }, xyz: { x: defaults.xyz.x, y: defaults.xyz.y } },
    segmentsRows: segments ? dataRowCount(segments) : 0,
    saved: recallRunSettings(),
    sharedCopy: shared ? { name: shared.name, url: spreadsheetUrl(shared.id), csvUrl: csvExportUrl(shared.id, shared.sheetId) } : null,
  });
}

/** The state as a script literal for the page: `<` escaped so no text can close the script element. */
export function stateLiteral(state: SidebarState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
