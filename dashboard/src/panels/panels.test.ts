import type { Chart } from 'chart.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveAsOf } from '../as-of.js';
import { fileStem, formatCell, plainCell, toCsv } from '../charts/chart-panel.js';
import { untilStoryEnds } from '../charts/time-axis.js';
import type { DebtPanelQuery, ReachOverTimePanelQuery } from '../gql/graphql.js';
import { en } from '../i18n/en.js';
import { it as italian } from '../i18n/it.js';
import { toView as debtView } from './debt/debt.js';
import { cell, toTable as esfTable } from './esf/esf.js';
import { toView as fundingView } from './funding/funding.js';
import { toView as outcomesView } from './outcomes/outcomes.js';
import { cumulativeTotal, toView as reachOverTimeView } from './reach-over-time/reach-over-time.js';
import { toView as reachView } from './reach/reach.js';

const project = (code: string, alerRole: 'LEAD' | 'PARTNER') => ({ code, name: code, alerRole });

describe('funding: LEAD and PARTNER in two series', () => {
  it.each([
    [
      [
        ['A', 'LEAD', '100.50'],
        ['B', 'PARTNER', '200.00'],
      ],
      [
        [100.5, null],
        [null, 200],
      ],
      false,
    ],
    [[['A', 'LEAD', '0.00']], [[0], [null]], true],
  ] as const)('%j', (rows, series, empty) => {
    const view = fundingView(
      {
        fundingSummary: {
          asOf: '2020-08-31',
          projects: rows.map(([code, role, awarded]) => ({
            project: project(code, role),
            awarded,
            allowancesCommitted: '0.00',
            withheld: '0.00',
          })),
        },
      },
      italian,
      'it',
    );
    expect(view.config.data.datasets.map((d) => d.data)).toEqual(series);
    expect(view.empty).toBe(empty);
  });
});

describe('people reached over time, summed over projects', () => {
  it.each([
    // two projects; B's February is hidden (suppressed): its January value carries forward
    [
      [
        [
          ['2019-01', 10],
          ['2019-02', 25],
        ],
        [['2019-01', 12]],
      ],
      [
        ['2019-01', 22],
        ['2019-02', 37],
      ],
    ],
    [[[['2019-03', 0]]], [['2019-03', 0]]],
    [[], []],
  ] as const)('%j → %j', (series, expected) => {
    const rows = series.map((points, i) => ({
      project: { code: `P${i}` },
      target: 500,
      cumulative: points.map(([month, value]) => ({ month, value })),
      targetReachedMonth: null,
      projectedTargetMonth: null,
    }));
    expect(cumulativeTotal(rows).map((p) => [p.month, p.value])).toEqual(expected);
  });

  it('notes the projected month of a single project, in the language shown', () => {
    const view = reachOverTimeView(
      {
        participation: [
          {
            asOf: '2019-01-31',
            project: { code: 'A', endDate: '2020-08-31' },
            target: 500,
            cumulative: [{ month: '2019-01', value: 100 }],
            targetReachedMonth: null,
            projectedTargetMonth: '2020-03',
          },
        ],
      },
      en,
      'en',
    );
    expect(view.note).toBe('At the pace of the last three months, target reached in Mar 2020.');
    expect(view.config.data.datasets[1]!.data).toEqual([500]);
  });
});

describe('outcomes: four stacked series per project', () => {
  it('maps each outcome to its series and says empty when nobody is on the path', () => {
    const row = { project: { code: 'A', name: 'A' }, employed: 3, unsuccessful: 2, withdrawn: 1, inProgress: 4 };
    const view = outcomesView({ employmentOutcomes: { asOf: '2020-08-31', projects: [row] } }, italian, 'it');
    expect(view.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Al lavoro', [3]],
      ['Senza esito', [2]],
      ['Ritirati', [1]],
      ['In corso', [4]],
    ]);
    expect(
      outcomesView(
        { employmentOutcomes: { asOf: '2020-08-31', projects: [{ ...row, employed: 0, unsuccessful: 0, withdrawn: 0, inProgress: 0 }] } },
        italian,
        'it',
      ).empty,
    ).toBe(true);
  });
});

describe('ESF cells and CSV', () => {
  it.each([
    [null, 10, '< 10', true],
    [null, 5, '< 5', true],
    [0, 10, '0', false],
    [12345, 10, '12.345', false],
  ] as const)('%s with threshold %s → %s', (value, threshold, text, why) => {
    const result = cell(value, italian, 'it', threshold);
    expect(result.text).toBe(text);
    expect(Boolean(result.title)).toBe(why);
    if (why) expect(result.title).toContain(`inferiore a ${threshold}`);
  });

  it('writes the indicators in the CSV under headers and names in the page language, counts plain, a hidden one empty', () => {
    const rows = [
      { code: 'CO01', name: 'Unemployed, including long-term unemployed', women: 1234, men: null, total: 1240, suppressed: true },
    ];
    expect(toCsv(esfTable(rows, italian))).toBe(
      '\uFEFFCodice,Indicatore,Donne,Uomini,Totale\r\nCO01,"Disoccupati, compresi i disoccupati di lungo periodo",1234,,1240\r\n',
    );
    expect(toCsv(esfTable(rows, en))).toBe(
      '\uFEFFCode,Indicator,Women,Men,Total\r\nCO01,"Unemployed, including long-term unemployed",1234,,1240\r\n',
    );
  });
});

describe('chart CSVs: plain numbers, headers in the page language', () => {
  it('writes the funding chart with money as the exact decimal, no euro sign, no grouping', () => {
    const data = {
      fundingSummary: {
        asOf: '2020-08-31',
        projects: [
          { project: project('PRO_SALOMONE', 'LEAD'), awarded: '251883.03', allowancesCommitted: '0.00', withheld: '0.00' },
          {
            project: { code: 'X', name: 'Quartiere, in corso', alerRole: 'PARTNER' as const },
            awarded: '1000.00',
            allowancesCommitted: '0.00',
            withheld: '0.00',
          },
        ],
      },
    };
    expect(toCsv(fundingView(data, italian, 'it').table)).toBe(
      '\uFEFFProgetto,Ruolo di ALER,Finanziamento assegnato (€)\r\nPRO_SALOMONE,ALER capofila,251883.03\r\n"Quartiere, in corso",ALER partner,1000.00\r\n',
    );
    expect(toCsv(fundingView(data, en, 'en').table).split('\r\n')[0]).toBe('\uFEFFProject,ALER’s role,Funding awarded (€)');
  });

  it.each([
    ['count', 4135, '4.135', '4135'],
    ['count', null, '< 10', ''],
    ['money', '251883.03', '251.883,03 €', '251883.03'],
    ['share', 0.9444, '94,4%', '94.4'],
    ['month', '2020-08', 'ago 2020', '2020-08'],
    ['text', 'GOLab', 'GOLab', 'GOLab'],
  ] as const)('a %s cell %j reads %s in the table view and %s in the CSV', (kind, value, shown, plain) => {
    expect(formatCell(kind, value, 'it').replace(/[\u00a0\u202f]/g, ' ')).toBe(shown);
    expect(plainCell(kind, value)).toBe(plain);
  });

  it('quotes what a comma-separated file must quote', () => {
    expect(
      toCsv({
        columns: [
          { label: 'Progetto', kind: 'text' },
          { label: 'Valore', kind: 'count' },
        ],
        rows: [
          ['A, B', 1],
          ['"C"', null],
        ],
      }),
    ).toBe('\uFEFFProgetto,Valore\r\n"A, B",1\r\n"""C""",\r\n');
  });

  it.each([
    ['finanziamento', 'PRO_SALOMONE', '2020-08-31', 'finanziamento_PRO_SALOMONE_2020-08-31'],
    ['funding', null, '2020-08-31', 'funding_all-projects_2020-08-31'],
  ])('names the file %s for %s as of %s', (what, projectCode, asOf, name) => {
    expect(fileStem(what, projectCode, what === 'funding' ? en.files.allProjects : italian.files.allProjects, asOf)).toBe(name);
  });
});

describe('time axes end where the story ends', () => {
  const months = (from: string, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const [y, m] = from.split('-').map(Number) as [number, number];
      const d = new Date(Date.UTC(y, m - 1 + i, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });

  it('stops at the programme end when nothing changes afterwards (not six years of a flat line)', () => {
    const points = months('2018-09', 98).map((month, i) => ({ month, value: Math.min(i, 23) * 10 }));
    const shown = untilStoryEnds(points, (p) => [p.value], '2020-08-31');
    expect(shown.at(-1)!.month).toBe('2020-08');
  });

  it('runs on to the last month a figure changes after the end (repayments until February 2021)', () => {
    const points = months('2018-09', 98).map((month, i) => ({ month, value: Math.min(i, 29) }));
    expect(untilStoryEnds(points, (p) => [p.value], '2020-08-31').at(-1)!.month).toBe('2021-02');
  });

  it('never goes past the as-of month (the series ends there)', () => {
    const points = months('2018-09', 10).map((month, i) => ({ month, value: i }));
    expect(untilStoryEnds(points, (p) => [p.value], '2020-08-31')).toEqual(points);
  });

  it('keeps a prefix with every change and every month up to the end, and nothing but flat months after', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (steps, endIndex) => {
        const all = months('2018-09', steps.length);
        let total = 0;
        const points = all.map((month, i) => ({ month, value: (total += steps[i]!) }));
        const end = `${months('2018-09', endIndex + 1).at(-1)!}-28`;
        const shown = untilStoryEnds(points, (p) => [p.value], end);
        expect(points.slice(0, shown.length)).toEqual(shown);
        for (const [i, point] of points.entries()) {
          const changed = point.value !== (i === 0 ? 0 : points[i - 1]!.value);
          if (changed || point.month <= end.slice(0, 7)) expect(i).toBeLessThan(shown.length);
        }
      }),
    );
  });

  const participation = (cumulative: [string, number][], asOf: string): ReachOverTimePanelQuery => ({
    participation: [
      {
        asOf,
        project: { code: 'GOLAB', endDate: '2020-08-31' },
        target: 500,
        cumulative: cumulative.map(([month, value]) => ({ month, value })),
        targetReachedMonth: null,
        projectedTargetMonth: '2027-01',
      },
    ],
  });

  it('draws people reached over time to the end, says why it stops there, and projects nothing past the end', () => {
    const view = reachOverTimeView(
      participation(
        months('2018-09', 98).map((month, i) => [month, Math.min(i, 23) * 10]),
        '2026-10-31',
      ),
      italian,
      'it',
    );
    expect(view.config.data.labels!.at(-1)).toBe('ago 2020');
    expect(view.note).toBe('Dopo ago 2020 le cifre non cambiano più: il grafico si ferma lì.');
    expect(view.config.data.datasets[1]!.data.at(-1)).toBe(500);
  });
});

const debtData = (yourFigures: 'EXACT' | 'PROTECTED'): DebtPanelQuery => ({
  debtRecovery: {
    asOf: '2020-08-31',
    monthly: [
      { month: '2020-07', repayments: '1000.50', withholding: '200.00', total: '1200.50' },
      { month: '2020-08', repayments: '251883.03', withholding: '300.00', total: '252183.03' },
    ],
    projects: [{ project: { code: 'GOLAB', endDate: '2020-08-31' } }],
  },
  disclosurePolicy: { yourFigures, maxMoneyNoise: '2750.50' },
});

describe('the debt chart', () => {
  it('says under the chart how the public series is published, and what a key sees', () => {
    const published = debtView(debtData('PROTECTED'), italian, 'it').note!.replace(/[\u00a0\u202f]/g, ' ');
    expect(published).toContain('a fine mese, come li pubblica il rilascio mensile (l’ultimo al 31 ago 2020)');
    expect(published).toContain('di al più 2.750,50 €');
    expect(debtView(debtData('EXACT'), en, 'en').note).toBe('Cumulative amounts at each month end; the last point is as of 31 Aug 2020.');
  });

  it('holds the amounts to the cent in its CSV, months as ISO months', () => {
    expect(toCsv(debtView(debtData('EXACT'), en, 'en').table)).toBe(
      '\uFEFFMonth,Repayments (€),Withheld from the allowance (€)\r\n2020-07,1000.50,200.00\r\n2020-08,251883.03,300.00\r\n',
    );
  });
});

describe('the reach chart draws a target mark for one project as for eight', () => {
  /** A stand-in for a drawn Chart.js chart: linear scales, and a context that records the marks. */
  function drawMarks(projects: number, horizontal: boolean): [number, number, number, number][] {
    const view = reachView(
      {
        participation: Array.from({ length: projects }, (_, i) => ({
          asOf: '2020-08-31',
          project: { code: `P${i}`, name: `Progetto ${i}` },
          target: 500,
          peopleReached: 300 + i,
          shareOfTarget: (300 + i) / 500,
        })),
      },
      italian,
      'it',
    );
    const lines: [number, number, number, number][] = [];
    let from: [number, number] = [0, 0];
    const ctx = {
      save() {},
      restore() {},
      setLineDash() {},
      beginPath() {},
      stroke() {},
      moveTo: (x: number, y: number) => (from = [x, y]),
      lineTo: (x: number, y: number) => lines.push([...from, x, y]),
    };
    const band = 300;
    const chart = {
      data: view.config.data,
      options: { indexAxis: horizontal ? 'y' : 'x' },
      isDatasetVisible: () => true,
      ctx,
      scales: {
        x: horizontal
          ? { getPixelForValue: (v: number) => v }
          : { width: band, getPixelForValue: (i: number) => ((i + 0.5) * band) / projects },
        y: horizontal
          ? { height: band, getPixelForValue: (i: number) => ((i + 0.5) * band) / projects }
          : { getPixelForValue: (v: number) => v },
      },
    } as unknown as Chart;
    const plugin = view.config.plugins?.find((p) => p.id === 'targetMarks');
    expect(plugin).toBeDefined();
    (plugin!.afterDatasetsDraw as (chart: Chart) => void)(chart);
    return lines;
  }

  it.each([1, 8])('%i project(s), horizontal bars', (projects) => {
    const lines = drawMarks(projects, true);
    expect(lines).toHaveLength(projects);
    for (const [x1, y1, x2, y2] of lines) {
      expect([x1, x2]).toEqual([500, 500]); // at the target, 500
      // Across the bar (at most 40 px thick), within its band.
      expect(y2 - y1).toBeGreaterThan(Math.min((300 / projects) * 0.8, 40));
      expect(y2 - y1).toBeLessThan(300 / projects);
    }
  });

  it('vertical bars too', () => {
    const lines = drawMarks(1, false);
    expect(lines).toHaveLength(1);
    expect([lines[0]![1], lines[0]![3]]).toEqual([500, 500]);
  });
});

describe('the default as-of day', () => {
  it.each([
    [null, '2019-05-10', '2020-08-31', { day: '2019-05-10', reason: 'today' }],
    [null, '2026-11-26', '2020-08-31', { day: '2020-08-31', reason: 'programmeEnd' }],
    [null, '2020-08-31', '2020-08-31', { day: '2020-08-31', reason: 'today' }],
    ['2019-12-31', '2026-11-26', '2020-08-31', { day: '2019-12-31', reason: 'chosen' }],
    [null, '2026-11-26', null, { day: '2026-11-26', reason: 'today' }],
  ] as const)('chosen %s, today %s, programme end %s → %j', (chosen, today, end, expected) => {
    expect(effectiveAsOf(chosen, today, end)).toEqual(expected);
  });

  it('says on screen which day and why, Italian first', () => {
    const p = { day: '31 ago 2020', reason: 'programmeEnd', start: '1 set 2018', end: '31 ago 2020', release: null } as const;
    expect(italian.asOfWhy(p)).toBe(
      'Cifre al 31 ago 2020, fine del programma: i progetti si sono chiusi il 31 ago 2020. Per vedere un altro giorno, cambia «Situazione al».',
    );
    expect(en.asOfWhy({ ...p, day: '10 May 2019', reason: 'today', end: '31 Aug 2020', release: '30 Apr 2019' })).toBe(
      'Figures as of today, 10 May 2019: the programme runs until 31 Aug 2020. The public gets the figures of the monthly release as of 30 Apr 2019.',
    );
  });
});

describe('every axis and tooltip in Italian formats', () => {
  type Callback = (...args: unknown[]) => unknown;
  const options = (view: { config: { options?: unknown } }) =>
    view.config.options as {
      scales: Record<string, { ticks?: { callback?: Callback } }>;
      plugins: { tooltip: { callbacks: { label: Callback; footer?: Callback } } };
    };
  const nbsp = (text: unknown) => String(text).replace(/[\u00a0\u202f]/g, ' ');
  const funding = fundingView(
    {
      fundingSummary: {
        asOf: '2020-08-31',
        projects: [{ project: project('PRO_SALOMONE', 'LEAD'), awarded: '251883.03', allowancesCommitted: '0.00', withheld: '0.00' }],
      },
    },
    italian,
    'it',
  );
  const reachOverTime = reachOverTimeView(
    {
      participation: [
        {
          asOf: '2020-08-31',
          project: { code: 'A', endDate: '2020-08-31' },
          target: 500,
          cumulative: [
            { month: '2020-07', value: 4000 },
            { month: '2020-08', value: 4135 },
          ],
          targetReachedMonth: null,
          projectedTargetMonth: null,
        },
      ],
    },
    italian,
    'it',
  );
  const debt = debtView(debtData('EXACT'), italian, 'it');

  it.each([
    ['funding, euro axis', () => options(funding).scales.x!.ticks!.callback!(250000), '250.000 €'],
    [
      'funding, exact amount',
      () => options(funding).plugins.tooltip.callbacks.label({ dataset: { label: 'ALER capofila' }, dataIndex: 0 }),
      'ALER capofila: 251.883,03 €',
    ],
    ['reach over time, axis', () => options(reachOverTime).scales.y!.ticks!.callback!(4500), '4.500'],
    [
      'reach over time, tooltip',
      () => options(reachOverTime).plugins.tooltip.callbacks.label({ dataset: { label: 'Persone raggiunte' }, parsed: { y: 4135 } }),
      'Persone raggiunte: 4.135',
    ],
    ['debt, axis', () => options(debt).scales.y!.ticks!.callback!(1000000), '1.000.000 €'],
    [
      'debt, tooltip',
      () => options(debt).plugins.tooltip.callbacks.label({ dataset: { label: 'Rimborsi' }, datasetIndex: 0, dataIndex: 1 }),
      'Rimborsi: 251.883,03 €',
    ],
    ['debt, tooltip total', () => options(debt).plugins.tooltip.callbacks.footer!([{ dataIndex: 1 }]), 'Totale: 252.183,03 €'],
  ])('%s', (_name, format, text) => {
    expect(nbsp(format())).toBe(text);
  });
});
