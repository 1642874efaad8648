/**
 * "Share segments…": copies the `Segments` sheet into a new spreadsheet,
 * gives the listed people view access, and returns the copy's link and the
 * CSV export link of its sheet, which the Chrome extension subscribes to
 * (the export carries the segments table; viewers can fetch it).
 *
 * @example
 * shareSegments({ emails: 'kam1@example.com, kam2@example.com' });
 * // { url: 'https://docs.google.com/spreadsheets/d/ID/edit', csvUrl: 'https://docs.google.com/spreadsheets/d/ID/export?format=csv&gid=GID', ... }
 */
import { z } from 'zod';
import { langOfLocale, sheetMessages } from './messages.js';
import { SEGMENTS_SHEET } from './output-sheet.js';
import { services } from './services.js';

export const ShareRequestSchema = z.object({ emails: z.string() });

export const ShareResultSchema = z.object({ name: z.string(), url: z.string(), csvUrl: z.string(), viewers: z.array(z.string()) });

export type ShareResult = z.infer<typeof ShareResultSchema>;

const Email = z.email();

/** E-mails separated by commas, semicolons, spaces or lines; repeats dropped. */
export function splitEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean))];
}

export function csvExportUrl(spreadsheetId: string, sheetId: number): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?format=csv&gid=${sheetId}`;
}

export function shareSegments(input: unknown): ShareResult {
  const { SpreadsheetApp, DriveApp } = services();
  const source = SpreadsheetApp.getActive();
  const m = sheetMessages(langOfLocale(source.getSpreadsheetLocale()));
  const emails = splitEmails(ShareRequestSchema.parse(input).emails);
  if (emails.length === 0) throw new Error(m.noEmails);
  const bad = emails.filter((email) => !Email.safeParse(email).success);
  if (bad.length) throw new Error(m.badEmails(bad));
  const segments = source.getSheetByName(SEGMENTS_SHEET);
  if (!segments) throw new Error(m.noSegments);

  const today = new Date().toISOString().slice(0, 10);
  const copy = SpreadsheetApp.create(m.shareCopyName(source.getName(), today));
  const sheet = segments.copyTo(copy).setName(SEGMENTS_SHEET);
  for (const other of copy.getSheets()) if (other.getSheetId() !== sheet.getSheetId()) copy.deleteSheet(other);
  sheet.setFrozenRows(1);
  DriveApp.getFileById(copy.getId()).addViewers(emails);
  return { name: copy.getName(), url: copy.getUrl(), csvUrl: csvExportUrl(copy.getId(), sheet.getSheetId()), viewers: emails };
}
