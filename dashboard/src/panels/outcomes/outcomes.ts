import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { formatCount, type Lang } from '../../format.js';
import type { OutcomesPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { OutcomesPanelDocument as document } from '../../gql/graphql.js';

const PARTS = ['employed', 'unsuccessful', 'withdrawn', 'inProgress'] as const;

/** The reintegration path per project, stacked: employed, unsuccessful, withdrawn, in progress. */
export function toView(data: OutcomesPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.employmentOutcomes.projects;
  return {
    empty: rows.every((r) => PARTS.every((p) => r[p] === 0)),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.project.name),
        datasets: PARTS.map((part) => ({ label: texts.series[part], data: rows.map((r) => r[part]), backgroundColor: COLORS[part] })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    },
    table: {
      columns: [texts.table.projectColumn, ...PARTS.map((p) => texts.series[p])],
      rows: rows.map((r) => [r.project.name, ...PARTS.map((p) => formatCount(r[p], lang))]),
    },
  };
}
