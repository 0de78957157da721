import type { PrintErrorCode } from './buildModel';
import type { WorkerProgress, WorkerReply } from './protocol';

/**
 * The window's half of every print worker's protocol (render.worker.ts, evidence/evidence.worker.ts):
 * one fresh worker per job, terminated as soon as the job ends so react-pdf's memory goes with it.
 */
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

// Ids only tell this job's replies from stray ones; one counter serves every kind of worker.
let nextId = 1;

/**
 * Posts `job` (with a fresh id) to a new worker and relays its progress. Resolves with the bytes;
 * rejects with RenderPdfError: the worker's own code, 'worker' when it crashes, 'cancelled' when
 * `signal` aborts, which stops the worker at once.
 */
export function runWorkerJob<Job extends { id: number }>(
  createWorker: () => Worker,
  job: Omit<Job, 'id'>,
  onProgress?: (progress: WorkerProgress) => void,
  signal?: AbortSignal,
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
    // Every print worker replies in this shape (evidence/protocol.ts mirrors protocol.ts).
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'warm') return;
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
    worker.postMessage({ id, ...job });
  });
}
