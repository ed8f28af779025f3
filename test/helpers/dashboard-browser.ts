/**
 * The setting of a browser test file: the dashboard built, a test app on the demo population, a
 * Chromium (helpers/browser.ts), and the folder its screenshots and PDFs go to (gitignored).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { buildDashboard } from '../../server/http/static.js';
import { startTestApp, type TestApp, type TestAppOptions } from './app.js';
import { launchChromium } from './browser.js';

/** test/artifacts (gitignored), or the folder QUARTIERI_ARTIFACTS names (docs/screenshots: the pictures in the docs). */
export const ARTIFACTS = path.resolve(PROJECT_ROOT, process.env.QUARTIERI_ARTIFACTS || path.join('test', 'artifacts'));

/** Registers the file's beforeAll and afterAll; `ready` receives the app and the browser. */
export function dashboardInBrowser(
  ready: (app: TestApp, browser: Browser) => void,
  options: Pick<TestAppOptions, 'demoScale' | 'env' | 'log'> = {},
): void {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await buildDashboard();
    await mkdir(ARTIFACTS, { recursive: true });
    app = await startTestApp({ ...options, demoScale: options.demoScale ?? 1 });
    browser = await launchChromium();
    ready(app, browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}
