import type { print } from '../i18n/en/print';

/**
 * The print model: plain, already-worded data per document, built from plan records by
 * buildModel.ts. Documents only lay it out, so tests feed fixtures and the worker receives
 * something structured-cloneable. Every value is a display string (durations, dates and money
 * already formatted); nothing here refers back to a record.
 */

type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { [K in keyof T]: Widen<T[K]> };

/** Every word printed inside a PDF, resolved from the `print.pdf` catalogue. */
export type PdfStrings = Widen<typeof print.pdf>;

export type PaperSize = 'A4' | 'LETTER';

/** What the page frame prints on every page. */
export interface FrameInfo {
  organisation: string;
  classification: string;
  /** "3 (approved 2025-03-01)" */
  planVersion: string;
  /** "2025-03-04 09:12 UTC" */
  printedAt: string;
  paper: PaperSize;
}

export interface EscalationRow {
  order: number;
  name: string;
  role: string;
  primaryPhone: string;
  backupPhone: string;
  email: string;
  /** "15 min" or '' */
  wait: string;
}

export interface StepModel {
  number: number;
  title: string;
  role: string;
  /** "5 min" */
  expected: string;
  /** "after step 2, 3", "can start at once" or '' */
  after: string;
  /** Placeholders filled; kept verbatim otherwise (wrapped at print time). */
  command: string;
  verification: string;
  warning: string;
  rollback: string;
  evidence: string;
  /** Titles of the messages to send at this step. */
  sends: string[];
}

export interface CommunicationModel {
  title: string;
  audience: string;
  channel: string;
  subject: string;
  body: string;
}

export interface RunbookModel {
  id: string;
  title: string;
  processName: string;
  scenario: string;
  /** "4 h" or '' */
  rto: string;
  /** "50 min with steps in parallel, 1 h 20 min one after another; within the RTO" */
  estimate: string;
  activationCriteria: string[];
  mayActivate: string[];
  roles: Array<{ role: string; raci: string; duties: string }>;
  escalation: EscalationRow[];
  steps: StepModel[];
  communications: CommunicationModel[];
}

export interface ContactRow {
  level: number;
  name: string;
  role: string;
  organisation: string;
  availability: string;
  primaryPhone: string;
  backupPhone: string;
  email: string;
  /** Minutes to wait before calling the next level, formatted. */
  wait: string;
}

export interface VendorRow {
  name: string;
  service: string;
  contractReference: string;
  sla: string;
  accounts: string[];
  support: string[];
}

export interface BiaRow {
  rank: number;
  name: string;
  owner: string;
  mtpd: string;
  rto: string;
  rpo: string;
  tier: string;
  dependencies: string;
}

export interface BiaWarningRow {
  severity: string;
  text: string;
}

export interface BiaModel {
  rows: BiaRow[];
  warnings: BiaWarningRow[];
}

export interface StrategyRow {
  name: string;
  owner: string;
  activation: string;
  oneOff: string;
  yearly: string;
}

export interface ProcessStrategies {
  processName: string;
  targets: string;
  achievable: string;
  strategies: StrategyRow[];
  gaps: string[];
}

export interface StrategiesModel {
  processes: ProcessStrategies[];
  totals: string;
}

export interface ExerciseRow {
  title: string;
  every: string;
  lastHeld: string;
  nextDue: string;
  state: string;
}

export interface CoverModel {
  organisation: string;
  planVersion: string;
  printedAt: string;
  approval: string;
  approvedBy: string[];
  /** 128 hex characters, or '' */
  fingerprint: string;
}

export interface IncidentTimelineModel {
  title: string;
  runbookTitle: string;
  processName: string;
  facts: Array<[string, string]>;
  entries: Array<{ at: string; tPlus: string; text: string; initials: string }>;
  zone: string;
}

export type DocumentModel =
  | { document: 'runbook'; runbook: RunbookModel }
  | { document: 'contact-sheet'; contacts: ContactRow[]; vendors: VendorRow[] }
  | { document: 'bia-summary'; bia: BiaModel }
  | {
      document: 'kit';
      cover: CoverModel;
      bia: BiaModel;
      strategies: StrategiesModel;
      runbooks: RunbookModel[];
      contacts: ContactRow[];
      vendors: VendorRow[];
      exercises: ExerciseRow[];
    }
  | { document: 'emergency-sheet'; organisation: string; recoveryKey: string }
  | { document: 'incident-timeline'; incident: IncidentTimelineModel };

export type DocumentKind = DocumentModel['document'];

/** A document ready to lay out: its data, the frame and the words. */
export interface PrintJob {
  frame: FrameInfo;
  strings: PdfStrings;
  /** Title in the PDF's properties and the footer. */
  title: string;
  /** A file name without extension, e.g. "acme-bikes-kit-2025-03-04". */
  fileName: string;
  model: DocumentModel;
}
