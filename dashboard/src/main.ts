/**
 * The impact dashboard: headline figures, five charts and the ESF table for a project (or all)
 * as of a day. The view lives in the URL; the API key, if any, in the browser session only.
 */
import { ApiError, apiKey, request } from './api.js';
import { effectiveAsOf, todayInItaly, type AsOf } from './as-of.js';
import { ChartPanel, downloadCsv, fileStem, toCsv, type PanelView } from './charts/chart-panel.js';
import { formatCount, formatDate, formatMoney, type Lang } from './format.js';
import {
  HeadlineDocument,
  ProgrammeDatesDocument,
  type HeadlineQuery,
  type ReportFilter,
  type TypedDocumentString,
} from './gql/graphql.js';
import { en } from './i18n/en.js';
import { it, type Texts } from './i18n/it.js';
import * as debt from './panels/debt/debt.js';
import * as esf from './panels/esf/esf.js';
import * as funding from './panels/funding/funding.js';
import { renderNewsletter } from './panels/newsletter/newsletter.js';
import * as outcomes from './panels/outcomes/outcomes.js';
import * as reachOverTime from './panels/reach-over-time/reach-over-time.js';
import * as reach from './panels/reach/reach.js';
import { readState, writeState, type ViewState } from './state.js';

const TEXTS: Record<Lang, Texts> = { it, en };

type ChartView = PanelView & { empty: boolean };

/** A chart panel's module: its query, and the view it draws from the answer (each has its own answer type). */
interface ChartModule<Q> {
  document: TypedDocumentString<Q, { filter?: ReportFilter | null }>;
  toView(data: Q, texts: Texts, lang: Lang): ChartView;
}
/** Asks a chart's query; the answer comes back as a function that draws it in the texts and language of the moment. */
type ChartLoad = (filter: ReportFilter) => Promise<(texts: Texts, lang: Lang) => ChartView>;

/** A chart module closed over its own answer type, so that charts of different queries sit in one list. */
function chart<Q>(module: ChartModule<Q>): ChartLoad {
  return async (filter) => {
    const data = await request(module.document, { filter });
    return (texts, lang) => module.toView(data, texts, lang);
  };
}

/**
 * The charts in page order: the three per project (a row of three on a laptop), then the two over
 * time (a row of two); the stylesheet's grid places them by their `kind`.
 */
const CHARTS: { id: keyof Texts['panels'] & keyof Texts['files']; load: ChartLoad; kind: 'per-project' | 'over-time' }[] = [
  { id: 'funding', load: chart(funding), kind: 'per-project' },
  { id: 'reach', load: chart(reach), kind: 'per-project' },
  { id: 'outcomes', load: chart(outcomes), kind: 'per-project' },
  { id: 'reachOverTime', load: chart(reachOverTime), kind: 'over-time' },
  { id: 'debt', load: chart(debt), kind: 'over-time' },
];

interface ProgrammeDates {
  start: string;
  end: string;
}
/** The programme's first and last day, from the projects the API lists; asked once (null while the API fails). */
let programmeDates: Promise<ProgrammeDates | null> | undefined;
function datesOfProgramme(): Promise<ProgrammeDates | null> {
  programmeDates ??= request(ProgrammeDatesDocument, {}).then(
    ({ projects }) =>
      projects.length === 0
        ? null
        : {
            start: projects.map((p) => p.startDate).sort()[0]!,
            end: projects
              .map((p) => p.endDate)
              .sort()
              .at(-1)!,
          },
    () => {
      programmeDates = undefined;
      return null;
    },
  );
  return programmeDates;
}

let state: ViewState = readState(location.search);
let texts: Texts = TEXTS[state.lang];
const panels = new Map<string, ChartPanel>();
/** Each refresh's number: a slow answer to an older filter never overwrites a newer one. */
let generation = 0;

const app = document.querySelector<HTMLDivElement>('#app')!;
app.innerHTML = `
  <header class="top">
    <div><h1 data-text="title"></h1><p data-text="subtitle"></p></div>
    <div class="controls">
      <label><span data-text="project"></span><select id="project"></select></label>
      <label><span data-text="asOf"></span><input id="as-of" type="date" /></label>
      <button type="button" id="newsletter"></button>
      <button type="button" id="key"></button>
      <button type="button" id="lang"></button>
    </div>
  </header>
  <div class="banner" id="demo" hidden></div>
  <p class="as-of-why" id="as-of-why"></p>
  <p class="access" id="access"></p>
  <main>
    <section class="panel wide newsletter" id="newsletter-page" hidden></section>
    <div class="headline" id="headline" role="region" aria-live="polite"></div>
  </main>
  <footer><span data-text="footer"></span> <a href="/docs/indicators.md" id="definitions">docs/indicators.md</a>. <span data-text="footerApi"></span></footer>`;
const main = app.querySelector('main')!;
const projectSelect = app.querySelector<HTMLSelectElement>('#project')!;
const asOfInput = app.querySelector<HTMLInputElement>('#as-of')!;

for (const { id, kind } of CHARTS) {
  const panel = new ChartPanel(id, texts, texts.panels[id]);
  panel.element.classList.add(kind);
  panels.set(id, panel);
  main.append(panel.element);
}
const esfSection = document.createElement('section');
esfSection.className = 'panel wide';
esfSection.dataset.panel = 'esf';
esfSection.innerHTML =
  '<header><h2></h2><div class="tools"><button type="button" data-action="csv"></button></div></header><p class="esf-as-of"></p><p class="status" role="status"></p><div class="esf-table"></div>';
main.append(esfSection);
let esfRows: Parameters<typeof esf.toTable>[0] = [];
/** The day the ESF table answers for (the public's yearly release), in its file's name. */
let esfAsOf = '';
const esfStem = () => fileStem(texts.files.esf, state.project, texts.files.allProjects, esfAsOf);
esfSection.querySelector('[data-action="csv"]')!.addEventListener('click', () => downloadCsv(esfStem(), esf.toTable(esfRows, texts)));

projectSelect.addEventListener('change', () => update({ project: projectSelect.value || null }));
asOfInput.addEventListener('change', () => update({ asOf: asOfInput.value || null }));
app.querySelector('#lang')!.addEventListener('click', () => update({ lang: state.lang === 'it' ? 'en' : 'it' }));
app
  .querySelector('#newsletter')!
  .addEventListener('click', () => update({ view: state.view === 'newsletter' ? 'dashboard' : 'newsletter' }));
app.querySelector('#key')!.addEventListener('click', () => {
  if (apiKey.get()) apiKey.clear();
  else {
    const key = window.prompt(texts.keyPrompt)?.trim();
    if (key) apiKey.set(key);
  }
  void refresh();
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  void refresh();
});

function update(change: Partial<ViewState>): void {
  state = { ...state, ...change };
  history.pushState(null, '', `${location.pathname}${writeState(state)}`);
  void refresh();
}

function applyTexts(): void {
  document.documentElement.lang = state.lang;
  for (const element of app.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = String(texts[element.dataset.text as 'title']);
  }
  app.querySelector('#lang')!.textContent = texts.language;
  app.querySelector('#newsletter')!.textContent = state.view === 'newsletter' ? texts.newsletter.close : texts.newsletter.open;
  app.querySelector('#key')!.textContent = apiKey.get() ? texts.signOut : texts.key;
  app.querySelector('#access')!.textContent = apiKey.get() ? texts.keyActive : texts.keyNone;
  app.querySelector('#demo')!.textContent = texts.demoBanner;
  for (const { id } of CHARTS) panels.get(id)!.setTexts(texts, texts.panels[id]);
  esfSection.querySelector('h2')!.textContent = texts.panels.esf;
  esfSection.querySelector('[data-action="csv"]')!.textContent = texts.table.csv;
}

function message(error: unknown): string {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && apiKey.get()) {
    apiKey.clear();
    return `${error.message}`;
  }
  // A document the key may not run (TRUSTED_DOCUMENTS=true) is refused: the service is there.
  if (error instanceof ApiError && error.code === 'FORBIDDEN') return texts.refused;
  return texts.apiDown;
}

function figure(label: string, value: string, of: string, asOf: string): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div class="figure"><div class="label">${escape(label)}</div><div class="value">${escape(value)}</div><div class="of">${escape(of)}</div><div class="as-of">${escape(asOf)}</div></div>`;
}

/** Which day the figures are for and why, under the header (the public's release day when it differs). */
function renderAsOfWhy(asOf: AsOf, dates: ProgrammeDates | null, answered: string | null): void {
  const day = (iso: string | null | undefined) => (iso ? formatDate(iso, state.lang) : null);
  const line = app.querySelector<HTMLElement>('#as-of-why')!;
  line.dataset.reason = asOf.reason;
  line.textContent = texts.asOfWhy({
    day: day(asOf.day)!,
    reason: asOf.reason,
    start: day(dates?.start),
    end: day(dates?.end),
    release: answered !== null && answered !== asOf.day ? day(answered) : null,
  });
}

function renderHeadline(data: HeadlineQuery): void {
  const lang = state.lang;
  const asOf = texts.headline.asOf(formatDate(data.fundingSummary.asOf, lang));
  // Distinct people (a person reached by two projects once); the public gets no distinct count for
  // some sets of projects, and then the headline says it shows the sum of the projects' figures.
  const { distinct, sumOverProjects } = data.peopleReached;
  const target = data.participation.reduce((s, p) => s + p.target, 0);
  const perProject = distinct !== null && distinct !== sumOverProjects ? formatCount(sumOverProjects, lang) : null;
  const headline = app.querySelector('#headline')!;
  headline.innerHTML = [
    figure(texts.headline.awarded, formatMoney(data.fundingSummary.totalAwarded, lang), '', asOf),
    figure(
      distinct === null ? texts.headline.reachedSummed : texts.headline.reached,
      formatCount(distinct ?? sumOverProjects, lang),
      texts.headline.reachedOf(formatCount(target, lang), perProject),
      asOf,
    ),
    figure(
      texts.headline.employed,
      formatCount(data.employmentOutcomes.employed, lang),
      texts.headline.employedOf(formatCount(data.employmentOutcomes.enrolled, lang)),
      asOf,
    ),
    figure(
      texts.headline.recovered,
      formatMoney(data.debtRecovery.totalRecovered, lang),
      texts.headline.recoveredOf(formatMoney(data.debtRecovery.arrearsAtEnrolment, lang)),
      asOf,
    ),
  ].join('');
  headline.setAttribute('data-state', 'ready');
  const policy = data.disclosurePolicy;
  app.querySelector('#access')!.textContent =
    policy.yourFigures === 'EXACT'
      ? texts.keyActive
      : texts.publicFigures({
          release: formatDate(data.fundingSummary.asOf, lang),
          maxNoise: policy.maxNoise,
          maxMoney: formatMoney(policy.maxMoneyNoise, lang),
          threshold: policy.threshold,
        });
  app.querySelector<HTMLElement>('#demo')!.hidden = !data.programme.usesSyntheticData;
  const options = [
    `<option value="">${texts.allProjects}</option>`,
    ...data.projects.map((p) => `<option value="${p.code}">${p.name} (${p.municipality})</option>`),
  ];
  projectSelect.innerHTML = options.join('');
  projectSelect.value = state.project ?? '';
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  texts = TEXTS[state.lang];
  applyTexts();
  const headline = app.querySelector('#headline')!;
  headline.setAttribute('data-state', 'loading');
  const dates = await datesOfProgramme();
  if (mine !== generation) return;
  const asOf = effectiveAsOf(state.asOf, todayInItaly(), dates?.end ?? null);
  asOfInput.value = asOf.day;
  renderAsOfWhy(asOf, dates, null);
  const filter: ReportFilter = { ...(state.project ? { projectCodes: [state.project] } : {}), asOf: asOf.day };
  const jobs: Promise<void>[] = [
    request(HeadlineDocument, { filter })
      .then((data) => {
        if (mine !== generation) return;
        renderHeadline(data);
        renderAsOfWhy(asOf, dates, data.fundingSummary.asOf);
      })
      .catch((error: unknown) => {
        if (mine !== generation) return;
        headline.setAttribute('data-state', 'error');
        headline.innerHTML = `<div class="error-page"><p></p><button type="button"></button></div>`;
        headline.querySelector('p')!.textContent = message(error);
        const retry = headline.querySelector('button')!;
        retry.textContent = texts.retry;
        retry.addEventListener('click', () => void refresh());
      }),
    ...CHARTS.map(async ({ id, load }) => {
      const panel = panels.get(id)!;
      panel.loading();
      try {
        const draw = await load(filter);
        if (mine !== generation) return;
        const view = draw(texts, state.lang);
        panel.show(view, view.empty, state.lang, fileStem(texts.files[id], state.project, texts.files.allProjects, view.asOf ?? asOf.day));
      } catch (error) {
        if (mine === generation) panel.failed(message(error), () => void refresh());
      }
    }),
    (async () => {
      const status = esfSection.querySelector('.status')!;
      status.textContent = texts.loading;
      esfSection.dataset.state = 'loading';
      try {
        const data = await request(esf.document, { filter, asOf: asOf.day });
        if (mine !== generation) return;
        esfRows = data.esfIndicators;
        const policy = data.disclosurePolicy;
        esfAsOf = policy.esfIndicatorsAsOf;
        esfSection.querySelector('.esf-as-of')!.textContent = texts.esf.asOf(
          formatDate(policy.esfIndicatorsAsOf, state.lang),
          policy.yourFigures === 'PROTECTED',
        );
        esfSection
          .querySelector('.esf-table')!
          .replaceChildren(esf.renderEsfTable(esfRows, texts, state.lang, data.disclosurePolicy.threshold));
        status.textContent = '';
        esfSection.dataset.state = 'ready';
      } catch (error) {
        if (mine !== generation) return;
        esfSection.dataset.state = 'error';
        status.textContent = message(error);
      }
    })(),
  ];
  await Promise.all(jobs);
  if (mine !== generation) return;
  // The newsletter page comes once the charts are drawn: it shows them as pictures.
  const page = app.querySelector<HTMLElement>('#newsletter-page')!;
  page.hidden = state.view !== 'newsletter';
  if (state.view === 'newsletter') {
    const charts = () =>
      CHARTS.map(({ id }) => panels.get(id)!).flatMap((panel) => {
        const png = panel.png();
        return png ? [{ title: panel.title(), png }] : [];
      });
    await renderNewsletter(page, filter, state.lang, texts, charts).catch((error: unknown) => {
      page.textContent = message(error);
    });
  }
  if (mine === generation) document.body.dataset.ready = String(mine);
}

// For the browser tests: what each chart draws.
(window as unknown as { quartieri: unknown }).quartieri = {
  drawn: () => Object.fromEntries([...panels].map(([id, panel]) => [id, panel.drawnData()])),
  labels: () => Object.fromEntries([...panels].map(([id, panel]) => [id, panel.drawnLabels()])),
  axes: () => Object.fromEntries([...panels].map(([id, panel]) => [id, panel.drawnAxes()])),
  csv: (): Record<string, { name: string; text: string }> => ({
    ...Object.fromEntries([...panels].map(([id, panel]) => [id, panel.csv()])),
    esf: { name: `${esfStem()}.csv`, text: toCsv(esf.toTable(esfRows, texts)) },
  }),
};

void refresh();
