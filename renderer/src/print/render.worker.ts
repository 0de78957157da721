/// <reference lib="webworker" />
// Renders one print job to PDF bytes off the UI thread: builds the print model from the
// records, lays it out with react-pdf and posts the bytes back (transferred, not copied).
// Progress is posted per stage and per page laid out. One worker per job: the client
// terminates it afterwards, which also releases react-pdf's memory.
import { buildPrintJob, PrintError } from './buildModel';
import { bundledFontUrls } from './fonts';
import type { WorkerJob, WorkerReply } from './protocol';
import { renderJob } from './render';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

const urls = bundledFontUrls();
const fonts = { regular: urls.regular.href, bold: urls.bold.href, monoRegular: urls.monoRegular.href, monoBold: urls.monoBold.href };

scope.onmessage = async (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
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
};
