/**
 * What the sidebar asks the server to run: the sheet and its columns as the
 * user confirmed them (0-based indexes), measure, period and thresholds as
 * fractions, and an id to report progress under.
 *
 * @example
 * RunRequestSchema.parse({ runId: 'r1', sheet: 'Sales', columns: { client: 0, date: 1, amount: 2 }, measure: 'revenue', period: 'month', abc: { a: 0.8, b: 0.95 }, xyz: { x: 0.1, y: 0.25 } });
 */
import { z } from 'zod';
import { RoleSchema } from '../shared/import/roles.js';
import { MeasureSchema, PeriodSchema } from '../shared/options.js';

export const RunRequestSchema = z.object({
  runId: z.string().min(1).max(100),
  sheet: z.string().min(1),
  columns: z.partialRecord(RoleSchema, z.number().int().min(0)),
  measure: MeasureSchema,
  period: PeriodSchema,
  abc: z.object({ a: z.number(), b: z.number() }),
  xyz: z.object({ x: z.number(), y: z.number() }),
});

export type RunRequest = z.infer<typeof RunRequestSchema>;

export const RunResultSchema = z.object({
  clients: z.number(),
  rows: z.number(),
  skipped: z.number(),
  summary: z.string(),
  problems: z.array(z.string()),
});

export type RunResult = z.infer<typeof RunResultSchema>;
