import { z } from 'zod';
import { newRecordId, recordBase } from './record';

export const PROCESS_KIND = 'process';

export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const INTEGRITY_LEVELS = ['low', 'medium', 'high'] as const;
export const AVAILABILITY_LEVELS = ['low', 'medium', 'high'] as const;

export const confidentialitySchema = z.enum(CONFIDENTIALITY_LEVELS);
export const integritySchema = z.enum(INTEGRITY_LEVELS);
export const availabilitySchema = z.enum(AVAILABILITY_LEVELS);

/** The CIA classification of the data a process handles; each part may still be undecided. */
export const dataClassificationSchema = z.object({
  confidentiality: confidentialitySchema.optional(),
  integrity: integritySchema.optional(),
  availability: availabilitySchema.optional(),
});
export type DataClassification = z.infer<typeof dataClassificationSchema>;

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * A business process or critical service ("Taking card payments", "Payroll").
 * Owner and deputy are free text (a name or a role) because the wizard asks for them before any
 * contact exists; ownerContactId / deputyContactId link them to the call tree once it does.
 * Its rank in the top five lives in TopFiveSelection, the single place the user's order is kept.
 */
export const processSchema = recordBase.extend({
  kind: z.literal(PROCESS_KIND),
  name: z.string().trim().min(1).max(200),
  description: text(2000),
  owner: text(200),
  ownerContactId: z.uuid().optional(),
  deputy: text(200),
  deputyContactId: z.uuid().optional(),
  department: text(200),
  peakPeriods: text(1000),
  minimumStaff: text(1000),
  minimumEquipment: text(1000),
  manualWorkaround: text(4000),
  dataClassification: dataClassificationSchema.default({}),
  /** Legal, regulatory and contractual obligations the process carries. */
  obligations: text(4000),
});

export type Process = z.infer<typeof processSchema>;
export type ProcessInput = Omit<z.input<typeof processSchema>, 'id' | 'kind' | 'updatedAt'> & { id?: string; updatedAt?: string };

/** Builds a valid Process from the fields the caller has; throws on invalid input. */
export function makeProcess(input: ProcessInput, now: Date = new Date()): Process {
  return processSchema.parse({ id: newRecordId(), updatedAt: now.toISOString(), ...input, kind: PROCESS_KIND });
}
