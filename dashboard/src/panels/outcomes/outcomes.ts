import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { formatCount, wrapWords, type Lang } from '../../format.js';
import type { OutcomesPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { OutcomesPanelDocument as document } from '../../gql/graphql.js';

const PARTS = ['employed', 'unsuccessful', 'withdrawn', 'inProgress'] as const;

/** The reintegration path per project, stacked horizontal bars: employed, unsuccessful, withdrawn, in progress. */
export function toView(data: OutcomesPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.employmentOutcomes.projects;
  return {
    asOf: data.employmentOutcomes.asOf,
    empty: rows.every((r) => PARTS.every((p) => r[p] === 0)),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrapWords(r.project.name)),
        datasets: PARTS.map((part) => ({ label: texts.series[part], data: rows.map((r) => r[part]), backgroundColor: COLORS[part] })),
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { maxRotation: 0, callback: (v) => formatCount(Number(v), lang) } },
          y: { stacked: true, ticks: { autoSkip: false } },
        },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatCount(c.parsed.x, lang)}` } } },
      },
    },
    table: {
      columns: [
        { label: texts.table.projectColumn, kind: 'text' },
        ...PARTS.map((p) => ({ label: texts.series[p], kind: 'count' as const })),
      ],
      rows: rows.map((r) => [r.project.name, ...PARTS.map((p) => r[p])]),
    },
  };
}
