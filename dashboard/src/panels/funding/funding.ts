import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { euros, formatEuros, formatMoney, wrapWords, type Lang } from '../../format.js';
import type { FundingPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { FundingPanelDocument as document } from '../../gql/graphql.js';

/**
 * Funding per project: one horizontal bar each (every project's name whole beside it), LEAD and
 * PARTNER told apart by colour and legend; euro on the axis, the exact amount in the tooltip.
 */
export function toView(data: FundingPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.fundingSummary.projects;
  const byRole = (role: 'LEAD' | 'PARTNER') => rows.map((r) => (r.project.alerRole === role ? euros(r.awarded) : null));
  return {
    asOf: data.fundingSummary.asOf,
    empty: rows.every((r) => euros(r.awarded) === 0),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrapWords(r.project.name)),
        datasets: [
          { label: texts.series.lead, data: byRole('LEAD'), backgroundColor: COLORS.lead, skipNull: true } as never,
          { label: texts.series.partner, data: byRole('PARTNER'), backgroundColor: COLORS.partner, skipNull: true } as never,
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            ticks: { maxRotation: 0, maxTicksLimit: 5, callback: (v) => formatEuros(Number(v), lang) },
          },
          y: { stacked: true, ticks: { autoSkip: false } },
        },
        plugins: {
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatMoney(rows[c.dataIndex]!.awarded, lang)}` } },
        },
      },
    },
    table: {
      columns: [
        { label: texts.table.projectColumn, kind: 'text' },
        { label: texts.table.role, kind: 'text' },
        { label: texts.table.awarded, kind: 'money' },
      ],
      rows: rows.map((r) => [r.project.name, r.project.alerRole === 'LEAD' ? texts.series.lead : texts.series.partner, r.awarded]),
    },
  };
}
