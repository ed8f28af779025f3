import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { targetMarks } from '../../charts/target-marks.js';
import { formatCount, wrapWords, type Lang } from '../../format.js';
import type { ReachPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { ReachPanelDocument as document } from '../../gql/graphql.js';

/** People reached per project as horizontal bars, each project's involvement target a dashed mark across its bar. */
export function toView(data: ReachPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.participation;
  return {
    asOf: rows[0]?.asOf ?? null,
    empty: rows.every((r) => r.peopleReached === 0),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrapWords(r.project.name)),
        datasets: [
          { type: 'bar', label: texts.series.reached, data: rows.map((r) => r.peopleReached), backgroundColor: COLORS.reached, order: 2 },
          {
            // Drawn by targetMarks, one mark per bar; the line itself stays invisible.
            type: 'line',
            label: texts.series.target,
            data: rows.map((r) => r.target),
            borderColor: COLORS.target,
            backgroundColor: COLORS.target,
            borderDash: [6, 4],
            showLine: false,
            pointRadius: 0,
            pointHoverRadius: 0,
            order: 1,
          },
        ] as never,
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { beginAtZero: true, ticks: { maxRotation: 0, callback: (v) => formatCount(Number(v), lang) } },
          y: { ticks: { autoSkip: false } },
        },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatCount(c.parsed.x, lang)}` } } },
      },
      plugins: [targetMarks(1)],
    },
    table: {
      columns: [
        { label: texts.table.projectColumn, kind: 'text' },
        { label: texts.series.reached, kind: 'count' },
        { label: texts.series.target, kind: 'count' },
        { label: texts.table.share, kind: 'share' },
      ],
      rows: rows.map((r) => [r.project.name, r.peopleReached, r.target, r.shareOfTarget]),
    },
  };
}
