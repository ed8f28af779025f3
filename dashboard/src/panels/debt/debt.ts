import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { euros, formatMoney, formatMonth, type Lang } from '../../format.js';
import type { DebtPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { DebtPanelDocument as document } from '../../gql/graphql.js';

/** Debt recovered, cumulative by month, stacked: repayments and withholding. */
export function toView(data: DebtPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const months = data.debtRecovery.monthly;
  return {
    empty: months.every((m) => euros(m.total) === 0),
    config: {
      type: 'bar',
      data: {
        labels: months.map((m) => formatMonth(m.month, lang)),
        datasets: [
          { label: texts.series.repayments, data: months.map((m) => euros(m.repayments)), backgroundColor: COLORS.repayments },
          { label: texts.series.withholding, data: months.map((m) => euros(m.withholding)), backgroundColor: COLORS.withholding },
        ],
      },
      options: {
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => formatMoney(String(v), lang) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatMoney(String(c.parsed.y), lang)}` } } },
      },
    },
    table: {
      columns: [texts.table.month, texts.series.repayments, texts.series.withholding],
      rows: months.map((m) => [formatMonth(m.month, lang), formatMoney(m.repayments, lang), formatMoney(m.withholding, lang)]),
    },
  };
}
