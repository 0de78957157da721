import { z } from 'zod';
import { newRecordId, recordBase } from './record';
import { durationMinutesSchema } from './timePoints';

export const VENDOR_KIND = 'vendor';

const text = (max: number) => z.string().trim().max(max).default('');

export const accountNumberSchema = z.object({
  label: z.string().trim().min(1).max(200),
  value: z.string().trim().min(1).max(200),
});

/** A vendor's helpdesk line rather than a person in the call tree; people are Contacts. */
export const supportContactSchema = z.object({
  label: z.string().trim().min(1).max(200),
  phone: text(60),
  email: z.union([z.literal(''), z.email()]).default(''),
  hours: text(200),
});
export type SupportContact = z.infer<typeof supportContactSchema>;

/** A third party the business depends on. */
export const vendorSchema = recordBase.extend({
  kind: z.literal(VENDOR_KIND),
  name: z.string().trim().min(1).max(200),
  service: text(1000),
  contractReference: text(200),
  /** The SLA in words, as the contract states it. */
  slaSummary: text(2000),
  slaRtoMinutes: durationMinutesSchema.optional(),
  slaRpoMinutes: durationMinutesSchema.optional(),
  accountNumbers: z.array(accountNumberSchema).max(50).default([]),
  supportContacts: z.array(supportContactSchema).max(50).default([]),
  notes: text(4000),
});

export type Vendor = z.infer<typeof vendorSchema>;
export type VendorInput = Omit<z.input<typeof vendorSchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

export function makeVendor(input: VendorInput, now: Date = new Date()): Vendor {
  return vendorSchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: VENDOR_KIND });
}
