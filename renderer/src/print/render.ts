import { documentFor, kitSections } from './documents';
import type { FontSources } from './fonts';
import type { PrintJob } from './model';
import { renderDocument } from './renderDocument';

/** What the renderer is doing, for a progress line. Pages count up in each layout round. */
export type RenderStage = 'fonts' | 'layout' | 'numbering' | 'writing';

export interface RenderProgress {
  stage: RenderStage;
  /** Title of the section being laid out (kit sections, runbook titles). */
  section?: string;
  /** Pages laid out so far in this round. */
  pages?: number;
  /** Known in the numbering round. */
  totalPages?: number;
}

export interface RenderOptions {
  fonts: FontSources;
  onProgress?: (progress: RenderProgress) => void;
}

/**
 * Lays out and writes one job as PDF bytes. Runs wherever react-pdf runs: the render worker in
 * the app, Node in tests and benchmarks.
 */
export async function renderJob(job: PrintJob, options: RenderOptions): Promise<Uint8Array> {
  return renderDocument({ title: job.title, sections: kitSections(job), build: (hooks) => documentFor(job, hooks) }, options);
}
