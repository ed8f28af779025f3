import type { TableData } from '../../charts/chart-panel.js';
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

/**
 * The ESF indicators as a table: code, name, women, men, total; blank cells read "< threshold" (the
 * API's). The figures' headers and cells are `.number` (right-aligned). On a phone the stylesheet
 * lays each row out as two lines (code and figures, then the name); the ARIA roles keep it a table
 * for screen readers, which drop a table's roles once its rows are not displayed as table rows.
 */
export function renderEsfTable(rows: Row[], texts: Texts, lang: Lang, threshold: number): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'esf';
  table.setAttribute('role', 'table');
  const head = table.createTHead().insertRow();
  head.setAttribute('role', 'row');
  [texts.esf.code, texts.esf.name, texts.esf.women, texts.esf.men, texts.esf.total].forEach((label, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.setAttribute('role', 'columnheader');
    th.textContent = label;
    if (i >= 2) th.className = 'number';
    head.append(th);
  });
  table.tHead!.setAttribute('role', 'rowgroup');
  const body = table.createTBody();
  body.setAttribute('role', 'rowgroup');
  for (const row of rows) {
    const tr = body.insertRow();
    tr.setAttribute('role', 'row');
    tr.dataset.code = row.code;
    const name = texts.esfNames[row.code] ?? row.name;
    const code = tr.insertCell();
    code.textContent = row.code;
    code.title = name;
    tr.insertCell().textContent = name;
    for (const cellElement of tr.cells) cellElement.setAttribute('role', 'cell');
    for (const value of [row.women, row.men, row.total]) {
      const td = tr.insertCell();
      td.setAttribute('role', 'cell');
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

/** The table as the CSV holds it: headers and indicator names in the page's language, plain counts (a hidden one empty). */
export function toTable(rows: Row[], texts: Texts): TableData {
  return {
    columns: [
      { label: texts.esf.code, kind: 'text' },
      { label: texts.esf.name, kind: 'text' },
      { label: texts.esf.women, kind: 'count' },
      { label: texts.esf.men, kind: 'count' },
      { label: texts.esf.total, kind: 'count' },
    ],
    rows: rows.map((r) => [r.code, texts.esfNames[r.code] ?? r.name, r.women, r.men, r.total]),
  };
}
