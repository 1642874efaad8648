/**
 * "Share segments…": puts the `Segments` sheet into a spreadsheet of its
 * own that the listed people can view, and returns its link and the CSV
 * export link of its sheet, which the Chrome extension subscribes to.
 *
 * The first share makes the copy; every later one refreshes the same copy
 * (same file, same sheet id), so the KAMs' CSV link keeps working, and gives
 * access to anyone new in the list. When the remembered copy is gone
 * (deleted, trashed, no longer this user's), a new one is made and shared
 * with the people the old one had, and the result says the link changed.
 *
 * Everything outside this spreadsheet goes through the advanced Drive and
 * Sheets services on the file the add-on created, which `drive.file`
 * allows; SpreadsheetApp.create/openById and DriveApp would need the full
 * `spreadsheets` or `drive` scope.
 *
 * @example
 * shareSegments({ emails: 'kam1@example.com, kam2@example.com', notify: false });
 * // { status: 'created', url: 'https://docs.google.com/spreadsheets/d/ID/edit', csvUrl: 'https://docs.google.com/spreadsheets/d/ID/export?format=csv&gid=0', … }
 * shareSegments({ emails: '' }); // later: { status: 'updated', csvUrl: (the same), … }
 */
import { z } from 'zod';
import { errorMessage } from './api-errors.js';
import { copyRequests, valueBlocks } from './copy-requests.js';
import { createSerialReader } from './date-serial.js';
import { langOfLocale, sheetMessages, type SheetMessages } from './messages.js';
import { SEGMENTS_SHEET } from './output-sheet.js';
import { services } from './services.js';
import { addViewers, type ViewerResult } from './share-viewers.js';
import { createSharedCopy, reopenSharedCopy, type CopyTarget } from './shared-copy.js';
import { csvExportUrl, spreadsheetUrl } from './shared-copy-links.js';
import { recallSharedCopy, rememberSharedCopy } from './shared-copy-record.js';
import { readSheetSnapshot, type SheetSnapshot } from './sheet-snapshot.js';
import { defaultWallClock } from './sheet-dates.js';

export const ShareRequestSchema = z.object({ emails: z.string(), notify: z.boolean().default(false) });

export const ShareResultSchema = z.object({
  /** created: a first copy; updated: the same copy refreshed (same links); replaced: the old copy was gone, the links are new. */
  status: z.enum(['created', 'updated', 'replaced']),
  name: z.string(),
  url: z.string(),
  csvUrl: z.string(),
  /** Everyone with access to the copy now. */
  viewers: z.array(z.string()),
  added: z.array(z.string()),
  summary: z.string(),
  /** Set when the CSV link changed although a copy had been shared before. */
  notice: z.string().nullable(),
  /** The addresses Drive refused, each with its reason. */
  problems: z.array(z.string()),
});

export type ShareResult = z.infer<typeof ShareResultSchema>;

const Email = z.email();

/** E-mails separated by commas, semicolons, spaces or lines; repeats dropped. */
export function splitEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean))];
}

/** Writes the snapshot into the copy's sheet: one batchUpdate for layout and formats, then the values. */
function writeCopy(target: CopyTarget, snapshot: SheetSnapshot, name: string, locale: string, timeZone: string): void {
  const { Sheets } = services();
  const sheetTitle = target.created ? SEGMENTS_SHEET : target.sheetTitle;
  const requests = copyRequests(snapshot, { sheetId: target.sheetId, sheetTitle, rename: target.created, spreadsheetTitle: name, locale, timeZone });
  Sheets.Spreadsheets.batchUpdate({ requests }, target.id);
  for (const block of valueBlocks(snapshot, sheetTitle, createSerialReader(timeZone))) {
    Sheets.Spreadsheets.Values.update({ values: block.values }, target.id, block.range, { valueInputOption: 'RAW' });
  }
}

function checkedEmails(text: string, m: SheetMessages): string[] {
  const emails = splitEmails(text);
  const bad = emails.filter((email) => !Email.safeParse(email).success);
  if (bad.length) throw new Error(m.badEmails(bad));
  return emails;
}

export function shareSegments(input: unknown): ShareResult {
  const { SpreadsheetApp } = services();
  const source = SpreadsheetApp.getActive();
  const m = sheetMessages(langOfLocale(source.getSpreadsheetLocale()));
  const request = ShareRequestSchema.parse(input);
  const emails = checkedEmails(request.emails, m);
  const segments = source.getSheetByName(SEGMENTS_SHEET);
  const snapshot = segments ? readSheetSnapshot(segments) : null;
  if (!snapshot || snapshot.values.length === 0) throw new Error(m.noSegments);
  const record = recallSharedCopy(source.getId());
  // A refresh needs no addresses; a first share does, or nobody could open the copy.
  if (!record && emails.length === 0) throw new Error(m.noEmails);

  const timeZone = source.getSpreadsheetTimeZone();
  const [year, month, day] = defaultWallClock()(new Date(), timeZone);
  const name = m.shareCopyName(source.getName(), `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  let reopened: CopyTarget | null = null;
  try {
    reopened = record && reopenSharedCopy(record);
  } catch (error) {
    throw new Error(m.copyUnreachable(errorMessage(error)));
  }
  const target = reopened ?? createSharedCopy(name);
  // A share that stopped before giving access is reported, when finished, as what it was meant to be.
  const status = !record ? 'created' : reopened ? (record.unfinished ?? 'updated') : 'replaced';
  // Who gets access: the new addresses, and those the earlier copy had when this copy is new to them
  // (a replacement) or when the last share stopped before giving access.
  const carried = record && (!reopened || record.unfinished) ? record.viewers : [];
  const wanted = [...new Set([...carried, ...emails])];
  const remember = (viewers: string[], unfinished: typeof status | null) => rememberSharedCopy(source.getId(), { id: target.id, sheetId: target.sheetId, name, viewers, unfinished });
  // Remembered before anything is written: should a write fail, the next share finishes this copy instead of orphaning it.
  remember([...new Set([...(record?.viewers ?? []), ...wanted])], status);

  const csvUrl = csvExportUrl(target.id, target.sheetId);
  let access: ViewerResult;
  try {
    writeCopy(target, snapshot, name, source.getSpreadsheetLocale(), timeZone);
    access = addViewers(target.id, wanted, { notify: request.notify, emailMessage: m.shareEmailMessage(csvUrl) });
  } catch (error) {
    throw new Error(m.shareStopped(errorMessage(error)));
  }
  remember(access.viewers, null);

  // A new copy's summary counts everyone; a refresh says the link stays and who was added.
  const summary = status !== 'updated' ? m.shareCreated(access.viewers.length) : access.added.length ? `${m.shareUpdated} ${m.shareAdded(access.added)}` : m.shareUpdated;
  return ShareResultSchema.parse({
    status,
    name,
    url: spreadsheetUrl(target.id),
    csvUrl,
    viewers: access.viewers,
    added: access.added,
    summary,
    notice: status === 'replaced' ? m.shareReplaced : null,
    problems: access.failed.map((f) => m.shareNotShared(f.email, f.reason)),
  });
}
