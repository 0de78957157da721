import { buildPrintJob } from '../../renderer/src/print/buildModel';
import type { PrintJob } from '../../renderer/src/print/model';
import { renderJob } from '../../renderer/src/print/render';
import { fontPaths, makePlan, NOW, STRINGS } from '../print/fixtures';
import type { PrintBenchMode } from './chromium/printBench';
import { launchChromium, openBenchPage, type BenchPage } from './chromiumPage';
import { medianMs } from './median';
import { chromiumPdfOptions, kitHtml } from './printHtml';

/** Pages in a PDF: count of page objects (both engines write one /Type /Page per page). */
function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const SIZES = [
  // The seed-sized plan: 5 processes, 5 runbooks of 20 steps, 50 contacts.
  { name: 'seed', spec: { template: 'online-shop', organisation: 'Harbour Bikes Online Ltd', processes: 5, runbooks: 5, steps: 20, contacts: 50, idPrefix: 11 }, runs: 5 },
  // A large plan: 25 processes, 50 runbooks of 40 steps, 500 contacts.
  { name: 'large', spec: { template: 'online-shop', organisation: 'Harbour Bikes Group plc', processes: 25, runbooks: 50, steps: 40, contacts: 500, vendors: 40, idPrefix: 12 }, runs: 3 },
] as const;

/** Median page-clock time of `runs` prints in the bench page, after one unmeasured print. */
async function printInApp(app: BenchPage, plan: ReturnType<typeof makePlan>, mode: PrintBenchMode, runs: number): Promise<{ ms: number; pages: number }> {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i <= runs; i++) {
    let run;
    try {
      run = await app.page.evaluate(([records, strings, now, m]) => window.runPrintBench(records, strings, now, m), [plan.records, STRINGS, NOW.toISOString(), mode] as const);
    } catch (error) {
      throw new Error(`runPrintBench failed${app.errors.length > 0 ? ` (page errors: ${app.errors.join('; ')})` : ''}`, { cause: error });
    }
    if (run.head !== '%PDF-') throw new Error('the print worker did not return a PDF');
    if (i > 0) times.push(run.ms);
    pages = run.pages;
  }
  return { ms: middle(times), pages };
}

/**
 * `npm run bench -- print`: the locked-safe kit, several ways, in one run:
 * - as the app prints it: react-pdf in the app's print worker, production build, in Chromium
 *   (test/bench/chromium/printBench.ts), with the worker the Print screen keeps ready, and with a
 *   worker started cold by the call;
 * - the same content as HTML printed by Chromium's page.pdf() (printHtml.ts): the yardstick;
 * - react-pdf under Node 20, as the unit tests run it, for reference.
 * Targets: seed kit < 3 s, large kit < 30 s, react-pdf within 3x of Chromium's page.pdf.
 */
export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  const fonts = fontPaths();
  const browser = await launchChromium();
  try {
    const app = await openBenchPage(browser, 'print.html', 'dist-bench-print');
    await app.page.waitForFunction(() => typeof window.runPrintBench === 'function');
    const yardstick = await browser.newPage();
    for (const size of SIZES) {
      const plan = makePlan({ ...size.spec });
      const job: PrintJob = buildPrintJob({ document: 'kit' }, plan.records, { paper: 'A4', now: NOW, strings: STRINGS });

      const prepared = await printInApp(app, plan, 'prepared', size.runs);
      record(`print ${size.name} kit: react-pdf in the app's print worker, Print screen open (median)`, prepared.ms, 'ms');
      record(`print ${size.name} kit: react-pdf pages`, prepared.pages, 'pages');
      record(`print ${size.name} kit: react-pdf pages/s`, prepared.pages / (prepared.ms / 1000), 'pages/s');

      const html = kitHtml(job, fonts);
      const options = chromiumPdfOptions(job);
      let chromiumBytes: Uint8Array = new Uint8Array();
      const chromiumMs = await medianMs(async () => {
        await yardstick.setContent(html, { waitUntil: 'load' });
        chromiumBytes = await yardstick.pdf(options);
      }, size.runs, 1);
      const chromiumPages = pageCount(chromiumBytes);
      record(`print ${size.name} kit: Chromium page.pdf of the same content (median)`, chromiumMs, 'ms');
      record(`print ${size.name} kit: Chromium page.pdf pages`, chromiumPages, 'pages');
      record(`print ${size.name} kit: react-pdf / Chromium time (target ≤ 3)`, prepared.ms / chromiumMs, 'x');
      record(`print ${size.name} kit: react-pdf / Chromium time per page`, prepared.ms / prepared.pages / (chromiumMs / chromiumPages), 'x');

      const cold = await printInApp(app, plan, 'cold', size.runs);
      record(`print ${size.name} kit: react-pdf in a worker started cold by the call (median)`, cold.ms, 'ms');
      record(`print ${size.name} kit: react-pdf cold / Chromium time`, cold.ms / chromiumMs, 'x');

      let bytes: Uint8Array = new Uint8Array();
      const nodeMs = await medianMs(async () => {
        bytes = await renderJob(buildPrintJob({ document: 'kit' }, plan.records, { paper: 'A4', now: NOW, strings: STRINGS }), { fonts });
      }, size.runs, 1);
      record(`print ${size.name} kit: react-pdf under Node 20, as the unit tests run it (median)`, nodeMs, 'ms');
      if (pageCount(bytes) !== prepared.pages || cold.pages !== prepared.pages) {
        throw new Error(`the runs laid out different page counts (${prepared.pages}, ${cold.pages}, ${pageCount(bytes)})`);
      }
    }
    await app.close();
  } finally {
    await browser.close();
  }
}
