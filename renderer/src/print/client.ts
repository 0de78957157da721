import type { PlanRecord } from '../domain/record';
import type { PrintErrorCode, PrintRequest } from './buildModel';
import type { PaperSize, PdfStrings } from './model';
import type { WorkerJob, WorkerProgress, WorkerReply } from './protocol';

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

export interface RenderedPdf {
  bytes: Uint8Array;
  /** Suggested file name, e.g. "harbour-bikes-locked-safe-kit-2025-03-04.pdf". */
  fileName: string;
  title: string;
  pages?: number;
}

export type RenderPdfErrorCode = PrintErrorCode | 'failed' | 'cancelled' | 'worker';

export class RenderPdfError extends Error {
  constructor(
    readonly code: RenderPdfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RenderPdfError';
  }
}

export type { WorkerProgress as RenderPdfProgress };
export type { PrintRequest, PrintErrorCode } from './buildModel';
export type { PaperSize, PdfStrings } from './model';

let nextId = 1;

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
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RenderPdfError('cancelled', 'Printing was stopped.'));
      return;
    }
    const worker = createWorker();
    const id = nextId++;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new RenderPdfError('cancelled', 'Printing was stopped.'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') {
        finish();
        resolve({ bytes: reply.bytes, fileName: reply.fileName, title: reply.title, ...(reply.pages !== undefined ? { pages: reply.pages } : {}) });
      } else {
        finish();
        reject(new RenderPdfError(reply.code, reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new RenderPdfError('worker', event.message || 'The PDF worker stopped.'));
    };
    const job: WorkerJob = {
      id,
      request: input.request,
      records: input.records,
      paper: input.paper,
      strings: input.strings,
      now: input.now ?? new Date(),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
    };
    worker.postMessage(job);
  });
}
