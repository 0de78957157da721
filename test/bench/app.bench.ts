import { resolve } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { freePort, launchChromium } from '../chromium';
import { createVault } from '../e2e/vaultFlows';

const OUT = resolve('dist-bench');

/** Files the browser fetches before anything is shown: index.html's scripts, styles and preloads. */
function initialFiles(): string[] {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

export async function run(record: (name: string, value: number, unit: string) => void): Promise<void> {
  await build({ configFile: 'vite.web.config.ts', logLevel: 'error', build: { outDir: OUT } });
  const files = initialFiles();
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f))).length, 0);
  record('initial bundle (gzip)', gzipBytes / 1024, 'KB');
  const pdfInInitial = files.some((f) => readFileSync(join(OUT, f), 'utf8').includes('@react-pdf'));
  const pdfChunks = readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(OUT, 'assets', f), 'utf8').includes('react-pdf')).length;
  record('react-pdf in initial bundle', pdfInInitial ? 1 : 0, 'yes=1');
  record('lazy chunks mentioning react-pdf', pdfChunks, 'files');

  const port = await freePort();
  const server = await preview({ configFile: 'vite.web.config.ts', build: { outDir: OUT }, preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Records when the unlock heading is first in the DOM, measured by the page's own clock.
    await page.addInitScript(() => {
      const seen = () => Array.from(document.querySelectorAll('h1')).some((h) => h.textContent === 'Unlock your plan');
      new MutationObserver((_m, observer) => {
        if (seen()) {
          (window as unknown as { unlockShownAt: number }).unlockShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await createVault(page);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      await page.reload();
      await page.getByRole('heading', { name: 'Unlock your plan' }).waitFor();
      times.push(await page.evaluate(() => (window as unknown as { unlockShownAt: number }).unlockShownAt));
    }
    times.sort((a, b) => a - b);
    record('page load to unlock screen (Chromium)', times[4]!, 'ms');
  } finally {
    await browser.close();
    await server.close();
  }
}
