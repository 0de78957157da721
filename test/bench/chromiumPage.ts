import { resolve } from 'node:path';
import { build, preview, type InlineConfig } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../chromium';

export { launchChromium } from '../chromium';


export interface BenchPage {
  page: Page;
  /** Page errors seen so far, for a failure message worth reading. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Builds one page of test/bench/chromium (a production build, workers as ES modules as the app
 * builds them), serves it on a free loopback port and opens it in `browser`.
 */
export async function openBenchPage(browser: Browser, html: string, outDir: string): Promise<BenchPage> {
  const config: InlineConfig = {
    configFile: false,
    root: resolve('test/bench/chromium'),
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir: resolve(outDir), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8000, rollupOptions: { input: resolve('test/bench/chromium', html) } },
  };
  await build(config);
  const port = await freePort();
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port, strictPort: true } });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/${html}`);
  return {
    page,
    errors,
    close: async () => {
      await page.close();
      await server.close();
    },
  };
}
