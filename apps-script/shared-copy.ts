/**
 * Finds the spreadsheet the segments are shared through, or makes it.
 *
 * A new copy is created through the Drive API (`Drive.Files.create` with the
 * Sheets MIME type): a file an app creates through Drive is one the
 * `drive.file` scope lets that app open later, for the Sheets API writes
 * and the Drive permission calls. (Files made with the Sheets API's own
 * `spreadsheets.create` have been reported not to count as the app's in
 * Drive, googleapis/google-api-ruby-client#492.)
 *
 * An earlier copy is reopened when Drive still gives it to this user and it
 * is not in the trash, and its segments sheet (by id: the CSV link's `gid`)
 * is still there; otherwise it is gone and the caller makes a new one.
 * Errors that do not say "gone" (rate limits, outages) are thrown: a new
 * copy would needlessly break the KAMs' link.
 *
 * @example
 * const target = reopenSharedCopy(record) ?? createSharedCopy('Segments — Sales — 2024-05-01');
 * // { id: '1AbC', sheetId: 0, sheetTitle: 'Sheet1', created: true }
 */
import { isGoneError } from './api-errors.js';
import { services } from './services.js';
import type { SharedCopyRecord } from './shared-copy-record.js';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export type CopyTarget = { id: string; sheetId: number; sheetTitle: string; created: boolean };

const SHEET_FIELDS = 'sheets.properties(sheetId,title)';

export function reopenSharedCopy(record: SharedCopyRecord): CopyTarget | null {
  const { Drive, Sheets } = services();
  try {
    if (Drive.Files.get(record.id, { fields: 'id,trashed' }).trashed) return null;
    const sheet = Sheets.Spreadsheets.get(record.id, { fields: SHEET_FIELDS }).sheets?.find((s) => s.properties.sheetId === record.sheetId);
    return sheet ? { id: record.id, sheetId: sheet.properties.sheetId, sheetTitle: sheet.properties.title, created: false } : null;
  } catch (error) {
    if (isGoneError(error)) return null;
    throw error;
  }
}

export function createSharedCopy(name: string): CopyTarget {
  const { Drive, Sheets } = services();
  const file = Drive.Files.create({ name, mimeType: SPREADSHEET_MIME });
  // A new spreadsheet has one sheet; its id is asked for rather than assumed to be 0.
  const [first] = Sheets.Spreadsheets.get(file.id, { fields: SHEET_FIELDS }).sheets ?? [];
  return { id: file.id, sheetId: first?.properties.sheetId ?? 0, sheetTitle: first?.properties.title ?? '', created: true };
}
