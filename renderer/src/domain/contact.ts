import { z } from 'zod';
import { newRecordId, recordBase } from './record';
import { durationMinutesSchema } from './timePoints';

export const CONTACT_KIND = 'contact';

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * A person (or a role someone fills, e.g. "Duty manager") in the call tree.
 * Escalation level 1 is called first; after escalateAfterMinutes without an answer, the next level.
 */
export const contactSchema = recordBase.extend({
  kind: z.literal(CONTACT_KIND),
  name: z.string().trim().min(1).max(200),
  role: text(200),
  organisation: text(200),
  primaryPhone: text(60),
  backupPhone: text(60),
  email: z.union([z.literal(''), z.email()]).default(''),
  availability: text(500),
  escalationLevel: z.number().int().min(1).max(10).default(1),
  escalateAfterMinutes: durationMinutesSchema.default(15),
});

export type Contact = z.infer<typeof contactSchema>;
export type ContactInput = Omit<z.input<typeof contactSchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

export function makeContact(input: ContactInput, now: Date = new Date()): Contact {
  return contactSchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: CONTACT_KIND });
}
