import { formatCount, type Lang } from '../../format.js';
import type { EsfPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { EsfPanelDocument as document } from '../../gql/graphql.js';

type Row = EsfPanelQuery['esfIndicators'][number];

/** One table cell's text and, when not shown (a public count from 1 to threshold − 1), why. */
export function cell(value: number | null, texts: Texts, lang: Lang, threshold: number): { text: string; title?: string } {
  return value === null
    ? { text: formatCount(null, lang, threshold), title: texts.esf.suppressedWhy(threshold) }
    : { text: formatCount(value, lang) };
}

/** The ESF indicators as a table: code, name, women, men, total; blank cells read "< threshold" (the API's). */
export function renderEsfTable(rows: Row[], texts: Texts, lang: Lang, threshold: number): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'esf';
  const head = table.createTHead().insertRow();
  for (const label of [texts.esf.code, texts.esf.name, texts.esf.women, texts.esf.men, texts.esf.total]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.code = row.code;
    tr.insertCell().textContent = row.code;
    tr.insertCell().textContent = texts.esfNames[row.code] ?? row.name;
    for (const value of [row.women, row.men, row.total]) {
      const td = tr.insertCell();
      const { text, title } = cell(value, texts, lang, threshold);
      td.textContent = text;
      td.className = 'number';
      if (title) {
        td.title = title;
        td.classList.add('suppressed');
      }
    }
  }
  return table;
}

export function toCsvRows(rows: Row[]): (string | number | null)[][] {
  return rows.map((r) => [r.code, r.name, r.women, r.men, r.total]);
}
