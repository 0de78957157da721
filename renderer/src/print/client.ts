import type { PlanRecord } from '../domain/record';
import type { PrintRequest } from './buildModel';
import type { PaperSize, PdfStrings } from './model';
import type { WorkerJob, WorkerProgress } from './protocol';
import { runWorkerJob, type RenderedPdf } from './workerRoundTrip';

/**
 * The window's side of printing. Features load this module with `import()` only, so neither it
 * nor react-pdf is in the first bundle; the heavy work happens in render.worker.ts.
 *
 *   const { renderPdf } = await import('../../print/client');
 *   const pdf = await renderPdf({ request: { document: 'kit' }, records, paper: 'A4', strings }, onProgress, signal);
 */
export interface RenderPdfInput {
  request: PrintRequest;
  records: readonly PlanRecord[];
  paper: PaperSize;
  /** `t('print.pdf', { returnObjects: true })`. */
  strings: PdfStrings;
  now?: Date;
  timeZone?: string;
  locale?: string;
}

export { RenderPdfError, type RenderedPdf, type RenderPdfErrorCode } from './workerRoundTrip';
export type { WorkerProgress as RenderPdfProgress };
export type { PrintRequest, PrintErrorCode } from './buildModel';
export type { PaperSize, PdfStrings } from './model';

/** Injectable for tests; the app uses the bundled module worker. */
export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () => new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'lifeboat-print' });

/**
 * Renders one document in a fresh worker. Resolves with the bytes; rejects with RenderPdfError
 * (the PrintError code when the request itself cannot be printed, 'cancelled' when `signal`
 * aborts, which stops the worker at once).
 */
export function renderPdf(
  input: RenderPdfInput,
  onProgress?: (progress: WorkerProgress) => void,
  signal?: AbortSignal,
  createWorker: WorkerFactory = defaultWorker,
): Promise<RenderedPdf> {
  const job: Omit<WorkerJob, 'id'> = {
    request: input.request,
    records: input.records,
    paper: input.paper,
    strings: input.strings,
    now: input.now ?? new Date(),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  };
  return runWorkerJob<WorkerJob>(createWorker, job, onProgress, signal);
}
