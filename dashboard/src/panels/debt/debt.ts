import type { PanelView } from '../../charts/chart-panel.js';
import { COLORS } from '../../charts/colors.js';
import { programmeEnd, untilStoryEnds } from '../../charts/time-axis.js';
import { euros, formatDate, formatEuros, formatMoney, formatMonth, type Lang } from '../../format.js';
import type { DebtPanelQuery } from '../../gql/graphql.js';
import type { Texts } from '../../i18n/it.js';

export { DebtPanelDocument as document } from '../../gql/graphql.js';

/**
 * Debt recovered, cumulative at each month end (the periods the public's monthly release allows),
 * as two stacked areas: repayments and withholding. The months run to the later of the projects'
 * end and the last month an amount changes (never past the as-of month). The note says how the
 * figures are published: for the public, perturbed per project, so a total may dip slightly.
 */
export function toView(data: DebtPanelQuery, texts: Texts, lang: Lang): PanelView & { empty: boolean } {
  const all = data.debtRecovery.monthly;
  const end = programmeEnd(data.debtRecovery.projects.map((p) => p.project.endDate));
  const months = untilStoryEnds(all, (m) => [euros(m.repayments), euros(m.withholding)], end);
  const asOf = formatDate(data.debtRecovery.asOf, lang);
  const policy = data.disclosurePolicy;
  const notes = [
    policy.yourFigures === 'PROTECTED'
      ? texts.debtNote.published(asOf, formatMoney(policy.maxMoneyNoise, lang))
      : texts.debtNote.exact(asOf),
    months.length < all.length && months.length > 0 ? texts.series.until(formatMonth(months.at(-1)!.month, lang)) : undefined,
  ].filter((note) => note !== undefined);
  const area = (label: string, color: string, fill: string | boolean, pick: (m: (typeof months)[number]) => string) => ({
    label,
    data: months.map((m) => euros(pick(m))),
    borderColor: color,
    backgroundColor: `${color}b3`,
    fill,
    pointRadius: 2,
    borderWidth: 1.5,
  });
  return {
    asOf: data.debtRecovery.asOf,
    empty: months.every((m) => euros(m.total) === 0),
    note: notes.join(' '),
    config: {
      type: 'line',
      data: {
        labels: months.map((m) => formatMonth(m.month, lang)),
        datasets: [
          area(texts.series.repayments, COLORS.repayments, 'origin', (m) => m.repayments),
          area(texts.series.withholding, COLORS.withholding, '-1', (m) => m.withholding),
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { stacked: true, beginAtZero: true, ticks: { callback: (v) => formatEuros(Number(v), lang) } } },
        plugins: {
          tooltip: {
            callbacks: {
              label: (c) => {
                const month = months[c.dataIndex]!;
                return `${c.dataset.label}: ${formatMoney(c.datasetIndex === 0 ? month.repayments : month.withholding, lang)}`;
              },
              footer: (items) => (items[0] ? `${texts.esf.total}: ${formatMoney(months[items[0].dataIndex]!.total, lang)}` : ''),
            },
          },
        },
      },
    },
    table: {
      columns: [
        { label: texts.table.month, kind: 'month' },
        { label: texts.table.repayments, kind: 'money' },
        { label: texts.table.withholding, kind: 'money' },
      ],
      rows: months.map((m) => [m.month, m.repayments, m.withholding]),
    },
  };
}
