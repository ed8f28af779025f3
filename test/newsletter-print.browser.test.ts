/**
 * The newsletter page on paper, in a real headless Chromium against the demo data: printed with
 * page.pdf (A4), each draft — all projects, one project, no day asked (the programme's end) — in
 * Italian and English is one page, with the draft and its charts and no text of the dashboard's
 * UI (buttons, the "Testo copiato" status, the gallery's heading, the title bar, the footer). The
 * PDFs and a print-media screenshot of each go to test/artifacts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../dashboard/src/i18n/en.js';
import { it as italian } from '../dashboard/src/i18n/it.js';
import type { TestApp } from './helpers/app.js';
import { ARTIFACTS, dashboardInBrowser } from './helpers/dashboard-browser.js';

let t: TestApp;
let browser: Browser;
dashboardInBrowser((app, chromium) => {
  t = app;
  browser = chromium;
});

/** The pages of a PDF as Chromium writes it: one `/Type /Page` dictionary each (the tree's nodes are `/Type /Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const CASES = {
  'all-projects': '&asOf=2020-08-31',
  'one-project': '&asOf=2019-12-31&project=GOLAB',
  'after-the-end': '',
} as const;

describe('the newsletter printed', () => {
  for (const lang of ['it', 'en'] as const) {
    const texts = lang === 'it' ? italian : en;
    for (const [name, query] of Object.entries(CASES)) {
      it(`is one A4 page with no UI text: ${name}, ${lang}`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const page = await context.newPage();
        await page.goto(`${t.url}/?view=newsletter&lang=${lang}${query}`);
        await page.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
        // Copy first: the status line then says so on screen, and must still not be printed.
        await page.click('#newsletter-page [data-action="copy"]');
        await page.waitForSelector(`#newsletter-page .status:has-text("${texts.newsletter.copied}")`);
        const title = (await page.textContent('#newsletter-page article h2'))!;
        expect(title.length).toBeGreaterThan(10);

        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        await writeFile(path.join(ARTIFACTS, `newsletter-print-${name}-${lang}.pdf`), pdf);
        expect(pdfPages(pdf)).toBe(1);

        // What print media shows: the draft and the charts, nothing of the UI.
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({ path: path.join(ARTIFACTS, `newsletter-print-${name}-${lang}.png`), fullPage: true });
        const printed = await page.evaluate(() => document.body.innerText);
        expect(printed).toContain(title);
        for (const ui of [
          texts.newsletter.copied,
          texts.newsletter.copy,
          texts.newsletter.print,
          texts.newsletter.heading,
          texts.newsletter.charts,
          texts.newsletter.close,
          texts.subtitle,
          texts.footer,
          texts.demoBanner,
        ]) {
          expect(printed).not.toContain(ui);
        }
        expect(await page.locator('#newsletter-page button').first().isVisible()).toBe(false);
        expect(await page.locator('#newsletter-page .gallery img').count()).toBe(5);
        expect(await page.locator('#newsletter-page .gallery img').first().isVisible()).toBe(true);
        await context.close();
      });
    }
  }

  it('counts the pages of a PDF', async () => {
    const page = await browser.newPage();
    await page.setContent('<p>one</p><p style="break-before: page">two</p><p style="break-before: page">three</p>');
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(3);
    await page.close();
  });
});
