/**
 * Which shared copy belongs to this spreadsheet, remembered so that the next
 * "Share segments…" refreshes it and its CSV link (which the KAMs subscribed
 * to) stays the same.
 *
 * Kept in the user's properties under the spreadsheet's id, not in the
 * document's: with `drive.file` only the user who made the copy can open it,
 * so a copy remembered for everyone would look "gone" to a co-editor, who
 * would replace it, and the two would keep replacing each other's links. A
 * copy of the spreadsheet (File › Make a copy) has another id and so makes
 * its own shared copy instead of overwriting this one. PropertiesService
 * needs no OAuth scope.
 *
 * @example
 * rememberSharedCopy('1SrcId', { id: '1CopyId', sheetId: 0, name: 'Segments — Sales — 2024-05-01', viewers: ['kam1@example.com'], unfinished: null });
 * recallSharedCopy('1SrcId')?.id; // '1CopyId'
 */
import { z } from 'zod';
import { services } from './services.js';

export const SharedCopyRecordSchema = z.object({
  id: z.string().min(1),
  sheetId: z.number().int(),
  name: z.string(),
  /** Who had access at the last share, to give it again should the copy have to be made anew. */
  viewers: z.array(z.string()),
  /** Set while a share writes and gives access (to what it is: a new copy, a refresh, a replacement); a share that stopped halfway leaves it, and the next one finishes the job and reports it as that. */
  unfinished: z.enum(['created', 'updated', 'replaced']).nullable().default(null),
});

export type SharedCopyRecord = z.infer<typeof SharedCopyRecordSchema>;

const key = (spreadsheetId: string) => `kam-shared-copy:${spreadsheetId}`;

/** The remembered copy; null when there is none or what is stored is unreadable. */
export function recallSharedCopy(spreadsheetId: string): SharedCopyRecord | null {
  const stored = services().PropertiesService.getUserProperties().getProperty(key(spreadsheetId));
  if (!stored) return null;
  try {
    const parsed = SharedCopyRecordSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberSharedCopy(spreadsheetId: string, record: z.input<typeof SharedCopyRecordSchema>): void {
  services().PropertiesService.getUserProperties().setProperty(key(spreadsheetId), JSON.stringify(SharedCopyRecordSchema.parse(record)));
}
