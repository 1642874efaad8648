/**
 * The meanings a CSV column can have for the import. `client`, `date` and
 * `amount` are required; the rest fill the optional fields of a Transaction.
 *
 * @example
 * RoleSchema.parse('amount'); // 'amount'
 */
import { z } from 'zod';

export const RoleSchema = z.enum([
  'client',
  'name',
  'date',
  'amount',
  'profit',
  'quantity',
  'email',
  'domain',
  'kam',
  'tags',
  'potential',
]);

export type Role = z.infer<typeof RoleSchema>;

export const REQUIRED_ROLES: readonly Role[] = ['client', 'date', 'amount'];

/** Roles whose cells hold numbers (read with parseNumber). */
export const NUMERIC_ROLES: readonly Role[] = ['amount', 'profit', 'quantity', 'potential'];
