import { pdf } from '@react-pdf/renderer';
import { documentFor, kitSections } from './documents';
import { newLayoutHooks } from './frame';
import { registerFonts, type FontSources } from './fonts';
import type { PrintJob } from './model';

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
 * the app, Node in tests and benchmarks. Layout happens twice (see frame.tsx); progress reports
 * each output page of both rounds, and once for writing.
 */
export async function renderJob(job: PrintJob, { fonts, onProgress }: RenderOptions): Promise<Uint8Array> {
  onProgress?.({ stage: 'fonts' });
  registerFonts(fonts);
  const titles = new Map(kitSections(job).map((entry) => [entry.key, entry.title]));
  let lastPage = 0;
  const hooks = newLayoutHooks(
    onProgress
      ? ({ section, pageNumber, totalPages }) => {
          // The layout runs more than once per page (measuring, then building): report each page once.
          if (pageNumber === lastPage) return;
          lastPage = pageNumber;
          onProgress({
            stage: totalPages === undefined ? 'layout' : 'numbering',
            section: titles.get(section) ?? job.title,
            pages: pageNumber,
            ...(totalPages !== undefined ? { totalPages } : {}),
          });
          if (totalPages !== undefined && pageNumber === totalPages) onProgress({ stage: 'writing' });
        }
      : undefined,
  );
  const instance = pdf(documentFor(job, hooks));
  const blob = await instance.toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
