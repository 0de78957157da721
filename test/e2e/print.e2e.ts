import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foreignRequests, launch, openApp, type AppPage } from './browser';
import { createVault } from './vaultFlows';

const ORG = 'Quayside Ledger Accounting';

/** Saves the PDF a Print button produces and returns its path. */
async function savePdf(page: Page, buttonName: string, dir: string): Promise<string> {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: buttonName }).click();
  const download = await downloading;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Share of non-white pixels on a page rendered at low resolution: 0 means a blank page. */
function inkOnPage(pdf: string, pageNumber: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(pageNumber), '-l', String(pageNumber), pdf]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  expect(header).not.toBeNull();
  const pixels = pgm.subarray(header![0].length);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink++;
  return ink / pixels.length;
}

describe('printing through the Print screen', () => {
  let browser: Browser;
  let app: AppPage;
  let dir: string;

  beforeAll(async () => {
    browser = await launch();
    app = await openApp(browser);
    dir = await mkdtemp(join(tmpdir(), 'lifeboat-print-'));
    await createVault(app.page);
    await app.page.getByLabel('Business name').fill(ORG);
    await app.page.getByRole('button', { name: 'Save' }).click();
    await app.page.getByText('Saved.', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for a deliberate choice before making a copy that is not encrypted', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Print' }).click();
    await page.getByText('Paper and PDF files are not encrypted').waitFor();
    expect(await page.getByRole('button', { name: 'Save PDF: Locked-safe kit (whole plan)' }).isDisabled()).toBe(true);
    await page.getByLabel('I understand that this copy is not encrypted and I will keep it locked away.').check();
    expect(await page.getByRole('button', { name: 'Save PDF: Locked-safe kit (whole plan)' }).isDisabled()).toBe(false);
  });

  it('saves the locked-safe kit: a real PDF with the business on every page and no blank pages', async () => {
    const pdf = await savePdf(app.page, 'Save PDF: Locked-safe kit (whole plan)', dir);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841/);
    for (let n = 1; n <= Math.min(pages, 3); n++) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(ORG);
      expect(text).toContain(`Page ${n} of ${pages}`);
      expect(inkOnPage(pdf, n)).toBeGreaterThan(0.002);
    }
  });

  it('prints on US Letter when asked', async () => {
    const { page } = app;
    await page.getByText('US Letter', { exact: true }).click();
    const pdf = await savePdf(page, 'Save PDF: Contact sheet and call tree', dir);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612(\.\d+)? x 792/);
  });

  it('stayed inside the app, with no CSP or console errors', () => {
    expect(foreignRequests(app)).toEqual([]);
    expect(app.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});
