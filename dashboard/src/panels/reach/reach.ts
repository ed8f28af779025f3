import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { formatCount, formatShare, type Lang } from '../../format.js';
import type { ReachPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { ReachPanelDocument as document } from '../../gql/graphql.js';

/** People reached per project as bars, the involvement target drawn as a line across them. */
export function toView(data: ReachPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.participation;
  return {
    empty: rows.every((r) => r.peopleReached === 0),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.project.name),
        datasets: [
          { type: 'bar', label: texts.series.reached, data: rows.map((r) => r.peopleReached), backgroundColor: COLORS.reached, order: 2 },
          {
            type: 'line',
            label: texts.series.target,
            data: rows.map((r) => r.target),
            borderColor: COLORS.target,
            borderDash: [6, 4],
            pointRadius: 0,
            order: 1,
          },
        ] as never,
      },
      options: { scales: { y: { beginAtZero: true } } },
    },
    table: {
      columns: [texts.table.projectColumn, texts.series.reached, texts.series.target, '%'],
      rows: rows.map((r) => [
        r.project.name,
        formatCount(r.peopleReached, lang),
        formatCount(r.target, lang),
        formatShare(r.shareOfTarget, lang),
      ]),
    },
  };
}
