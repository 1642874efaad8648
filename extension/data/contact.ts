/**
 * A contact: which e-mails and domains belong to a client, from a contacts
 * CSV. It adds addresses to a segmented client (found by id or by name).
 *
 * @example
 * ContactSchema.parse({ client: '7701234567', name: 'ООО Ромашка', emails: ['ivan@romashka.ru'], domains: [] });
 */
import { z } from 'zod';

export const ContactSchema = z.object({
  client: z.string().min(1),
  name: z.string(),
  emails: z.array(z.string()),
  domains: z.array(z.string()),
  /** What the person behind these e-mails does (a role column), when the file says. */
  role: z.string().optional(),
});

export type Contact = z.infer<typeof ContactSchema>;
