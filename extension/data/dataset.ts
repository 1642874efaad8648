/**
 * The data the extension uses: the clients (segments table rows), the
 * look-up index built for them at import, and where they came from. The
 * clients and the index live in IndexedDB (data/client-db.ts); what every
 * page needs to know about them (source, size, as-of date, how many can be
 * recognised) is the small `DatasetMeta` in chrome.storage.local, whose
 * change tells open pages to look again.
 *
 * @example
 * DatasetSchema.parse(await readDataset());
 * const meta = await readMeta(); // { count: 50000, asOf: '2025-12-12', reachable: { mail: 41230, crm: 50000 }, … }
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

export const DatasetMetaSchema = DatasetSchema.omit({ clients: true, index: true, version: true }).extend({
  version: z.literal(2),
  /** Clients stored. */
  count: z.number().int().min(0),
  /** The date the figures refer to: the latest purchase in the data (ISO date), when known. */
  asOf: z.string().optional(),
  /** Clients a mail page can recognise (an e-mail or a domain) and a CRM page (a name as well). */
  reachable: z.object({ mail: z.number().int().min(0), crm: z.number().int().min(0) }),
  /** When an accounts table (the dossier) was last attached to the stored clients: its change tells open pages to look again. */
  accountsAt: z.string().optional(),
});

export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;
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
  /** Contacts: clients the file's rows were matched to, and the ids or names it named that no client has (the first 20). */
  matched: z.number().optional(),
  unknown: z.array(z.string()).optional(),
  unknownCount: z.number().optional(),
  /** Clients or sales without one e-mail or domain: mail pages will show no badge until a contacts file adds them. */
  noAddresses: z.boolean().optional(),
});

export type ImportSummary = z.infer<typeof ImportSummarySchema>;
