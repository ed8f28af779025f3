/**
 * The dashboard's layout in a real headless Chromium, on a phone (360 and 390 px) and on a laptop
 * (1366 px), in Italian and English: nothing runs past the screen's right edge (no horizontal
 * scroll, no element cut off), cards and charts stack on a phone, the ESF table keeps each
 * indicator's figures on one line beside its code with its name below, and the table views put
 * numbers right-aligned under right-aligned headers. Screenshots go to test/artifacts.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { ARTIFACTS, dashboardInBrowser } from './helpers/dashboard-browser.js';

const AS_OF = '2020-08-31';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const SMALL_PHONE = { width: 360, height: 740 };

let t: TestApp;
let browser: Browser;
dashboardInBrowser((app, chromium) => {
  t = app;
  browser = chromium;
});

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  clientWidth: number;
  /** Visible elements whose box runs past the right (or left) edge of the screen. */
  outside: string[];
}

/** How wide the page is against the screen, and which visible elements stick out of it. */
function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > clientWidth + 0.5 || box.left < -0.5) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''}`;
        outside.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}] "${(element.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, clientWidth, outside };
  });
}

function expectNoOverflow(o: Overflow): void {
  expect(o.outside).toEqual([]);
  expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
  expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
}

async function open(viewport: { width: number; height: number }, query: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${t.url}/?asOf=${AS_OF}${query}`);
  await page.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
  return { context, page };
}

/** The boxes of the headline figures and the panels, in page order. */
function boxes(page: Page, selector: string): Promise<{ left: number; top: number; width: number }[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((e) => {
      const box = e.getBoundingClientRect();
      return { left: box.left, top: box.top, width: box.width };
    }),
  );
}

describe.each([
  { lang: 'it', query: '' },
  { lang: 'en', query: '&lang=en' },
])('the dashboard in $lang', ({ lang, query }) => {
  it.each([
    { name: 'phone', viewport: PHONE },
    { name: 'small phone', viewport: SMALL_PHONE },
    { name: 'laptop', viewport: LAPTOP },
  ])('fits a $name screen ($viewport.width px) with nothing cut off', async ({ viewport }) => {
    const { context, page } = await open(viewport, query);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.screenshot({ path: path.join(ARTIFACTS, `layout-${viewport.width}-${lang}.png`), fullPage: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `layout-${viewport.width}-${lang}-top.png`) });
    expectNoOverflow(await overflow(page));
    // Every figure and every chart's tools are on screen, whole.
    for (const button of await page.locator('.panel .tools button').all()) expect(await button.isVisible()).toBe(true);
    await context.close();
  });
});

describe('on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await open(PHONE, ''));
  });
  afterAll(() => context?.close());

  it('stacks the figures and the charts in one column', async () => {
    const cards = [...(await boxes(page, '.figure')), ...(await boxes(page, 'main > .panel:not([hidden])'))];
    expect(cards.length).toBeGreaterThan(8);
    const left = cards[0]!.left;
    for (const card of cards) expect(card.left).toBeCloseTo(left, 0);
    for (let i = 1; i < cards.length; i++) expect(cards[i]!.top).toBeGreaterThan(cards[i - 1]!.top);
  });

  it("keeps each ESF indicator's figures on one line with its code, and its name whole below them", async () => {
    const rows = await page.$$eval('table.esf tbody tr', (trs) =>
      trs.map((tr) => {
        const [code, name, women, men, total] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
        const table = tr.closest('table')!.getBoundingClientRect();
        return {
          code: tr.getAttribute('data-code'),
          sameLine: [women!, men!, total!].every((box) => Math.abs(box.top - code!.top) < 2 && box.height === code!.height),
          nameBelow: name!.top >= code!.bottom - 1,
          nameShare: name!.width / table.width,
          nameText: tr.querySelectorAll('td')[1]!.textContent,
        };
      }),
    );
    await page.locator('[data-panel="esf"]').screenshot({ path: path.join(ARTIFACTS, 'layout-390-it-esf.png') });
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row, row.code!).toMatchObject({ sameLine: true, nameBelow: true });
      expect(row.nameShare).toBeGreaterThan(0.9);
      expect(row.nameText).not.toBe('');
    }
    // The header still names the figures' columns.
    const headers = await page
      .locator('table.esf thead th')
      .evaluateAll((ths) => ths.filter((th) => th.getBoundingClientRect().width > 0).map((th) => th.textContent));
    expect(headers).toEqual(['Codice', 'Donne', 'Uomini', 'Totale']);
  });

  it('shows every table view inside the screen', async () => {
    for (const panel of await page.locator('main > .panel[data-panel]:has([data-action="table"])').all()) {
      await panel.locator('[data-action="table"]').click();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'layout-390-it-tables.png'), fullPage: true });
    expectNoOverflow(await overflow(page));
  });
});

describe('on a laptop (1366 × 768)', () => {
  it.each([
    { lang: 'it', query: '' },
    { lang: 'en', query: '&lang=en' },
  ])('fills every row of cards in $lang: no card alone in a row two-thirds empty', async ({ query }) => {
    const { context, page } = await open(LAPTOP, query);
    const rows = await page.$$eval('main > .panel:not([hidden])', (panels) => {
      const main = panels[0]!.parentElement!;
      const style = getComputedStyle(main);
      const inner = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const byTop = new Map<number, { ids: string[]; width: number }>();
      for (const panel of panels) {
        const box = panel.getBoundingClientRect();
        const row = byTop.get(Math.round(box.top)) ?? { ids: [], width: 0 };
        row.ids.push((panel as HTMLElement).dataset.panel ?? '?');
        row.width += box.width;
        byTop.set(Math.round(box.top), row);
      }
      return [...byTop.values()].map((row) => ({ ...row, share: row.width / inner }));
    });
    expect(rows.map((row) => row.ids)).toEqual([['funding', 'reach', 'outcomes'], ['reachOverTime', 'debt'], ['esf']]);
    // Each row's cards take the whole width but for the gaps between them.
    for (const row of rows) expect(row.share, row.ids.join(' ')).toBeGreaterThan(0.95);
    // The cards of a row are as tall as each other.
    const heights = await page.$$eval('main > .panel.per-project', (panels) => panels.map((p) => p.getBoundingClientRect().height));
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(1);
    await context.close();
  });
});

describe('the table views', () => {
  it('put numbers right-aligned under right-aligned headers', async () => {
    const { context, page } = await open(LAPTOP, '');
    for (const panel of await page.locator('main > .panel[data-panel]:has([data-action="table"])').all()) {
      await panel.locator('[data-action="table"]').click();
    }
    // For every table, every column: where each cell's text ends, header and cells alike.
    const tables = await page.$$eval('main table', (tables) =>
      tables.map((table) => {
        const textBox = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getBoundingClientRect();
        };
        const header = [...table.querySelectorAll('thead th')].filter((th) => th.getBoundingClientRect().width > 0);
        return {
          panel: table.closest('[data-panel]')!.getAttribute('data-panel'),
          columns: header.map((th, i) => {
            const cells = [...table.querySelectorAll(`tbody tr > :nth-child(${[...th.parentElement!.children].indexOf(th) + 1})`)];
            return {
              header: th.textContent,
              headerLeft: textBox(th).left - th.getBoundingClientRect().left,
              headerRight: textBox(th).right,
              numeric:
                cells.length > 0 &&
                cells.every((c) => /^[-−]?[\d.,\s\u00a0\u202f€%<]*\d[\d.,\s\u00a0\u202f€%]*$/.test(c.textContent ?? '')),
              rights: cells.map((c) => textBox(c).right),
              index: i,
            };
          }),
        };
      }),
    );
    expect(tables.map((table) => table.panel).sort()).toEqual(['debt', 'esf', 'funding', 'outcomes', 'reach', 'reachOverTime']);
    for (const table of tables) {
      const numeric = table.columns.filter((c) => c.numeric);
      expect(numeric.length, table.panel!).toBeGreaterThan(0);
      for (const column of numeric) {
        for (const right of column.rights)
          expect(Math.abs(right - column.headerRight), `${table.panel} ${column.header}`).toBeLessThan(1.5);
      }
      // The first column (names, months, codes) reads from the left.
      expect(table.columns[0]!.numeric).toBe(false);
      expect(table.columns[0]!.headerLeft).toBeLessThan(10);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'layout-1366-it-tables.png'), fullPage: true });
    await context.close();
  });
});

describe('the newsletter page on a phone', () => {
  it.each([
    { lang: 'it', query: '' },
    { lang: 'en', query: '&lang=en' },
  ])('fits the screen in $lang, text, buttons and pictures', async ({ lang, query }) => {
    const { context, page } = await open(PHONE, `&view=newsletter${query}`);
    expect(await page.locator('#newsletter-page article').isVisible()).toBe(true);
    expect(await page.locator('#newsletter-page .gallery img').count()).toBe(5);
    await page.screenshot({ path: path.join(ARTIFACTS, `layout-newsletter-390-${lang}.png`), fullPage: true });
    await page.locator('#newsletter-page').screenshot({ path: path.join(ARTIFACTS, `layout-newsletter-390-${lang}-page.png`) });
    expectNoOverflow(await overflow(page));
    await context.close();
  });

  it('opens from the button too, and fits', async () => {
    const { context, page } = await open(PHONE, '');
    const before = Number(await page.evaluate(() => document.body.dataset.ready));
    await page.click('#newsletter');
    await page.waitForFunction((g) => Number(document.body.dataset.ready ?? 0) > g, before, { timeout: 15_000 });
    expect(await page.locator('#newsletter-page article').isVisible()).toBe(true);
    expectNoOverflow(await overflow(page));
    await context.close();
  });
});
