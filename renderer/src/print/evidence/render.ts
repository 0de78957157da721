import type { RenderOptions } from '../render';
import { renderDocument } from '../renderDocument';
import { evidenceDocument, evidenceSections } from './document';
import type { EvidenceJob } from './model';

/** Lays out and writes the evidence pack as PDF bytes, on the same page frame as the other documents. */
export async function renderEvidenceJob(job: EvidenceJob, options: RenderOptions): Promise<Uint8Array> {
  return renderDocument({ title: job.title, sections: evidenceSections(job), build: (hooks) => evidenceDocument(job, hooks) }, options);
}
