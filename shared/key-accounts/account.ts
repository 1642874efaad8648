/**
 * The accounts table (the dossier): what a KAM keeps on each key client,
 * keyed by client id. Read by the CLI (CSV), the Sheets add-on (the
 * `Accounts` sheet) and the extension (import or a Sheet subscription), with
 * the same Russian and English headers everywhere.
 *
 * @example
 * AccountSchema.parse({ client: '7701', need: 'yes', solvency: 'yes', authority: 'unknown', decision_makers: [{ name: 'Иванов И.', role: 'decision-maker' }] });
 */
import { z } from 'zod';
import { IsoDateSchema } from '../transaction.js';

export const accountColumns = ['client', 'name', 'kam', 'potential', 'tags', 'need', 'solvency', 'authority', 'payment_delay_days', 'contract_until', 'decision_makers', 'competitors', 'needs', 'next_step', 'next_step_date', 'notes'] as const;

export type AccountColumn = (typeof accountColumns)[number];

/** Each of the three P's of a prospect: need, solvency, authority. */
export const AnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof AnswerSchema>;

/** A contact's part in the buying decision, as in the contacts file's `role` column. */
export const ContactRoleSchema = z.enum(['decision-maker', 'influencer', 'user', 'buyer', 'blocker']);
export type ContactRole = z.infer<typeof ContactRoleSchema>;

export const DecisionMakerSchema = z.object({
  name: z.string().min(1),
  /** One of ContactRoleSchema's roles when recognised, else the text as typed (`финдиректор`). */
  role: z.string(),
});

export const AccountSchema = z.object({
  client: z.string().min(1),
  name: z.string().default(''),
  kam: z.string().default(''),
  /** The client's yearly purchases in our category, in the same money as the transactions. */
  potential: z.number().min(0).optional(),
  tags: z.array(z.string()).default([]),
  need: AnswerSchema.default('unknown'),
  solvency: AnswerSchema.default('unknown'),
  authority: AnswerSchema.default('unknown'),
  /** Average payment delay, in days. */
  payment_delay_days: z.number().min(0).optional(),
  contract_until: IsoDateSchema.optional(),
  decision_makers: z.array(DecisionMakerSchema).default([]),
  competitors: z.string().default(''),
  needs: z.string().default(''),
  next_step: z.string().default(''),
  next_step_date: IsoDateSchema.optional(),
  notes: z.string().default(''),
});

export type Account = z.output<typeof AccountSchema>;
export type AccountInput = z.input<typeof AccountSchema>;

/** The 3 P's all yes: a qualified prospect. */
export function isQualified(account: Pick<Account, 'need' | 'solvency' | 'authority'>): boolean {
  return account.need === 'yes' && account.solvency === 'yes' && account.authority === 'yes';
}
