import type { PlanRecord } from '../domain/record';
import type { PrintRequest } from './buildModel';
import type { PaperSize, PdfStrings } from './model';
import type { WarmUpMessage, WorkerJob, WorkerProgress, WorkerReply } from './protocol';
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
 * A worker started before it is needed. Starting one costs a fifth of a second (react-pdf is a
 * large module) and its first document runs in cold code, which together took longer than
 * rendering the seed-sized kit itself; a spare that has already rendered a throwaway document
 * (warmUp.ts) starts the real job at once.
 */
interface Spare {
  worker: Worker;
  ready: Promise<void>;
}

let spare: Spare | undefined;
/** Screens that want a spare kept (the Print screen while it is open). */
let holders = 0;
let warmUpWith: { strings: PdfStrings; paper: PaperSize; createWorker: WorkerFactory } | undefined;
/** Job ids count up from 1 (workerRoundTrip.ts), so a warm-up's reply never matches a job. */
const WARM_UP_ID = 0;

function startSpare(): void {
  if (spare || holders === 0 || !warmUpWith) return;
  const { strings, paper, createWorker } = warmUpWith;
  const worker = createWorker();
  const ready = new Promise<void>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'warm') resolve();
    };
    // A spare that fails to start is dropped; the next job starts a worker of its own.
    worker.onerror = () => {
      if (spare?.worker === worker) spare = undefined;
      worker.terminate();
      resolve();
    };
  });
  const message: WarmUpMessage = { id: WARM_UP_ID, warmUp: true, strings, paper };
  worker.postMessage(message);
  spare = { worker, ready };
}

/**
 * Keeps one warmed-up print worker ready until the returned function is called: the Print screen
 * calls this when it opens. Each job takes the spare and a new one is warmed once the job ends,
 * so every job still runs in a worker of its own, whose memory goes when it is terminated.
 */
export function preparePrinting(strings: PdfStrings, paper: PaperSize = 'A4', createWorker: WorkerFactory = defaultWorker): () => void {
  holders += 1;
  warmUpWith = { strings, paper, createWorker };
  startSpare();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0 && spare) {
      spare.worker.terminate();
      spare = undefined;
    }
  };
}

/** Resolves when the spare (if any) has finished warming up. */
export function printingReady(): Promise<void> {
  return spare?.ready ?? Promise.resolve();
}

/**
 * Renders one document in a worker of its own: the prepared spare when there is one, else a
 * fresh worker from `createWorker`. Resolves with the bytes; rejects with RenderPdfError (the
 * PrintError code when the request itself cannot be printed, 'cancelled' when `signal` aborts,
 * which stops the worker at once).
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
  const taken = spare?.worker;
  spare = undefined;
  const rendering = runWorkerJob<WorkerJob>(taken ? () => taken : createWorker, job, onProgress, signal);
  const replace = () => startSpare();
  rendering.then(replace, replace);
  return rendering;
}
