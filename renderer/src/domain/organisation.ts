import { z } from 'zod';
import { recordBase } from './record';

export const ORGANISATION_KIND = 'organisation';

/** The business whose plan this is. One per vault. */
export const organisationSchema = recordBase.extend({
  kind: z.literal(ORGANISATION_KIND),
  name: z.string().trim().min(1).max(200),
  planOwner: z.string().trim().max(200).default(''),
  industry: z.string().max(100).optional(),
  locations: z.array(z.string().max(200)).default([]),
  /** Printed at the top of every paper page, e.g. CONFIDENTIAL. */
  classification: z.string().max(60).default('CONFIDENTIAL'),
});

export type Organisation = z.infer<typeof organisationSchema>;
