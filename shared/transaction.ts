/**
 * One sales transaction: the unit every analysis starts from.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`) with no time zone, because the
 * analyses bucket by calendar period and a time zone would move midnight
 * sales into the previous month (see the Sheets add-on).
 *
 * @example
 * TransactionSchema.parse({ client: '7701234567', date: '2024-03-05', amount: 125000 });
 */
import { z } from 'zod';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

export const TransactionSchema = z.object({
  /** Client id (INN, customer id, or the name when there is no id). */
  client: z.string().min(1),
  date: IsoDateSchema,
  /** Revenue of the line; negative for returns. */
  amount: z.number().finite(),
  profit: z.number().finite().optional(),
  quantity: z.number().finite().optional(),
  name: z.string().optional(),
  /** One or several e-mails, separated by `;` or `,`. */
  email: z.string().optional(),
  /** One or several domains, separated by `;` or `,`. */
  domain: z.string().optional(),
  kam: z.string().optional(),
  /** Free tags such as `brand` (image-maker) or `expert`. */
  tags: z.array(z.string()).optional(),
  /** Declared yearly potential of the client, in the same currency as amount. */
  potential: z.number().finite().optional(),
});

export type Transaction = z.infer<typeof TransactionSchema>;
