/**
 * The public's ESF indicators over the demo data: no count from 1 to 9 below project level, and
 * no hidden cell that subtraction could recover — within a project's table, and across projects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { ReportFilter, SuppressionEsfQuery, SuppressionOutcomesQuery } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const PROJECTS = ['GOLAB', 'PRO_SALOMONE', 'FORNASE', 'SAPERI', 'NESSUNO_ESCLUSO', 'LSQ_RHO', 'QUARTIERE_IN_CORSO', 'SESTOINSIEME'];
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Row = SuppressionEsfQuery['esfIndicators'][number];
const ESF = graphql(`
  query SuppressionEsf($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
      suppressed
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

async function esf(filter: ReportFilter, headers: Record<string, string> = {}): Promise<Row[]> {
  const response = await t.gql(ESF, { filter }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.esfIndicators;
}

const nulls = (cells: (number | null)[]) => cells.filter((c) => c === null).length;

describe.each(['2019-03-31', '2019-12-31', '2021-02-28'])('as of %s', (asOf) => {
  const scopes = [...PROJECTS.map((code) => [code]), undefined];
  let tables: Map<string, { public: Row[]; exact: Row[] }>;

  beforeAll(async () => {
    tables = new Map();
    for (const projectCodes of scopes) {
      const filter = { asOf, ...(projectCodes ? { projectCodes } : {}) };
      tables.set(projectCodes?.[0] ?? 'ALL', { public: await esf(filter), exact: await esf(filter, AS_ADMIN) });
    }
  });

  it('the public gets no count from 1 to 9, only the participants total of a project, which it has anyway', () => {
    for (const [scope, { public: rows }] of tables) {
      for (const row of rows) {
        for (const column of COLUMNS) {
          const value = row[column];
          if (row.code === 'PARTICIPANTS' && column === 'total') continue;
          expect(value === null || value === 0 || value >= 10, `${scope} ${row.code} ${column} = ${value}`).toBe(true);
        }
      }
    }
  });

  it('what the public gets is exact, and marked when a cell is hidden', () => {
    for (const [scope, { public: rows, exact }] of tables) {
      rows.forEach((row, i) => {
        const truth = exact[i]!;
        expect(row.code).toBe(truth.code);
        for (const column of COLUMNS) if (row[column] !== null) expect(row[column], `${scope} ${row.code} ${column}`).toBe(truth[column]);
        expect(row.suppressed).toBe(nulls(COLUMNS.map((c) => row[c])) > 0);
        expect(truth.suppressed).toBe(false);
      });
    }
  });

  it('no hidden cell is alone in an identity the public knows', () => {
    for (const [scope, { public: rows }] of tables) {
      const byCode = new Map(rows.map((r) => [r.code, r]));
      for (const row of rows) expect(nulls(COLUMNS.map((c) => row[c])), `${scope} ${row.code}: women + men = total`).not.toBe(1);
      for (const column of COLUMNS) {
        const cells = PARTITION.map((code) => byCode.get(code)![column]);
        expect(nulls(cells), `${scope} ${column}: participants = incomplete + CO01 + CO03 + CO05`).not.toBe(1);
      }
    }
  });

  it("a cell of the all-projects table is published only when every project's cell under it is", () => {
    const all = tables.get('ALL')!.public;
    all.forEach((row, i) => {
      for (const column of COLUMNS) {
        if (row[column] === null) continue;
        for (const code of PROJECTS) expect(tables.get(code)!.public[i]![column], `${code} ${row.code} ${column}`).not.toBeNull();
      }
    });
  });

  it('hides something in the small projects, and not everything', () => {
    const hiddenCells = [...tables.values()]
      .flatMap(({ public: rows }) => rows.flatMap((r) => COLUMNS.map((c) => r[c])))
      .filter((v) => v === null);
    const allCells = [...tables.values()].length * tables.get('ALL')!.public.length * 3;
    expect(hiddenCells.length).toBeGreaterThan(0);
    expect(hiddenCells.length).toBeLessThan(allCells);
  });
});

describe("the public's other breakdowns, as of the end of the data", () => {
  const asOf = '2021-02-28';
  const OUTCOMES = graphql(`
    query SuppressionOutcomes($filter: ReportFilter) {
      employmentOutcomes(filter: $filter) {
        enrolled
        inProgress
        employed
        unsuccessful
        withdrawn
        byContractType {
          contractType
          count
          suppressed
        }
        bySex {
          sex
          enrolled
          inProgress
          employed
          unsuccessful
          withdrawn
          employmentRate
          suppressed
        }
      }
    }
  `);
  const MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
  const small = (v: number | null) => v !== null && v > 0 && v < 10;

  it('outcomes by sex and by contract type: no small count, no hidden cell alone in an identity, consistent across projects', async () => {
    type Outcomes = SuppressionOutcomesQuery['employmentOutcomes'];
    const tables = new Map<string, Outcomes>();
    for (const scope of [...PROJECTS, 'ALL']) {
      const filter = { asOf, ...(scope === 'ALL' ? {} : { projectCodes: [scope] }) };
      tables.set(scope, (await t.gql(OUTCOMES, { filter })).data!.employmentOutcomes);
    }
    for (const [scope, o] of tables) {
      // One row per sex, women first.
      const [women, men] = o.bySex as [Outcomes['bySex'][number], Outcomes['bySex'][number]];
      for (const m of MEASURES) {
        expect(small(women[m]) || small(men[m]), `${scope} ${m}`).toBe(false);
        expect([women[m], men[m]].filter((v) => v === null).length, `${scope} ${m}: women + men = total`).not.toBe(1);
      }
      for (const sex of [women, men]) {
        expect(MEASURES.filter((m) => sex[m] === null).length, `${scope} ${sex.sex}: enrolled = in progress + exits`).not.toBe(1);
        expect(sex.suppressed).toBe(MEASURES.some((m) => sex[m] === null));
      }
      const counts = o.byContractType.map((c) => c.count);
      expect(counts.some(small), `${scope} contracts`).toBe(false);
      expect(counts.filter((c: number | null) => c === null).length, `${scope}: contracts add up to employed`).not.toBe(1);
    }
    const all = tables.get('ALL')!;
    all.byContractType.forEach((c, i) => {
      if (c.count !== null) for (const code of PROJECTS) expect(tables.get(code)!.byContractType[i]!.count).not.toBeNull();
    });
  });

  it('people reached over time: no month shows growth of 1 to 9 people, and the last point is the total', async () => {
    const { participation } = (
      await t.gql(
        graphql(`
          query SuppressionReachOverTime($filter: ReportFilter) {
            participation(filter: $filter) {
              peopleReached
              pacePerMonth
              cumulative {
                month
                value
              }
            }
          }
        `),
        { filter: { asOf } },
      )
    ).data!;
    for (const row of participation) {
      const values = row.cumulative.map((p) => p.value);
      expect(values.at(-1)).toBe(row.peopleReached);
      let previous = 0;
      values.slice(0, -1).forEach((v: number) => {
        expect(v - previous === 0 || v - previous >= 10).toBe(true);
        previous = v;
      });
    }
    const REACH_MONTHS = graphql(`
      query SuppressionReachMonths($filter: ReportFilter) {
        participation(filter: $filter) {
          cumulative {
            month
          }
        }
      }
    `);
    const exact = (await t.gql(REACH_MONTHS, { filter: { asOf } }, AS_ADMIN)).data!;
    expect(exact.participation[0]!.cumulative.length).toBeGreaterThanOrEqual(participation[0]!.cumulative.length);
  });

  it('debt recovered: the public gets the totals, not the months', async () => {
    const query = graphql(`
      query SuppressionDebt($filter: ReportFilter) {
        debtRecovery(filter: $filter) {
          totalRecovered
          monthly {
            month
            total
          }
          cumulative {
            month
          }
        }
      }
    `);
    const publicView = (await t.gql(query, { filter: { asOf } })).data!.debtRecovery;
    expect(publicView.monthly).toEqual([{ month: '2021-02', total: publicView.totalRecovered }]);
    expect(publicView.cumulative).toHaveLength(1);
    const exact = (await t.gql(query, { filter: { asOf } }, AS_ADMIN)).data!.debtRecovery;
    expect(exact.monthly.length).toBeGreaterThan(20);
  });
});
