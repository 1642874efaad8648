/**
 * A contact: which e-mails and domains belong to a client, from a contacts
 * CSV. It adds addresses to a segmented client (found by id, or by name
 * when the row gives no id).
 *
 * @example
 * ContactSchema.parse({ client: '7701234567', name: 'ООО Ромашка', emails: ['ivan@romashka.ru'], domains: [] });
 */
import { z } from 'zod';

export const ContactSchema = z
  .object({
    /** The client's id (INN, CRM id); empty when the row names the company only. */
    client: z.string(),
    name: z.string(),
    emails: z.array(z.string()),
    domains: z.array(z.string()),
    /** What the person behind these e-mails does (a role column), when the file says. */
    role: z.string().optional(),
  })
  .refine((contact) => contact.client.trim() !== '' || contact.name.trim() !== '', { message: 'client or name' });

export type Contact = z.infer<typeof ContactSchema>;
