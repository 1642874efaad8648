/**
 * One client as the extension keeps it: a row of the core's segments table,
 * plus, when the extension segmented the transactions itself, the figures
 * its reasons are worded from (so the card words them in the reader's
 * language rather than the import's).
 *
 * @example
 * StoredClientSchema.parse({ ...segmentRow, figures: reasonFigures(result.clients[0]) });
 */
import { z } from 'zod';
import { AccountSchema } from '../../shared/key-accounts/account.js';
import { SegmentRowSchema } from '../../shared/segments-table.js';
import { ReasonFiguresSchema } from './reason-figures.js';

export const StoredClientSchema = SegmentRowSchema.extend({
  figures: ReasonFiguresSchema.optional(),
  /** The client's record in the CRM, from a segments table's `crm_url` column. */
  crm_url: z.string().optional(),
  /** The client's dossier row (accounts table), attached at import: see accounts-file.ts. */
  account: AccountSchema.optional(),
});

export type StoredClient = z.infer<typeof StoredClientSchema>;
