/**
 * What the BigQuery sidebar sends: the project that runs (and pays for) the
 * query, the table, its column names, the window and thresholds, and the
 * cap on bytes billed. Names are checked as identifiers by the SQL module;
 * the project id by Google's own rule.
 *
 * @example
 * BigQueryRequestSchema.parse({ runId: 'r1', project: 'my-project', table: 'sales.transactions', columns: { client: 'customer_id', date: 'order_date', amount: 'amount' }, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 }, maxGigabytes: 10 });
 */
import { z } from 'zod';
import { MeasureSchema, PeriodSchema } from '../../shared/options.js';

const column = z.string().trim().min(1).max(128);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const BigQueryRequestSchema = z.object({
  runId: z.string().min(1).max(100),
  project: z.string().trim().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'project id'),
  table: z.string().trim().min(1).max(300),
  columns: z.object({ client: column, date: column, amount: column, profit: column.optional(), quantity: column.optional() }),
  measure: MeasureSchema,
  period: PeriodSchema,
  from: isoDate.optional(),
  to: isoDate.optional(),
  abc: z.object({ a: z.number(), b: z.number() }),
  xyz: z.object({ x: z.number(), y: z.number() }),
  /** Cap on bytes billed, in GB (10^9 bytes); the query fails rather than cost more. */
  maxGigabytes: z.number().positive().max(1_000_000),
});

export type BigQueryRequest = z.infer<typeof BigQueryRequestSchema>;

/** Where a run stands between two short calls: kept in the user's properties under the run id. */
export const RunStateSchema = z.object({
  job: z.object({ projectId: z.string(), jobId: z.string(), location: z.string().optional() }),
  request: BigQueryRequestSchema,
  /** Rows already in the Segments sheet, all from whole pages. */
  written: z.number().int().min(0),
  /** The page to read next; absent for the first page. */
  pageToken: z.string().optional(),
  totalRows: z.number().int().min(0).optional(),
  /** The analysis window and as-of day, from the first page, for the ABC-XYZ sheet. */
  window: z.object({ from: z.string(), to: z.string(), periods: z.number(), asOf: z.string() }).optional(),
  /** Every page is in the sheet; what is left is the ABC-XYZ sheet. */
  pagesDone: z.boolean(),
  done: z.boolean(),
});

export type RunState = z.infer<typeof RunStateSchema>;

export type StepResult = { done: boolean; percent: number; text: string; written: number; total?: number };
