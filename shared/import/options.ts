/**
 * Options of a CSV import, with their defaults. Columns can be named by header
 * text or by 1-based number; unnamed roles are found from the headers.
 *
 * @example
 * parseImportOptions({ columns: { client: 'ИНН', amount: 3 }, lang: 'ru' }).dateOrder; // 'auto'
 */
import { z } from 'zod';
import { LangSchema } from '../options.js';
import { EncodingOptionSchema } from './decode.js';
import { DelimiterOptionSchema } from './delimiter.js';
import { ImportError } from './import-error.js';
import { importMessages } from './messages.js';
import { RoleSchema } from './roles.js';

export const ImportOptionsSchema = z
  .object({
    columns: z.partialRecord(RoleSchema, z.union([z.string().min(1), z.number().int().positive()])).optional(),
    /** Whether the first non-blank row holds the headers. */
    header: z.boolean().default(true),
    /** Day/month order of dates like 03/05/2024; `auto` settles it from the first rows. */
    dateOrder: z.enum(['auto', 'dmy', 'mdy']).default('auto'),
    encoding: EncodingOptionSchema.default('auto'),
    delimiter: DelimiterOptionSchema.default('auto'),
    lang: LangSchema.default('en'),
    /** How many rejected rows the report lists (all are counted). */
    maxErrors: z.number().int().min(0).default(100),
  })
  .strict();

export type ImportOptionsInput = z.input<typeof ImportOptionsSchema>;
export type ImportOptions = z.output<typeof ImportOptionsSchema>;

export function parseImportOptions(input: unknown = {}): ImportOptions {
  const parsed = ImportOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const lang = (input as { lang?: unknown } | null)?.lang === 'ru' ? 'ru' : 'en';
  const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ');
  throw new ImportError(importMessages(lang).badOptions(details));
}
