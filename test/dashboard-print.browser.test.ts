/**
 * The dashboard on paper, in a real headless Chromium, in Italian and English: A4 portrait
 * (`@page` in dashboard/src/style.css), page one the header, the headline figures and the five
 * charts, page two the ESF table. `page.pdf` prints it (the PDF and, when poppler's `pdftoppm` is
 * installed, each page as a PNG go to test/artifacts); then, in print media at the width of the
 * page inside its margins, the boxes of the cards, charts and tables are read: none overlaps
 * another, every chart canvas lies within its card and was redrawn at its printed size, every
 * table within its card, nothing runs past the page, and no button or control is printed. The PDF
 * is also checked for the screen's chart bitmaps (its image objects' sizes): Chart.js redraws
 * every chart when the print starts (charts/chart-panel.ts); without that, the screen's pictures
 * would be printed, cut off by their smaller printed boxes.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { ARTIFACTS, dashboardInBrowser } from './helpers/dashboard-browser.js';

/** A4 portrait inside the stylesheet's 12 mm margins, at 96 CSS px per inch: 186 × 273 mm. */
const PAGE = { width: Math.floor((186 / 25.4) * 96), height: Math.floor((273 / 25.4) * 96) };
const poppler = (tool: string) => [`/usr/bin/${tool}`, `/usr/local/bin/${tool}`].find((file) => existsSync(file));
const PDFTOPPM = poppler('pdftoppm');

let t: TestApp;
let browser: Browser;
dashboardInBrowser((app, chromium) => {
  t = app;
  browser = chromium;
});

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface PrintLayout {
  /** The page's own boxes (header lines, headline figures, panels, footer): siblings that must not overlap. */
  cards: Box[];
  charts: { panel: string; canvas: Box; box: Box; card: Box; backingWidth: number }[];
  tables: { panel: string; table: Box; card: Box }[];
  scrollWidth: number;
  clientWidth: number;
  /** Buttons, selects and inputs a reader would see on paper. */
  controls: string[];
}

/** Reads the layout the page has now (in print media). */
function readLayout(): PrintLayout {
  const visible = (element: Element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const box = (element: Element, name = element.tagName.toLowerCase()): Box => {
    const b = element.getBoundingClientRect();
    return { name, left: b.left, top: b.top + window.scrollY, right: b.right, bottom: b.bottom + window.scrollY };
  };
  const named = (element: Element) =>
    (element as HTMLElement).dataset.panel ?? (element.id || element.className || element.tagName.toLowerCase()).toString();
  const cards = [...document.querySelectorAll('header.top, .banner, #as-of-why, #access, .figure, main > .panel, footer')]
    .filter(visible)
    .map((element, i) => box(element, `${named(element)}#${i}`));
  const panels = [...document.querySelectorAll('main > .panel')].filter(visible);
  return {
    cards,
    charts: panels.flatMap((panel) => {
      const canvas = panel.querySelector('canvas');
      return canvas && visible(canvas)
        ? [
            {
              panel: named(panel),
              canvas: box(canvas),
              box: box(canvas.parentElement!),
              card: box(panel),
              backingWidth: canvas.width / window.devicePixelRatio,
            },
          ]
        : [];
    }),
    tables: panels.flatMap((panel) =>
      [...panel.querySelectorAll('table')].filter(visible).map((table) => ({ panel: named(panel), table: box(table), card: box(panel) })),
    ),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    controls: [...document.querySelectorAll('button, select, input')].filter(visible).map((e) => e.textContent || e.tagName),
  };
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/**
 * The sizes ("398x280") of the images in a PDF Chromium wrote: the /Width and /Height of each
 * image XObject's dictionary (Chromium writes them uncompressed, as `pdfimages -list` lists them).
 */
function imageSizes(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Subtype\s*\/Image\b/g)].map((match) => {
    const dictionary = text.slice(text.lastIndexOf('<<', match.index), text.indexOf('stream', match.index));
    return `${/\/Width\s+(\d+)/.exec(dictionary)?.[1]}x${/\/Height\s+(\d+)/.exec(dictionary)?.[1]}`;
  });
}

/** The pages of a PDF Chromium wrote (its page objects). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe.each([
  { lang: 'it', query: '' },
  { lang: 'en', query: '?lang=en' },
])('the dashboard printed in $lang', ({ lang, query }) => {
  it('fills two A4 pages, cards, charts and tables each in its own box, with no control printed', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // The default as-of day: long after the labs, the programme's end.
    await page.goto(`${t.url}/${query}`);
    await page.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
    expect(await page.inputValue('#as-of')).toBe('2020-08-31');

    const screenBitmaps = await page.$$eval('canvas', (canvases) => canvases.map((c) => `${c.width}x${c.height}`));
    const file = path.join(ARTIFACTS, `print-${lang}.pdf`);
    const pdf = await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(2);
    // The charts are redrawn for the paper: none is the screen's bitmap pasted in (then cut off by
    // its smaller box). (Chromium prints a redrawn canvas as a bitmap of its printed size, or as
    // vector drawing: either way, never at the screen's size.)
    expect(imageSizes(pdf).filter((size) => screenBitmaps.includes(size))).toEqual([]);
    if (PDFTOPPM) {
      for (const old of (await readdir(ARTIFACTS)).filter((name) => name.startsWith(`print-${lang}-page`)))
        await rm(path.join(ARTIFACTS, old));
      await promisify(execFile)(PDFTOPPM, ['-r', '100', '-png', file, path.join(ARTIFACTS, `print-${lang}-page`)]);
      expect((await readdir(ARTIFACTS)).filter((name) => name.startsWith(`print-${lang}-page`))).toHaveLength(2);
    }

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(PAGE);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: path.join(ARTIFACTS, `print-${lang}-media.png`), fullPage: true });
    const layout = await page.evaluate(readLayout);

    expect(layout.cards.length).toBeGreaterThanOrEqual(4 + 6 + 3);
    const overlapping = layout.cards.flatMap((a, i) =>
      layout.cards
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(overlapping).toEqual([]);

    expect(layout.charts.map((c) => c.panel).sort()).toEqual(['debt', 'funding', 'outcomes', 'reach', 'reachOverTime']);
    for (const chart of layout.charts) {
      expect(inside(chart.canvas, chart.box), `${chart.panel}: canvas within its box`).toBe(true);
      expect(inside(chart.canvas, chart.card), `${chart.panel}: canvas within its card`).toBe(true);
      // Redrawn at the printed size, not the screen's bitmap squeezed into the box.
      expect(Math.abs(chart.backingWidth - (chart.canvas.right - chart.canvas.left)), chart.panel).toBeLessThan(2);
      expect(chart.card.right - chart.card.left).toBeLessThan(PAGE.width + 0.5);
    }
    expect(layout.tables.map((table) => table.panel)).toEqual(['esf']);
    for (const table of layout.tables) expect(inside(table.table, table.card), table.panel).toBe(true);

    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.controls).toEqual([]);
    await context.close();
  });
});
