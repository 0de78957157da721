/// <reference lib="webworker" />
// Renders one print job to PDF bytes off the UI thread: builds the print model from the
// records, lays it out with react-pdf and posts the bytes back (transferred, not copied).
// Progress is posted per stage and per page laid out. One worker per job: the client
// terminates it afterwards, which also releases react-pdf's memory. A worker started ahead of
// time (preparePrinting) first renders a throwaway warm-up document, so a real job does not
// wait for react-pdf, the fonts and the JIT.
import { buildPrintJob, PrintError } from './buildModel';
import { bundledFontUrls } from './fonts';
import type { WarmUpMessage, WorkerJob, WorkerMessage, WorkerReply } from './protocol';
import { renderJob } from './render';
import { warmUpJob } from './warmUp';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

const urls = bundledFontUrls();
const fonts = { regular: urls.regular.href, bold: urls.bold.href, monoRegular: urls.monoRegular.href, monoBold: urls.monoBold.href };

async function warmUp(message: WarmUpMessage): Promise<void> {
  try {
    await renderJob(warmUpJob(message.strings, message.paper), { fonts });
  } catch {
    // A failed warm-up costs nothing but time: the real job reports its own errors.
  }
  post({ id: message.id, type: 'warm' });
}

async function render(job: WorkerJob): Promise<void> {
  try {
    post({ id: job.id, type: 'progress', progress: { stage: 'preparing' } });
    const printJob = buildPrintJob(job.request, job.records, {
      paper: job.paper,
      now: job.now,
      strings: job.strings,
      ...(job.timeZone ? { timeZone: job.timeZone } : {}),
      ...(job.locale ? { locale: job.locale } : {}),
    });
    let pages: number | undefined;
    let lastPost = 0;
    const bytes = await renderJob(printJob, {
      fonts,
      onProgress: (progress) => {
        if (progress.totalPages !== undefined) pages = progress.totalPages;
        // At most one message per 50 ms: a 500-page kit must not flood the window.
        const now = performance.now();
        if (progress.stage === 'layout' || progress.stage === 'numbering') {
          if (now - lastPost < 50) return;
        }
        lastPost = now;
        post({ id: job.id, type: 'progress', progress });
      },
    });
    post({ id: job.id, type: 'done', bytes, fileName: `${printJob.fileName}.pdf`, title: printJob.title, ...(pages !== undefined ? { pages } : {}) }, [bytes.buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ id: job.id, type: 'error', code: error instanceof PrintError ? error.code : 'failed', message });
  }
}

// One message at a time: react-pdf's font store and layout are not meant to run two documents
// interleaved, and a job sent during the warm-up simply starts when the warm-up ends.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  queue = queue.then(() => ('warmUp' in message ? warmUp(message) : render(message)));
};
