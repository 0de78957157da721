import type { RenderPdfProgress } from '../client';
import { RenderPdfError, runWorkerJob, type RenderedPdf } from '../workerRoundTrip';
import type { EvidenceInput } from './model';
import type { EvidenceWorkerJob } from './protocol';

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

const defaultWorker = () => new Worker(new URL('./evidence.worker.ts', import.meta.url), { type: 'module', name: 'lifeboat-evidence-pack' });

export function renderEvidencePack(
  input: EvidenceInput,
  onProgress?: (progress: RenderPdfProgress) => void,
  signal?: AbortSignal,
  createWorker: () => Worker = defaultWorker,
): Promise<RenderedPdf> {
  return runWorkerJob<EvidenceWorkerJob>(createWorker, input, onProgress, signal);
}
