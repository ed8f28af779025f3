import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { formatCount, formatMonth, type Lang } from '../../format.js';
import type { ReachOverTimePanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { ReachOverTimePanelDocument as document } from '../../gql/graphql.js';

/**
 * People reached, cumulative, summed over the projects shown, with the summed target. A month a
 * project's series leaves out (suppressed for the public) carries its last shown value forward.
 */
export function cumulativeTotal(rows: ReachOverTimePanelQuery['participation']): { month: string; value: number }[] {
  const months = [...new Set(rows.flatMap((r) => r.cumulative.map((p) => p.month)))].sort();
  return months.map((month) => ({
    month,
    value: rows.reduce((sum, r) => {
      const last = r.cumulative.filter((p) => p.month <= month).at(-1);
      return sum + (last?.value ?? 0);
    }, 0),
  }));
}

export function toView(data: ReachOverTimePanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const rows = data.participation;
  const series = cumulativeTotal(rows);
  const target = rows.reduce((sum, r) => sum + r.target, 0);
  const one = rows.length === 1 ? rows[0] : undefined;
  const note = one?.targetReachedMonth
    ? texts.series.reachedIn(formatMonth(one.targetReachedMonth, lang))
    : one?.projectedTargetMonth
      ? texts.series.projected(formatMonth(one.projectedTargetMonth, lang))
      : undefined;
  return {
    empty: series.every((p) => p.value === 0),
    note,
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
          { label: texts.series.target, data: series.map(() => target), borderColor: COLORS.target, borderDash: [6, 4], pointRadius: 0 },
        ],
      },
      options: { scales: { y: { beginAtZero: true } } },
    },
    table: {
      columns: [texts.table.month, texts.series.reached, texts.series.target],
      rows: series.map((p) => [formatMonth(p.month, lang), formatCount(p.value, lang), formatCount(target, lang)]),
    },
  };
}
