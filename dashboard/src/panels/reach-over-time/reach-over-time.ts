import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { monthOf, programmeEnd, untilStoryEnds } from '../../charts/time-axis.js';
import { formatCount, formatMonth, type Lang } from '../../format.js';
import type { ReachOverTimePanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { ReachOverTimePanelDocument as document } from '../../gql/graphql.js';

/**
 * People reached, cumulative, summed over the projects shown, with the summed target. A month a
 * project's series leaves out (suppressed for the public) carries its last shown value forward.
 */
export function cumulativeTotal(
  rows: Pick<ReachOverTimePanelQuery['participation'][number], 'cumulative'>[],
): { month: string; value: number }[] {
  const months = [...new Set(rows.flatMap((r) => r.cumulative.map((p) => p.month)))].sort();
  return months.map((month) => ({
    month,
    value: rows.reduce((sum, r) => {
      const last = r.cumulative.filter((p) => p.month <= month).at(-1);
      return sum + (last?.value ?? 0);
    }, 0),
  }));
}

/**
 * The months up to the later of the projects' end and the last month anyone new was reached (never
 * past the as-of month); the target is 500 per project, 500 × n for n projects.
 */
export function toView(data: ReachOverTimePanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.participation;
  const all = cumulativeTotal(rows);
  const end = programmeEnd(rows.map((r) => r.project.endDate));
  const series = untilStoryEnds(all, (p) => [p.value], end);
  const target = rows.reduce((sum, r) => sum + r.target, 0);
  const one = rows.length === 1 ? rows[0] : undefined;
  const running = end !== null && rows[0] !== undefined && rows[0].asOf <= end;
  const notes = [
    one?.targetReachedMonth
      ? texts.series.reachedIn(formatMonth(one.targetReachedMonth, lang))
      : // A pace projected past the projects' end would promise what can no longer happen.
        one?.projectedTargetMonth && running && one.projectedTargetMonth <= monthOf(end)
        ? texts.series.projected(formatMonth(one.projectedTargetMonth, lang))
        : undefined,
    series.length < all.length && series.length > 0 ? texts.series.until(formatMonth(series.at(-1)!.month, lang)) : undefined,
  ].filter((note) => note !== undefined);
  return {
    asOf: rows[0]?.asOf ?? null,
    empty: series.every((p) => p.value === 0),
    note: notes.length > 0 ? notes.join(' ') : undefined,
    config: {
      type: 'line',
      data: {
        labels: series.map((p) => formatMonth(p.month, lang)),
        datasets: [
          {
            label: texts.series.reached,
            data: series.map((p) => p.value),
            borderColor: COLORS.reached,
            backgroundColor: COLORS.reached,
            pointRadius: 0,
            fill: false,
          },
          {
            label: texts.series.target,
            data: series.map(() => target),
            borderColor: COLORS.target,
            backgroundColor: COLORS.target,
            borderDash: [6, 4],
            pointRadius: 0,
          },
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => formatCount(Number(v), lang) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatCount(c.parsed.y, lang)}` } } },
      },
    },
    table: {
      columns: [
        { label: texts.table.month, kind: 'month' },
        { label: texts.series.reached, kind: 'count' },
        { label: texts.series.target, kind: 'count' },
      ],
      rows: series.map((p) => [p.month, p.value, target]),
    },
  };
}
