import { describe, expect, it } from 'vitest';
import { isNumberColumn, toCsv } from '../charts/chart-panel.js';
import { en } from '../i18n/en.js';
import { it as italian } from '../i18n/it.js';
import { cell } from './esf/esf.js';
import { toView as fundingView } from './funding/funding.js';
import { toView as outcomesView } from './outcomes/outcomes.js';
import { cumulativeTotal, toView as reachOverTimeView } from './reach-over-time/reach-over-time.js';

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
            project: { code: 'A' },
            target: 500,
            cumulative: [{ month: '2019-01', value: 100 }],
            targetReachedMonth: null,
            projectedTargetMonth: '2021-03',
          },
        ],
      },
      en,
      'en',
    );
    expect(view.note).toBe('At the pace of the last three months, target reached in Mar 2021');
    expect(view.config.data.datasets[1]!.data).toEqual([500]);
  });
});

describe('outcomes: four stacked series per project', () => {
  it('maps each outcome to its series and says empty when nobody is on the path', () => {
    const row = { project: { code: 'A', name: 'A' }, employed: 3, unsuccessful: 2, withdrawn: 1, inProgress: 4 };
    const view = outcomesView({ employmentOutcomes: { projects: [row] } }, italian, 'it');
    expect(view.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Al lavoro', [3]],
      ['Senza esito', [2]],
      ['Ritirati', [1]],
      ['In corso', [4]],
    ]);
    expect(
      outcomesView(
        { employmentOutcomes: { projects: [{ ...row, employed: 0, unsuccessful: 0, withdrawn: 0, inProgress: 0 }] } },
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

  it('writes CSV for Italian spreadsheets: BOM, semicolons, quotes', () => {
    expect(
      toCsv({
        columns: ['Progetto', 'Valore'],
        rows: [
          ['A; B', 1],
          ['"C"', null],
        ],
      }),
    ).toBe('\uFEFFProgetto;Valore\r\n"A; B";1\r\n"""C""";\r\n');
  });
});

describe('table views: which columns hold figures (right-aligned with their headers)', () => {
  it.each([
    [['251.303,91 €', '€251,883.03', '1.234', 12, '55 %', '40%', '< 10', null], true],
    [['GOLab', '1.234'], false],
    [['ago 2020', 'Aug 2020'], false],
    [[null, ''], false],
  ] as const)('%j', (cells, numeric) => {
    expect(
      isNumberColumn(
        cells.map((c) => ['name', c]),
        1,
      ),
    ).toBe(numeric);
  });
});
