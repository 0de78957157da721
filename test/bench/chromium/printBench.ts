// Bench page for test/bench/print.bench.ts: the locked-safe kit printed exactly as the app prints
// it, through renderer/src/print/client.ts, in a production build: a worker gets the plan's
// records, builds the print model, lays it out with react-pdf and transfers the bytes back.
// Timed on the page's own clock from the call to the bytes in hand.
//
// 'prepared' is the Print screen: it keeps a warmed-up worker ready while it is open
// (preparePrinting), and the run starts once that worker is ready, as it is by the time a person
// has chosen a document. 'cold' is a worker started by the call itself (no Print screen open).
import type { PlanRecord } from '../../../renderer/src/domain/record';
import { preparePrinting, printingReady, renderPdf, type PdfStrings } from '../../../renderer/src/print/client';

export type PrintBenchMode = 'prepared' | 'cold';

export interface PrintBenchRun {
  ms: number;
  pages: number;
  /** The first bytes, so the caller can check it got a PDF. */
  head: string;
}

declare global {
  interface Window {
    runPrintBench: (records: PlanRecord[], strings: PdfStrings, now: string, mode: PrintBenchMode) => Promise<PrintBenchRun>;
  }
}

let release: (() => void) | undefined;

window.runPrintBench = async (records, strings, now, mode) => {
  if (mode === 'prepared') {
    release ??= preparePrinting(strings, 'A4');
    await printingReady();
  } else {
    release?.();
    release = undefined;
  }
  const start = performance.now();
  const pdf = await renderPdf({ request: { document: 'kit' }, records, paper: 'A4', strings, now: new Date(now), timeZone: 'UTC', locale: 'en-GB' });
  const ms = performance.now() - start;
  const text = new TextDecoder('latin1').decode(pdf.bytes);
  // Only figures go back: sending megabytes of PDF through the DevTools protocol would not help.
  return { ms, pages: (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length, head: text.slice(0, 5) };
};
