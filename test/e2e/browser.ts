import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // A missing browser is a failure, never a skip: otherwise CI would pass without testing anything.
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install Debian's chromium package or set CHROMIUM_PATH.`);
  return path;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS, headless: true });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the page asked for, to prove nothing leaves the app's own origin. */
  requests: string[];
  /** Console errors and CSP violations, which a clean run must not have. */
  problems: string[];
}

export async function openApp(browser: Browser, options: { acceptDownloads?: boolean } = {}): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  // Reduced motion: no fades, so accessibility checks never sample colours halfway through one.
  const context = await browser.newContext({ acceptDownloads: options.acceptDownloads ?? true, viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(baseUrl);
  return { context, page, baseUrl, requests, problems };
}

/** Requests that left the app's origin (data: and blob: URLs stay inside the page). */
export function foreignRequests(app: AppPage): string[] {
  const origin = new URL(app.baseUrl).origin;
  return app.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
