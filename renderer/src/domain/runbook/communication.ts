import { z } from 'zod';

export const AUDIENCES = ['customers', 'staff', 'suppliers', 'regulator', 'management', 'insurer', 'other'] as const;
export const CHANNELS = ['email', 'sms', 'phone', 'website', 'social', 'letter', 'other'] as const;

/** A message prepared in calm times; its `{{placeholders}}` are filled from plan data when sent. */
export const communicationTemplateSchema = z.object({
  id: z.uuid(),
  audience: z.enum(AUDIENCES),
  channel: z.enum(CHANNELS),
  /** Short name for lists ("Outage notice to customers"). */
  title: z.string().trim().min(1).max(200),
  subject: z.string().max(300).default(''),
  body: z.string().max(20_000),
});

export type CommunicationTemplate = z.infer<typeof communicationTemplateSchema>;
export type Audience = (typeof AUDIENCES)[number];
export type Channel = (typeof CHANNELS)[number];
