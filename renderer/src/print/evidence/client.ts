import { RenderPdfError, type RenderedPdf, type RenderPdfProgress } from '../client';
import type { EvidenceInput } from './model';
import type { EvidenceWorkerJob, EvidenceWorkerReply } from './protocol';

/**
 * The window's side of the evidence pack. Features load it with `import()` only:
 *
 *   const { renderEvidencePack } = await import('../../print/evidence/client');
 *
 * Same contract as print/client.ts renderPdf: resolves with the bytes, rejects with
 * RenderPdfError ('cancelled' when `signal` aborts, which stops the worker at once).
 */
export type { EvidenceInput, ReadinessRow, EvidenceAuditInput, EvidenceStrings } from './model';
export type { PdfStrings as PdfStringsOf } from '../model';
export { RenderPdfError, type RenderedPdf, type RenderPdfProgress };

let nextId = 1;

const defaultWorker = () => new Worker(new URL('./evidence.worker.ts', import.meta.url), { type: 'module', name: 'lifeboat-evidence-pack' });

export function renderEvidencePack(
  input: EvidenceInput,
  onProgress?: (progress: RenderPdfProgress) => void,
  signal?: AbortSignal,
  createWorker: () => Worker = defaultWorker,
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
    worker.onmessage = (event: MessageEvent<EvidenceWorkerReply>) => {
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
    const job: EvidenceWorkerJob = { id, ...input };
    worker.postMessage(job);
  });
}
