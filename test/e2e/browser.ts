import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath, launchChromium } from '../chromium';

export { chromiumPath };

export function launch(): Promise<Browser> {
  return launchChromium();
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
