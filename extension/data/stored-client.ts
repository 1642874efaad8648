/**
 * One client as the extension keeps it: a row of the core's segments table,
 * plus the risk figures when the extension segmented the transactions itself
 * (so the card can say '94 days since the last order, usual gap 30' in the
 * reader's language rather than the file's).
 *
 * @example
 * StoredClientSchema.parse({ ...segmentRow, days_since: 94, usual_gap: 30 });
 */
import { z } from 'zod';
import { SegmentRowSchema } from '../../shared/segments-table.js';

export const StoredClientSchema = SegmentRowSchema.extend({
  days_since: z.number().int().min(0).nullable().optional(),
  usual_gap: z.number().min(0).nullable().optional(),
});

export type StoredClient = z.infer<typeof StoredClientSchema>;
