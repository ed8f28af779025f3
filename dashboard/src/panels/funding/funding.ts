import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { euros, formatMoney, type Lang } from '../../format.js';
import type { FundingPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { FundingPanelDocument as document } from '../../gql/graphql.js';

/** Funding per project: one bar each, LEAD and PARTNER told apart by colour and legend. */
export function toView(data: FundingPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.fundingSummary.projects;
  const byRole = (role: 'LEAD' | 'PARTNER') => rows.map((r) => (r.project.alerRole === role ? euros(r.awarded) : null));
  return {
    empty: rows.every((r) => euros(r.awarded) === 0),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.project.name),
        datasets: [
          { label: texts.series.lead, data: byRole('LEAD'), backgroundColor: COLORS.lead, skipNull: true } as never,
          { label: texts.series.partner, data: byRole('PARTNER'), backgroundColor: COLORS.partner, skipNull: true } as never,
        ],
      },
      options: {
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => formatMoney(String(v), lang) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatMoney(String(c.parsed.y), lang)}` } } },
      },
    },
    table: {
      columns: [texts.table.projectColumn, texts.panels.funding],
      rows: rows.map((r) => [r.project.name, formatMoney(r.awarded, lang)]),
    },
  };
}
