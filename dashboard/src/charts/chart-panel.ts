/**
 * One wrapper owns Chart.js's lifecycle for every panel: it creates the chart once and updates its
 * data in place on every refresh (the panels live as long as the page). It also gives every chart
 * its table view (for screen readers and copying) and its PNG and CSV downloads.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { formatCount, formatMoney, formatMonth, formatShare, LOCALE, type Lang } from '../format.js';
import type { Texts } from '../i18n/it.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Filler, Legend, Tooltip);

// One project's bar is a bar, not a block filling the whole chart.
Chart.defaults.datasets.bar.maxBarThickness = 40;

// Legends: a square for a bar or an area, a dashed line for a target (a dataset drawn dashed).
const legendLabels = Chart.defaults.plugins.legend.labels;
const defaultLegendItems = legendLabels.generateLabels.bind(legendLabels);
legendLabels.usePointStyle = true;
legendLabels.generateLabels = (chart) =>
  defaultLegendItems(chart).map((item) => {
    const dashed = ((chart.data.datasets[item.datasetIndex ?? -1] as { borderDash?: number[] } | undefined)?.borderDash?.length ?? 0) > 0;
    return { ...item, pointStyle: dashed ? 'line' : 'rect', lineWidth: dashed ? 2 : item.lineWidth };
  });

/** What every chart gets whatever its panel asks: drawn at once, and sized by its box. */
const FIXED_OPTIONS = { animation: false, maintainAspectRatio: false, responsive: true } as const;

/**
 * What a table column holds: text (names, codes), a month ("2020-08": "ago 2020" on screen, as it
 * is in the CSV), a count (an integer, or null when the public's figure is hidden), money (the
 * API's exact decimal string, "251883.03") or a share (0.944).
 */
export type ColumnKind = 'text' | 'month' | 'count' | 'money' | 'share';
export interface Column {
  label: string;
  kind: ColumnKind;
}
export type Cell = string | number | null;

/** A chart's figures as a table: what the table view shows (formatted) and the CSV holds (plain). */
export interface TableData {
  columns: Column[];
  rows: Cell[][];
}

export interface PanelView {
  config: ChartConfiguration;
  table: TableData;
  /** A line under the chart (e.g. the projected month, or how the figures are published). */
  note?: string;
  /** The day the figures are for, as the API answered (the public's release day): in file names. */
  asOf: string | null;
}

/** A cell as the table view shows it: "1.234", "251.883,03 €", "94,4%", "ago 2020", "< 10" for a hidden count. */
export function formatCell(kind: ColumnKind, value: Cell, lang: Lang): string {
  if (kind === 'text') return value === null ? '' : String(value);
  if (kind === 'month') return value === null ? '' : formatMonth(String(value), lang);
  if (kind === 'count') return formatCount(value === null ? null : Number(value), lang);
  if (value === null) return '';
  if (kind === 'money') return formatMoney(String(value), lang);
  return formatShare(Number(value), lang);
}

/**
 * A cell as the CSV holds it: plain numbers a spreadsheet or a script reads as they are, whatever
 * the page's language — money as the API's decimal string (251883.03, no "€", no grouping), a
 * share as a percentage with at most one decimal (94.4), a hidden count as an empty cell.
 */
export function plainCell(kind: ColumnKind, value: Cell): string {
  if (value === null) return '';
  if (kind === 'share') return String(Math.round(Number(value) * 1000) / 10);
  return String(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Comma-separated like the API's downloads (the numbers use a decimal point, so a semicolon would
 * not make them Italian), with a BOM so that spreadsheets read the accents of the headers as UTF-8.
 */
export function toCsv(table: TableData): string {
  const lines = [
    table.columns.map((column) => csvField(column.label)),
    ...table.rows.map((row) => table.columns.map((column, i) => csvField(plainCell(column.kind, row[i] ?? null)))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/**
 * A download's name: what it is in the page's language, which project (or all), and the day the
 * figures are for: "finanziamento_PRO_SALOMONE_2020-08-31", "funding_all-projects_2020-08-31".
 */
export function fileStem(what: string, project: string | null, allProjects: string, asOf: string): string {
  return [what, project ?? allProjects, asOf].join('_');
}

export function download(name: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

export function downloadCsv(stem: string, table: TableData): void {
  download(`${stem}.csv`, URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' })));
}

/**
 * Printing: the print stylesheet gives the charts' boxes other sizes, and Chart.js, which sizes its
 * canvas from the box, does not notice by itself before the page is laid out on paper. Every chart
 * is resized when the print media starts (the media query's change, or beforeprint) and again
 * when it ends.
 */
const drawnCharts = new Set<Chart>();
/** The charts' text on paper, in CSS px: the print stylesheet's 10 px text, not the screen's 12. */
const FONT_SIZE = { screen: 12, print: 9 };
function resizeAll(printing: boolean): void {
  Chart.defaults.font.size = printing ? FONT_SIZE.print : FONT_SIZE.screen;
  for (const chart of drawnCharts) {
    chart.resize();
    chart.update('none');
  }
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => resizeAll(true));
  window.addEventListener('afterprint', () => resizeAll(false));
  window.matchMedia('print').addEventListener('change', (event) => resizeAll(event.matches));
}

export class ChartPanel {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly tableHost: HTMLElement;
  private readonly status: HTMLElement;
  private readonly noteLine: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private chart: Chart | undefined;
  private table: TableData = { columns: [], rows: [] };
  private lang: Lang = 'it';
  private stem: string;
  private showingTable = false;

  constructor(
    readonly id: string,
    private texts: Texts,
    title: string,
  ) {
    this.stem = id;
    this.element = document.createElement('section');
    this.element.className = 'panel';
    this.element.dataset.panel = id;
    this.element.innerHTML = `
      <header><h2></h2><div class="tools">
        <button type="button" data-action="table"></button>
        <button type="button" data-action="png"></button>
        <button type="button" data-action="csv"></button>
      </div></header>
      <p class="status" role="status"></p>
      <div class="canvas-box"><canvas role="img"></canvas></div>
      <div class="table-view" hidden></div>
      <p class="note"></p>`;
    this.element.querySelector('h2')!.textContent = title;
    this.canvas = this.element.querySelector('canvas')!;
    this.canvas.setAttribute('aria-label', title);
    this.tableHost = this.element.querySelector('.table-view')!;
    this.status = this.element.querySelector('.status')!;
    this.noteLine = this.element.querySelector('.note')!;
    this.toggle = this.element.querySelector('[data-action="table"]')!;
    this.toggle.addEventListener('click', () => this.setTableView(!this.showingTable));
    this.element.querySelector('[data-action="png"]')!.addEventListener('click', () => {
      if (this.chart) download(`${this.stem}.png`, this.chart.toBase64Image('image/png', 1));
    });
    this.element.querySelector('[data-action="csv"]')!.addEventListener('click', () => downloadCsv(this.stem, this.table));
    this.setTexts(texts, title);
  }

  setTexts(texts: Texts, title: string): void {
    this.texts = texts;
    this.element.querySelector('h2')!.textContent = title;
    this.canvas.setAttribute('aria-label', title);
    this.toggle.textContent = this.showingTable ? texts.table.hide : texts.table.show;
    this.element.querySelector('[data-action="png"]')!.textContent = texts.table.png;
    this.element.querySelector('[data-action="csv"]')!.textContent = texts.table.csv;
  }

  loading(): void {
    this.element.dataset.state = 'loading';
    this.status.textContent = this.texts.loading;
  }

  failed(message: string, retry: () => void): void {
    this.element.dataset.state = 'error';
    this.status.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.texts.retry;
    button.addEventListener('click', retry);
    this.status.append(' ', button);
  }

  /**
   * Draws (or redraws in place) the chart and its table in `lang`; `empty` shows the empty state
   * instead; `stem` names the PNG and CSV downloads (see fileStem).
   */
  show(view: PanelView, empty: boolean, lang: Lang, stem: string): void {
    this.element.dataset.state = empty ? 'empty' : 'ready';
    this.status.textContent = empty ? this.texts.empty : '';
    this.table = view.table;
    this.lang = lang;
    this.stem = stem;
    this.noteLine.textContent = view.note ?? '';
    const options = { ...FIXED_OPTIONS, locale: LOCALE[lang], ...view.config.options };
    if (!this.chart) {
      this.chart = new Chart(this.canvas, { ...view.config, options });
      drawnCharts.add(this.chart);
    } else {
      this.chart.data = view.config.data;
      this.chart.options = options;
      this.chart.update();
    }
    this.renderTable();
  }

  /** The chart as a PNG data URL (for the newsletter page), or null before it is drawn. */
  png(): string | null {
    return this.chart ? this.chart.toBase64Image('image/png', 1) : null;
  }

  title(): string {
    return this.element.querySelector('h2')!.textContent ?? '';
  }

  /** The numbers the chart is drawing now (for tests and for the curious). */
  drawnData(): unknown {
    return this.chart?.data.datasets.map((d) => d.data);
  }

  /** The labels of the chart's category axis (for tests). */
  drawnLabels(): unknown {
    return this.chart?.data.labels;
  }

  /** The tick labels of each axis as drawn, and the plot area in canvas CSS px (for tests). */
  drawnAxes(): { ticks: Record<string, unknown[]>; area: { left: number; top: number; right: number; bottom: number } } | null {
    if (!this.chart) return null;
    const { left, top, right, bottom } = this.chart.chartArea;
    return {
      ticks: Object.fromEntries(Object.entries(this.chart.scales).map(([id, scale]) => [id, scale.ticks.map((tick) => tick.label)])),
      area: { left, top, right, bottom },
    };
  }

  /** The table the CSV holds, and the name of its file (for tests). */
  csv(): { name: string; text: string } {
    return { name: `${this.stem}.csv`, text: toCsv(this.table) };
  }

  private setTableView(on: boolean): void {
    this.showingTable = on;
    this.tableHost.hidden = !on;
    this.element.querySelector<HTMLElement>('.canvas-box')!.hidden = on;
    this.toggle.textContent = on ? this.texts.table.hide : this.texts.table.show;
  }

  private renderTable(): void {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    // Figures read from the right, under headers aligned like them; names, months and codes from the left.
    const numbers = this.table.columns.map((column) => column.kind !== 'text' && column.kind !== 'month');
    this.table.columns.forEach((column, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.label;
      if (numbers[i]) th.className = 'number';
      head.append(th);
    });
    const body = table.createTBody();
    for (const row of this.table.rows) {
      const tr = body.insertRow();
      this.table.columns.forEach((column, i) => {
        const td = tr.insertCell();
        td.textContent = formatCell(column.kind, row[i] ?? null, this.lang);
        if (numbers[i]) td.className = 'number';
      });
    }
    this.tableHost.replaceChildren(table);
  }
}
