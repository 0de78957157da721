/// <reference lib="webworker" />
// Renders the auditor's evidence pack off the UI thread, as render.worker.ts does for the other
// documents: builds the pack's model from the records and the window's audit verification, lays
// it out with react-pdf on the shared page frame and posts the bytes back (transferred).
import { PrintError } from '../buildModel';
import { bundledFontUrls } from '../fonts';
import { buildEvidenceJob } from './build';
import type { EvidenceWorkerJob, EvidenceWorkerReply } from './protocol';
import { renderEvidenceJob } from './render';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: EvidenceWorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

const urls = bundledFontUrls();
const fonts = { regular: urls.regular.href, bold: urls.bold.href, monoRegular: urls.monoRegular.href, monoBold: urls.monoBold.href };

scope.onmessage = async (event: MessageEvent<EvidenceWorkerJob>) => {
  const job = event.data;
  try {
    post({ id: job.id, type: 'progress', progress: { stage: 'preparing' } });
    const evidence = buildEvidenceJob(job);
    let pages: number | undefined;
    let lastPost = 0;
    const bytes = await renderEvidenceJob(evidence, {
      fonts,
      onProgress: (progress) => {
        if (progress.totalPages !== undefined) pages = progress.totalPages;
        const now = performance.now();
        if ((progress.stage === 'layout' || progress.stage === 'numbering') && now - lastPost < 50) return;
        lastPost = now;
        post({ id: job.id, type: 'progress', progress });
      },
    });
    post({ id: job.id, type: 'done', bytes, fileName: `${evidence.fileName}.pdf`, title: evidence.title, ...(pages !== undefined ? { pages } : {}) }, [bytes.buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ id: job.id, type: 'error', code: error instanceof PrintError ? error.code : 'failed', message });
  }
};
