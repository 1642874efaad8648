/**
 * The user's settings: interface language, which sites are on, self-hosted
 * CRMs, the segmentation thresholds and period (used when the data are raw
 * transactions) and the Sheet subscription.
 *
 * @example
 * SettingsSchema.parse({ ...defaultSettings, lang: 'ru' });
 */
import { z } from 'zod';
import { PeriodSchema } from '../../shared/options.js';
import { isSheetUrl } from './sheet-url.js';

const Fraction = z.number().gt(0).lt(1);

export const SegmentSettingsSchema = z
  .object({
    period: PeriodSchema,
    a: Fraction,
    b: Fraction,
    x: z.number().gt(0).lt(10),
    y: z.number().gt(0).lt(10),
    breadwinnerShare: Fraction,
    lostDays: z.number().int().min(1).max(3650),
  })
  .refine((s) => s.a < s.b, { message: 'A < B', path: ['b'] })
  .refine((s) => s.x < s.y, { message: 'X < Y', path: ['y'] });

export const CustomSiteSchema = z.object({
  host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  site: z.string().min(1),
  /** Plain http too, only when the user explicitly asked for it on this host. */
  http: z.boolean().optional(),
});

export const CrmLinkTemplateSchema = z
  .string()
  .regex(/^https:\/\/[^\s{}]+\/.*\{(id|inn|name)\}/, 'https://…{id}…');

export const SubscriptionSchema = z.object({
  url: z.url({ protocol: /^https$/ }).refine(isSheetUrl, { message: 'Google Sheets link' }),
  everyHours: z.number().int().min(1).max(168),
});

export const SettingsSchema = z.object({
  lang: z.enum(['auto', 'ru', 'en']),
  /** Sites switched off by the user; absent means on. */
  sites: z.record(z.string(), z.boolean()),
  customSites: z.array(CustomSiteSchema),
  segment: SegmentSettingsSchema,
  subscription: SubscriptionSchema.nullable(),
  /** The user's own name as the data write KAMs: another KAM's client gets a notice while writing. Empty: no such notice. */
  kamName: z.string().max(200).default(''),
  /** Shown after sums on the card. */
  currency: z.string().min(1).max(8).default('₽'),
  /** "Open in CRM" links per CRM site id: https URL templates with {id}, {inn} or {name}. */
  crmLinks: z.record(z.string(), CrmLinkTemplateSchema).default({}),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SegmentSettings = z.infer<typeof SegmentSettingsSchema>;
export type Subscription = z.infer<typeof SubscriptionSchema>;
