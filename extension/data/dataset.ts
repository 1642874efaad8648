/**
 * The data the pages use, kept under one storage key: the clients (segments
 * table rows), the look-up index built for them at import, and where they
 * came from. The content script reads this and nothing else.
 *
 * @example
 * DatasetSchema.parse(await readDataset());
 */
import { z } from 'zod';
import { ClientIndexSchema } from '../match/client-index.js';
import { ReasonBasisSchema } from './reason-figures.js';
import { StoredClientSchema } from './stored-client.js';

export const DataKindSchema = z.enum(['segments', 'transactions', 'contacts', 'accounts']);

export const DatasetSchema = z.object({
  version: z.literal(1),
  kind: z.enum(['segments', 'transactions']),
  origin: z.enum(['file', 'sheet']),
  name: z.string(),
  /** When the data were imported or last refreshed (ISO timestamp). */
  importedAt: z.string(),
  clients: z.array(StoredClientSchema),
  index: ClientIndexSchema,
  /** Contacts (from a contacts file) merged into the index. */
  contacts: z.number().int().min(0),
  /** The period and ABC rule reasons are worded with, when the extension segmented transactions itself. */
  basis: ReasonBasisSchema.optional(),
  /** The day the figures refer to: the data's last date (risk days are counted to it). */
  asOf: z.string().optional(),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type DataKind = z.infer<typeof DataKindSchema>;

/** What an import or a refresh reports to the user. */
export const ImportSummarySchema = z.object({
  kind: DataKindSchema,
  name: z.string(),
  at: z.string(),
  read: z.number(),
  used: z.number(),
  rejected: z.number(),
  errors: z.array(z.object({ line: z.number(), reason: z.string() })),
  clients: z.number(),
});

export type ImportSummary = z.infer<typeof ImportSummarySchema>;
