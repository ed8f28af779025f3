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
import type { Texts } from '../i18n/it.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Filler, Legend, Tooltip);

/** What every chart gets whatever its panel asks: drawn at once, and sized by its box. */
const FIXED_OPTIONS = { animation: false, maintainAspectRatio: false, responsive: true } as const;

/** A chart's figures as a table: what the table view shows and the CSV holds. */
export interface TableData {
  columns: string[];
  rows: (string | number | null)[][];
}

export interface PanelView {
  config: ChartConfiguration;
  table: TableData;
  /** A line under the chart (e.g. the projected month). */
  note?: string;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Semicolon-separated with a BOM, as Italian spreadsheets open it. */
export function toCsv(table: TableData): string {
  return `\uFEFF${[table.columns, ...table.rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A number as the tables write it: "1.234", "251.303,91 €", "€251,883.03", "55 %", "< 10". */
const NUMBER_TEXT = /^(< ?)?[-−+]?(€\s?)?\d[\d.,\s\u00a0\u202f]*(\s?[€%])?$/;

/** Whether a table column holds figures (every filled cell a number), to right-align it with its header. */
export function isNumberColumn(rows: TableData['rows'], column: number): boolean {
  const values = rows.map((row) => row[column] ?? null).filter((value) => value !== null && value !== '');
  return values.length > 0 && values.every((value) => typeof value === 'number' || NUMBER_TEXT.test(value!.trim()));
}

function download(name: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
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
  private showingTable = false;

  constructor(
    readonly id: string,
    private texts: Texts,
    title: string,
  ) {
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
      if (this.chart) download(`${this.id}.png`, this.chart.toBase64Image('image/png', 1));
    });
    this.element.querySelector('[data-action="csv"]')!.addEventListener('click', () => {
      download(`${this.id}.csv`, URL.createObjectURL(new Blob([toCsv(this.table)], { type: 'text/csv;charset=utf-8' })));
    });
    this.setTexts(texts, title);
  }

  setTexts(texts: Texts, title: string): void {
    this.texts = texts;
    this.element.querySelector('h2')!.textContent = title;
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

  /** Draws (or redraws in place) the chart and its table; `empty` shows the empty state instead. */
  show(view: PanelView, empty: boolean): void {
    this.element.dataset.state = empty ? 'empty' : 'ready';
    this.status.textContent = empty ? this.texts.empty : '';
    this.table = view.table;
    this.noteLine.textContent = view.note ?? '';
    if (!this.chart) {
      this.chart = new Chart(this.canvas, { ...view.config, options: { ...FIXED_OPTIONS, ...view.config.options } });
    } else {
      this.chart.data = view.config.data;
      this.chart.options = { ...FIXED_OPTIONS, ...view.config.options };
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

  private setTableView(on: boolean): void {
    this.showingTable = on;
    this.tableHost.hidden = !on;
    this.element.querySelector<HTMLElement>('.canvas-box')!.hidden = on;
    this.toggle.textContent = on ? this.texts.table.hide : this.texts.table.show;
  }

  private renderTable(): void {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    const numbers = this.table.columns.map((_, i) => isNumberColumn(this.table.rows, i));
    this.table.columns.forEach((column, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column;
      if (numbers[i]) th.className = 'number';
      head.append(th);
    });
    const body = table.createTBody();
    for (const row of this.table.rows) {
      const tr = body.insertRow();
      row.forEach((value, i) => {
        const td = tr.insertCell();
        td.textContent = value === null ? '' : String(value);
        if (numbers[i]) td.className = 'number';
      });
    }
    this.tableHost.replaceChildren(table);
  }
}
