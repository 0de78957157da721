import { chromium } from 'playwright-core';
import { buildPrintJob } from '../../renderer/src/print/buildModel';
import type { PrintJob } from '../../renderer/src/print/model';
import { renderJob } from '../../renderer/src/print/render';
import { fontPaths, makePlan, NOW, STRINGS } from '../print/fixtures';
import { medianMs } from './median';
import { chromiumFrame, kitHtml } from './printHtml';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Pages in a PDF: count of page objects (both engines write one /Type /Page per page). */
function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const SIZES = [
  // The seed-sized plan: 5 processes, 5 runbooks of 20 steps, 50 contacts.
  { name: 'seed', spec: { template: 'online-shop', organisation: 'Harbour Bikes Online Ltd', processes: 5, runbooks: 5, steps: 20, contacts: 50, idPrefix: 11 }, runs: 5 },
  // A large plan: 25 processes, 50 runbooks of 40 steps, 500 contacts.
  { name: 'large', spec: { template: 'online-shop', organisation: 'Harbour Bikes Group plc', processes: 25, runbooks: 50, steps: 40, contacts: 500, vendors: 40, idPrefix: 12 }, runs: 3 },
] as const;

/**
 * `npm run bench -- print`: the locked-safe kit rendered by react-pdf (as the worker does it,
 * model building included), and the same content as HTML printed by Chromium's page.pdf() in
 * the same run. Targets: seed kit < 3 s, large kit < 30 s, within 3x of Chromium.
 */
export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  const fonts = fontPaths();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      const plan = makePlan({ ...size.spec });
      let job: PrintJob | undefined;
      let bytes: Uint8Array = new Uint8Array();
      const render = async () => {
        job = buildPrintJob({ document: 'kit' }, plan.records, { paper: 'A4', now: NOW, strings: STRINGS });
        bytes = await renderJob(job, { fonts });
      };
      const ms = await medianMs(render, size.runs, 1);
      const pages = pageCount(bytes);
      record(`print ${size.name} kit: react-pdf render (median)`, ms, 'ms');
      record(`print ${size.name} kit: pages`, pages, 'pages');
      record(`print ${size.name} kit: react-pdf pages/s`, pages / (ms / 1000), 'pages/s');

      const html = kitHtml(job!, fonts);
      const frame = chromiumFrame(job!);
      let chromiumBytes: Uint8Array = new Uint8Array();
      const chromiumMs = await medianMs(async () => {
        await page.setContent(html, { waitUntil: 'load' });
        chromiumBytes = await page.pdf({ format: 'A4', displayHeaderFooter: true, ...frame, margin: { top: '69px', bottom: '59px', left: '53px', right: '53px' } });
      }, size.runs, 1);
      const chromiumPages = pageCount(chromiumBytes);
      record(`print ${size.name} kit: Chromium page.pdf (median)`, chromiumMs, 'ms');
      record(`print ${size.name} kit: Chromium pages`, chromiumPages, 'pages');
      record(`print ${size.name} kit: react-pdf / Chromium time`, ms / chromiumMs, 'x');
      record(`print ${size.name} kit: react-pdf / Chromium time per page`, ms / pages / (chromiumMs / chromiumPages), 'x');
    }
  } finally {
    await browser.close();
  }
}
