/**
 * The dashboard in a real headless Chromium against the real server and demo data: every chart
 * draws the numbers the API gives for the same filter, the filters live in the URL, the English
 * switch works, the loading, empty and error states show, and the console stays clean.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { loadConfig, PROJECT_ROOT } from '../server/config.js';
import { buildDashboard } from '../server/http/static.js';
import { createLogger } from '../server/logger.js';
import { graphql } from './gql/index.js';
import type { ReportFilter, TypedDocumentString } from './gql/graphql.js';
import { ADMIN_SECRET, AS_ADMIN, startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';
import { launchChromium } from './helpers/browser.js';
import { DEMO_DATA_END } from '../seeds/demo.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test', 'artifacts');
const AS_OF = '2020-08-31';

let t: TestApp;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

const HEADLINE = graphql(`
  query BrowserHeadline($filter: ReportFilter) {
    fundingSummary(filter: $filter) {
      totalAwarded
    }
    participation(filter: $filter) {
      peopleReached
      target
    }
    peopleReached(filter: $filter) {
      distinct
      sumOverProjects
    }
    employmentOutcomes(filter: $filter) {
      employed
      enrolled
    }
    debtRecovery(filter: $filter) {
      totalRecovered
    }
  }
`);
const REACH = graphql(`
  query BrowserReach($filter: ReportFilter) {
    participation(filter: $filter) {
      peopleReached
    }
  }
`);
const FUNDING = graphql(`
  query BrowserFunding($filter: ReportFilter) {
    fundingSummary(filter: $filter) {
      projects {
        awarded
        project {
          alerRole
        }
      }
    }
  }
`);
const OUTCOMES = graphql(`
  query BrowserOutcomes($filter: ReportFilter) {
    employmentOutcomes(filter: $filter) {
      projects {
        employed
        inProgress
      }
    }
  }
`);
const DEBT = graphql(`
  query BrowserDebt($filter: ReportFilter) {
    debtRecovery(filter: $filter) {
      monthly {
        repayments
        withholding
      }
    }
  }
`);
const ESF = graphql(`
  query BrowserEsf($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      total
    }
  }
`);
const NEWSLETTER = graphql(`
  query BrowserNewsletter($filter: ReportFilter) {
    newsletterUpdate(filter: $filter) {
      title
      markdown
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation BrowserCreateApiKey {
    createApiKey(input: { role: ANALYST, label: "Regione" }) {
      token
    }
  }
`);

/** What each chart draws, as the dashboard exposes it on `window.quartieri` for these tests. */
type Drawn = Record<string, (number | null)[][]>;
interface DashboardWindow {
  quartieri: {
    drawn(): Drawn;
    labels(): Record<string, (string | string[])[]>;
    axes(): Record<string, { ticks: Record<string, string[]>; area: { left: number; top: number; right: number; bottom: number } } | null>;
    csv(): Record<string, { name: string; text: string }>;
  };
}

async function api<R>(document: TypedDocumentString<R, { filter?: ReportFilter | null }>, filter: ReportFilter): Promise<R> {
  const response = await t.gql(document, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Waits until the dashboard has finished the refresh after `previous`. */
async function ready(previous = 0): Promise<number> {
  await page.waitForFunction((p) => Number(document.body.dataset.ready ?? 0) > p, previous, { timeout: 15_000 });
  return Number(await page.evaluate(() => document.body.dataset.ready));
}

const drawnOf = (on: Page): Promise<Drawn> => on.evaluate(() => (window as unknown as DashboardWindow).quartieri.drawn());
const drawn = (): Promise<Drawn> => drawnOf(page);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Italian numbers as the press writes them, grouped from four digits ("4.135"; CLDR alone writes "4135"). */
const ALWAYS_GROUP = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;
const itCount = (n: number) => new Intl.NumberFormat('it-IT', ALWAYS_GROUP).format(n);

beforeAll(async () => {
  await buildDashboard();
  await mkdir(ARTIFACTS, { recursive: true });
  t = await startTestApp({ demoScale: 1 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the dashboard, all projects as of the end of the labs', () => {
  let generation = 0;
  beforeAll(async () => {
    await page.goto(`${t.url}/?asOf=${AS_OF}`);
    generation = await ready();
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-it.png'), fullPage: true });
  });

  it('shows the headline figures the API gives, in Italian formats, with their date', async () => {
    const data = await api(HEADLINE, { asOf: AS_OF });
    const values = (await page.locator('.figure .value').allTextContents()).map(plain);
    const count = itCount;
    expect(values[0]).toBe('1.950.303,84 €');
    // People reached: the distinct people of all projects, the API's figure; the projects' sum named as such beside it.
    const { distinct, sumOverProjects } = data.peopleReached;
    expect(sumOverProjects).toBe(data.participation.reduce((s, p) => s + p.peopleReached, 0));
    expect(distinct).not.toBeNull();
    expect(distinct).toBeLessThan(sumOverProjects);
    expect(values[1]).toBe(count(distinct!));
    const labels = (await page.locator('.figure .label').allTextContents()).map(plain);
    expect(labels[1]).toBe('Persone raggiunte');
    const target = data.participation.reduce((s, p) => s + p.target, 0);
    expect(plain(await page.locator('.figure .of').nth(1).textContent())).toBe(
      `${count(sumOverProjects)} contando ogni progetto a sé, su ${count(target)} previste`,
    );
    expect(values[2]).toBe(itCount(data.employmentOutcomes.employed));
    expect(values[3]).toBe(
      plain(
        new Intl.NumberFormat('it-IT', { ...ALWAYS_GROUP, style: 'currency', currency: 'EUR' }).format(
          Number(data.debtRecovery.totalRecovered),
        ),
      ),
    );
    expect(plain(await page.locator('.figure .as-of').first().textContent())).toBe('al 31 ago 2020');
    expect(await page.locator('#demo').isVisible()).toBe(true);
    // The public is told what it sees: the month-end release and the protection, with the API's threshold.
    const access = plain(await page.locator('#access').textContent());
    expect(access).toContain('rilascio mensile al 31 ago 2020');
    expect(access).toContain('di al più 5');
    expect(access).toContain('«< 10»');
  });

  it("draws every chart with the API's numbers", async () => {
    const charts = await drawn();
    const participation = (await api(REACH, { asOf: AS_OF })).participation;
    expect(charts.reach![0]).toEqual(participation.map((p) => p.peopleReached));
    const reachedTotal = participation.reduce((s, p) => s + p.peopleReached, 0);
    expect(charts.reachOverTime![0]!.at(-1)).toBe(reachedTotal);

    const funding = (await api(FUNDING, { asOf: AS_OF })).fundingSummary.projects;
    expect(charts.funding![0]).toEqual(funding.map((p) => (p.project.alerRole === 'LEAD' ? Number(p.awarded) : null)));

    const outcomes = (await api(OUTCOMES, { asOf: AS_OF })).employmentOutcomes.projects;
    expect(charts.outcomes![0]).toEqual(outcomes.map((p) => p.employed));
    expect(charts.outcomes![3]).toEqual(outcomes.map((p) => p.inProgress));

    const debt = (await api(DEBT, { asOf: AS_OF })).debtRecovery.monthly;
    expect(charts.debt![0]!.at(-1)).toBe(Number(debt.at(-1)!.repayments));
    expect(charts.debt![1]!.at(-1)).toBe(Number(debt.at(-1)!.withholding));

    const esf = (await api(ESF, { asOf: AS_OF })).esfIndicators;
    const co01 = esf.find((r) => r.code === 'CO01')!;
    const cell = plain(await page.locator('tr[data-code="CO01"] td').nth(4).textContent());
    expect(cell).toBe(co01.total === null ? '< 10' : itCount(co01.total));
    // The ESF table says which day it is for: the public's yearly release before 31 August 2020.
    expect(plain(await page.locator('.esf-as-of').textContent())).toContain('Cifre al 31 dic 2019');
  });

  it('shows every chart as a table too', async () => {
    const panel = page.locator('[data-panel="funding"]');
    await panel.locator('[data-action="table"]').click();
    expect(await panel.locator('table tbody tr').count()).toBe(8);
    expect(plain(await panel.locator('table').textContent())).toContain('251.303,91 €');
    await panel.locator('[data-action="table"]').click();
  });

  it('redraws for one project when the filter changes, and keeps the view in the URL', async () => {
    await page.selectOption('#project', 'GOLAB');
    generation = await ready(generation);
    expect(page.url()).toContain('project=GOLAB');
    expect(page.url()).toContain(`asOf=${AS_OF}`);
    const golab = (await api(REACH, { asOf: AS_OF, projectCodes: ['GOLAB'] })).participation;
    expect((await drawn()).reach![0]).toEqual([golab[0]!.peopleReached]);
    // The same link opens the same view.
    const copy = await browser.newPage();
    await copy.goto(page.url());
    await copy.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0);
    expect(await copy.evaluate(() => (window as unknown as DashboardWindow).quartieri.drawn().reach![0])).toEqual([
      golab[0]!.peopleReached,
    ]);
    await copy.close();
  });

  it('switches to English', async () => {
    await page.click('#lang');
    generation = await ready(generation);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Neighbourhood Social Labs');
    expect(plain(await page.locator('.figure .value').first().textContent())).toBe('€251,883.03');
    expect(page.url()).toContain('lang=en');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-en-golab.png'), fullPage: true });
  });

  it('says so when there is nothing to show yet', async () => {
    await page.fill('#as-of', '2018-01-01');
    await page.dispatchEvent('#as-of', 'change');
    generation = await ready(generation);
    expect(await page.getAttribute('[data-panel="reach"]', 'data-state')).toBe('empty');
    expect(await page.textContent('[data-panel="reach"] .status')).toBe('Nothing recorded yet for this selection.');
  });

  it('keeps the console free of errors while it works', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('shows a message and a retry button when the API is down, not a blank page', async () => {
    await page.route('**/graphql', (route) => route.abort());
    await page.click('#lang'); // any refresh (back to Italian)
    await page.waitForSelector('[data-panel="funding"][data-state="error"]');
    expect(await page.textContent('[data-panel="funding"] .status')).toContain('Non è stato possibile caricare i dati');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-api-down.png'), fullPage: true });
    await page.unroute('**/graphql');
    await page.click('[data-panel="funding"] .status button');
    await page.waitForSelector('[data-panel="funding"][data-state="empty"], [data-panel="funding"][data-state="ready"]');
  });
});

describe("the charts tell the programme's story", () => {
  let story: Page;
  /** A fresh page load: its first refresh is done when body[data-ready] appears. */
  const open = async (query: string) => {
    await story.goto(`${t.url}/${query}`);
    await story.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
  };
  /** The dashboard's test hooks (window.quartieri) in the story page. */
  const hooks = {
    labels: () => story.evaluate(() => (window as unknown as DashboardWindow).quartieri.labels()),
    axes: () => story.evaluate(() => (window as unknown as DashboardWindow).quartieri.axes()),
    csv: () => story.evaluate(() => (window as unknown as DashboardWindow).quartieri.csv()),
  };

  beforeAll(async () => {
    story = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(() => story?.close());

  it('opens, with no day chosen, on the programme’s end (it ended long ago) and says so', async () => {
    await open('');
    expect(await story.inputValue('#as-of')).toBe('2020-08-31');
    expect(plain(await story.textContent('#as-of-why'))).toBe(
      'Cifre al 31 ago 2020, fine del programma: i progetti si sono chiusi il 31 ago 2020. Per vedere un altro giorno, cambia «Situazione al».',
    );
    expect(plain(await story.locator('.figure .as-of').first().textContent())).toBe('al 31 ago 2020');
    expect(story.url()).not.toContain('asOf');
  });

  it('ends the time axes where the figures stop changing, not years later at the day asked about', async () => {
    await open('?asOf=2026-10-31');
    const labels = await hooks.labels();
    expect(labels.reachOverTime!.at(-1)).toBe('ago 2020');
    // Repayments went on after the labs closed, until the demo data ends.
    const [y, m] = DEMO_DATA_END.split('-').map(Number) as [number, number];
    const lastRepayment = new Intl.DateTimeFormat('it-IT', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    );
    expect(labels.debt!.at(-1)).toBe(lastRepayment);
    // Nothing is lost: the last point is the API's figure as of the day asked about.
    const participation = (await api(REACH, { asOf: '2026-10-31' })).participation;
    expect((await drawnOf(story)).reachOverTime![0]!.at(-1)).toBe(participation.reduce((sum, p) => sum + p.peopleReached, 0));
    expect(plain(await story.textContent('[data-panel="reachOverTime"] .note'))).toContain('Dopo ago 2020 le cifre non cambiano più');
    expect(plain(await story.textContent('#as-of-why'))).toContain('Cifre al 31 ott 2026, il giorno scelto');
  });

  it('writes every axis in Italian formats: a dot between thousands from four digits on', async () => {
    await open('?asOf=2020-08-31');
    const axes = await hooks.axes();
    const ticks = Object.values(axes).flatMap((axis) =>
      Object.values(axis!.ticks)
        .flat()
        .map((label) => plain(String(label))),
    );
    expect(ticks.filter((label) => /\d,\d{3}/.test(label))).toEqual([]);
    expect(axes.reachOverTime!.ticks.y!.map((label) => plain(label))).toContain('4.000');
    expect(axes.funding!.ticks.x!.map((label) => plain(label))).toContain('100.000 €');
    // Every project's name beside its bar: none skipped.
    expect((await hooks.labels()).funding).toHaveLength(8);
    expect(plain(await story.textContent('[data-panel="debt"] .note'))).toContain('come li pubblica il rilascio mensile');
  });

  it('draws the target for one project as for all: a dashed red mark across its bar', async () => {
    await open('?asOf=2020-08-31&project=GOLAB');
    const golab = (await api(REACH, { asOf: '2020-08-31', projectCodes: ['GOLAB'] })).participation[0]!;
    expect((await drawnOf(story)).reach).toEqual([[golab.peopleReached], [500]]);
    const area = (await hooks.axes()).reach!.area;
    const red = await story.$eval(
      '[data-panel="reach"] canvas',
      (canvas: HTMLCanvasElement, a) => {
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const [x, y, w, h] = [a.left, a.top, a.right - a.left, a.bottom - a.top].map((v) => Math.round(v * scale)) as [
          number,
          number,
          number,
          number,
        ];
        const pixels = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (Math.abs(pixels[i]! - 192) < 30 && pixels[i + 1]! < 90 && pixels[i + 2]! < 80) count += 1;
        return count;
      },
      area,
    );
    expect(red).toBeGreaterThan(30);
  });

  it('downloads chart CSVs with plain numbers, in the page language, named by project and day', async () => {
    await open('?asOf=2020-08-31&project=PRO_SALOMONE');
    const funding = (await api(FUNDING, { asOf: '2020-08-31', projectCodes: ['PRO_SALOMONE'] })).fundingSummary.projects[0]!;
    const [download] = await Promise.all([story.waitForEvent('download'), story.click('[data-panel="funding"] [data-action="csv"]')]);
    expect(download.suggestedFilename()).toBe('finanziamento_PRO_SALOMONE_2020-08-31.csv');
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFProgetto,Ruolo di ALER,Finanziamento assegnato (€)');
    expect(lines[1]).toMatch(new RegExp(`^PRO_SALOMONE,ALER (capofila|partner),${funding.awarded.replace('.', '\\.')}$`));
    expect(lines[1]).not.toContain('€');
    const italianEsf = (await hooks.csv()).esf!;
    expect(italianEsf.text).toContain('CO01,"Disoccupati, compresi i disoccupati di lungo periodo",');

    await story.click('#lang');
    await story.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready);
    await story.waitForSelector('[data-panel="esf"][data-state="ready"]');
    const [esfDownload] = await Promise.all([story.waitForEvent('download'), story.click('[data-panel="esf"] [data-action="csv"]')]);
    // The public's ESF table is the yearly release: 31 December 2019 for a day in 2020.
    expect(esfDownload.suggestedFilename()).toBe('esf-indicators_PRO_SALOMONE_2019-12-31.csv');
    const esfLines = (await readFile(await esfDownload.path(), 'utf8')).split('\r\n');
    expect(esfLines[0]).toBe('\uFEFFCode,Indicator,Women,Men,Total');
    expect(esfLines.find((line) => line.startsWith('CO01,'))).toMatch(/^CO01,"Unemployed, including long-term unemployed",\d*,\d*,\d*$/);
    const all = await hooks.csv();
    expect(all.debt!.name).toBe('rent-debt-recovered_PRO_SALOMONE_2020-08-31.csv');
    expect(all.debt!.text.split('\r\n')[1]).toMatch(/^2018-09,\d+\.\d{2},\d+\.\d{2}$/);
  });
});

describe('the footer', () => {
  it('links to the definitions of every figure, which open as a readable page', async () => {
    const reader = await browser.newPage();
    await reader.goto(`${t.url}/?asOf=${AS_OF}`);
    expect(plain(await reader.textContent('footer'))).toContain('Le definizioni di ogni cifra sono in docs/indicators.md.');
    await Promise.all([reader.waitForURL(`${t.url}/docs/indicators.md`), reader.click('footer a#definitions')]);
    expect(await reader.title()).toBe('Indicators: what every figure means · Quartieri');
    expect(await reader.textContent('pre')).toContain('Every figure Quartieri reports is defined here');
    await reader.close();
  });
});

describe('the GraphQL IDE at /graphiql', () => {
  it('works with nothing from outside this server, and runs a query', async () => {
    const ide = await browser.newPage();
    const hosts = new Set<string>();
    ide.on('request', (request) => {
      if (!request.url().startsWith('data:')) hosts.add(new URL(request.url()).host);
    });
    await ide.goto(`${t.url}/graphiql`);
    // Run the query once the editor holds it (under load the editor may still be mounting).
    await ide.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('participation'), undefined, {
      timeout: 30_000,
    });
    await ide.click('.graphiql-execute-button');
    await ide.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('PRO_SALOMONE'), undefined, {
      timeout: 30_000,
    });
    await ide.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    expect([...hosts]).toEqual([new URL(t.url).host]);
    await ide.close();
  });
});

describe('with an ANALYST key', () => {
  it('is entered once, kept for the session only, never in the URL, and shows exact figures', async () => {
    const created = await t.gql(CREATE_KEY, {}, AS_ADMIN);
    const token = created.data!.createApiKey.token;
    const analyst = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
    await analyst.goto(`${t.url}/?asOf=${AS_OF}&project=LSQ_RHO`);
    const generation = await analyst.evaluate(async () => {
      while (!document.body.dataset.ready) await new Promise((r) => setTimeout(r, 50));
      return Number(document.body.dataset.ready);
    });
    expect(await analyst.locator('td.suppressed').count()).toBeGreaterThan(0);
    analyst.once('dialog', (dialog) => void dialog.accept(token));
    await analyst.click('#key');
    await analyst.waitForFunction((g) => Number(document.body.dataset.ready ?? 0) > g, generation);
    expect(await analyst.locator('td.suppressed').count()).toBe(0);
    const exact = (await t.gql(ESF, { filter: { asOf: AS_OF, projectCodes: ['LSQ_RHO'] } }, AS_ADMIN)).data!.esfIndicators;
    const co16 = exact.find((r) => r.code === 'CO16')!.total;
    expect(plain(await analyst.locator('tr[data-code="CO16"] td').nth(4).textContent())).toBe(String(co16));
    expect(analyst.url()).not.toContain(token);
    expect(await analyst.evaluate(() => sessionStorage.getItem('quartieri.apiKey'))).toBe(token);
    expect(await analyst.evaluate(() => localStorage.length)).toBe(0);
    await analyst.close();
  });
});

describe('the newsletter page', () => {
  it("shows the API's draft, copies its Markdown, and gives the charts as pictures for print", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const news = await context.newPage();
    await news.goto(`${t.url}/?view=newsletter&asOf=${AS_OF}`);
    await news.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
    const draft = (await t.gql(NEWSLETTER, { filter: { asOf: AS_OF } })).data!.newsletterUpdate;
    expect(await news.textContent('#newsletter-page article h2')).toBe(draft.title);
    expect(await news.locator('#newsletter-page .gallery img').count()).toBe(5);
    expect(await news.getAttribute('#newsletter-page .gallery img', 'src')).toMatch(/^data:image\/png;base64,/);
    await news.click('#newsletter-page [data-action="copy"]');
    await news.waitForSelector('#newsletter-page .status:has-text("Testo copiato")');
    expect(await news.evaluate(() => navigator.clipboard.readText())).toBe(draft.markdown);
    await news.screenshot({ path: path.join(ARTIFACTS, 'newsletter.png'), fullPage: true });
    await context.close();
  });
});

describe('with an ANALYST key and TRUSTED_DOCUMENTS=true', () => {
  it('shows every panel and the newsletter with exact figures, and says so when the server refuses a document', async () => {
    const trusted = await createApp(
      {
        ...loadConfig({ PORT: '0', TRUSTED_DOCUMENTS: 'true', ADMIN_SECRET, PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
        databaseUrl: t.databaseUrl,
        seedOnStart: false,
      },
      { log: createLogger('silent') },
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 1800 } });
    try {
      const token = (await t.gql(CREATE_KEY, {}, AS_ADMIN)).data!.createApiKey.token;
      await context.addInitScript((key) => sessionStorage.setItem('quartieri.apiKey', key), token);
      const keyed = await context.newPage();
      const afterLoad = async () => {
        await keyed.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 15_000 });
      };
      await keyed.goto(`${trusted.url}/?asOf=${AS_OF}&project=LSQ_RHO`);
      await afterLoad();
      expect(await keyed.locator('[data-state="error"]').count()).toBe(0);
      expect(await keyed.locator('.figure .value').count()).toBeGreaterThan(0);
      expect(await keyed.locator('tr[data-code="CO16"]').count()).toBe(1);
      expect(await keyed.locator('td.suppressed').count()).toBe(0);
      await keyed.screenshot({ path: path.join(ARTIFACTS, 'dashboard-trusted-documents.png'), fullPage: true });

      await keyed.goto(`${trusted.url}/?view=newsletter&asOf=${AS_OF}`);
      await afterLoad();
      const draft = (await t.gql(NEWSLETTER, { filter: { asOf: AS_OF } })).data!.newsletterUpdate;
      expect(await keyed.textContent('#newsletter-page article h2')).toBe(draft.title);

      // A document the server does not trust (as from a dashboard newer than the server): refused, and said so.
      await keyed.route('**/graphql', (route) =>
        route.continue({ postData: JSON.stringify({ query: '{ esfIndicators { code total } }', variables: {} }) }),
      );
      await keyed.goto(`${trusted.url}/?asOf=${AS_OF}`);
      await keyed.waitForSelector('[data-panel="funding"][data-state="error"]');
      const said = await keyed.textContent('[data-panel="funding"] .status');
      expect(said).toContain('Il servizio ha rifiutato questa richiesta per la chiave in uso');
      expect(said).not.toContain('raggiungibile');
      await keyed.screenshot({ path: path.join(ARTIFACTS, 'dashboard-trusted-documents-refused.png'), fullPage: true });
    } finally {
      await context.close();
      await trusted.stop();
    }
  });
});
