import type { AuditEvent, ChainHead, HeadVerdict } from '../../domain/audit';
import type { PlanRecord } from '../../domain/record';
import type { governance } from '../../i18n/en/governance';
import type { BiaModel, ExerciseRow, FrameInfo, PaperSize, PdfStrings, StrategiesModel } from '../model';

type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { [K in keyof T]: Widen<T[K]> };

/** Every word of the evidence pack, resolved from the `governance.pdf` catalogue in the window. */
export type EvidenceStrings = Widen<typeof governance.pdf>;

/** One readiness line as the window worded it (the facts are computed by the readiness feature). */
export interface ReadinessRow {
  group: 'requirement' | 'evidence';
  title: string;
  status: 'met' | 'partial' | 'missing';
  reason: string;
}

/** The audit trail as verified in the window (decrypted events never leave it in bulk). */
export interface EvidenceAuditInput {
  total: number;
  verdict: HeadVerdict;
  /** The head kept apart from the events, as stored. */
  storedHead: ChainHead;
  /** The newest events, oldest first. */
  excerpt: AuditEvent[];
}

/** What the window sends to build and render the pack. Structured-cloneable. */
export interface EvidenceInput {
  records: readonly PlanRecord[];
  audit: EvidenceAuditInput;
  readiness: ReadinessRow[];
  paper: PaperSize;
  now: Date;
  timeZone?: string;
  locale?: string;
  pdfStrings: PdfStrings;
  strings: EvidenceStrings;
}

export interface ExerciseReport {
  id: string;
  title: string;
  facts: Array<[string, string]>;
  scenario: string;
  objectives: string[];
  scope: string;
  criteria: Array<[string, string]>;
  attendance: string[][];
  metrics: Array<[string, string]>;
  outcome: string;
  log: string[][];
  postMortem: string;
  findings: string[];
}

export interface EvidencePackModel {
  document: 'evidence-pack';
  cover: {
    organisation: string;
    planVersion: string;
    printedAt: string;
    signOff: string;
    fingerprint: string;
    auditResult: string;
    auditHead: string;
    auditHeadSeq: string;
    readiness: string;
  };
  readiness: ReadinessRow[];
  signOff: {
    state: string;
    explain: string;
    approvals: string[][];
    versions: string[][];
    review: string;
    changes: string[];
    changesMore: string;
  };
  bia: BiaModel;
  strategies: StrategiesModel;
  schedule: ExerciseRow[];
  exercises: ExerciseReport[];
  actions: string[][];
  actionSummary: string;
  audit: {
    result: string;
    total: string;
    headSeq: string;
    headHash: string;
    storedHead: string;
    excerptNote: string;
    rows: string[][];
  };
}

export interface EvidenceJob {
  frame: FrameInfo;
  pdfStrings: PdfStrings;
  strings: EvidenceStrings;
  title: string;
  fileName: string;
  model: EvidencePackModel;
}
