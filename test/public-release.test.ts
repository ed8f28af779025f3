/**
 * The public release over the demo data (docs/disclosure.md): month-end figures only, every count
 * and amount perturbed within the published bounds, the same figure for the same cell whoever,
 * however and whenever asks, tables that add up across projects, and no breakdown count from 1 to
 * threshold − 1. The attack suite (test/attack*.test.ts) checks that nothing can be worked out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { PublicReleaseEsfQuery, PublicReleaseOutcomesQuery, ReportFilter } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const PROJECTS = ['GOLAB', 'PRO_SALOMONE', 'FORNASE', 'SAPERI', 'NESSUNO_ESCLUSO', 'LSQ_RHO', 'QUARTIERE_IN_CORSO', 'SESTOINSIEME'];
const COLUMNS = ['women', 'men', 'total'] as const;
const MAX_NOISE = 5;
type EsfRow = PublicReleaseEsfQuery['esfIndicators'][number];
type Outcomes = PublicReleaseOutcomesQuery['employmentOutcomes'];

const ESF = graphql(`
  query PublicReleaseEsf($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
      suppressed
    }
  }
`);
const OUTCOMES = graphql(`
  query PublicReleaseOutcomes($filter: ReportFilter) {
    employmentOutcomes(filter: $filter) {
      asOf
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
      byContractType {
        contractType
        count
      }
      bySex {
        sex
        enrolled
        inProgress
        employed
        unsuccessful
        withdrawn
        suppressed
      }
      projects {
        project {
          code
        }
        enrolled
      }
    }
  }
`);
const POLICY = graphql(`
  query PublicReleasePolicy {
    disclosurePolicy {
      yourFigures
      method
      threshold
      maxNoise
      noiseStandardDeviation
      maxMoneyNoise
      releaseFrequency
      latestRelease
    }
  }
`);
const OTHERS = graphql(`
  query PublicReleaseOthers($filter: ReportFilter) {
    participation(filter: $filter) {
      project {
        code
      }
      asOf
      peopleReached
      cumulative {
        month
        value
      }
    }
    debtRecovery(filter: $filter) {
      asOf
      totalRecovered
      recoveredFromRepayments
      recoveredFromWithholding
      monthly {
        month
        repayments
        withholding
      }
      projects {
        project {
          code
        }
        recoveredFromRepayments
        recoveredFromWithholding
      }
    }
    fundingSummary(filter: $filter) {
      withheld
      allowancesCommitted
      projects {
        project {
          code
        }
        withheld
        allowancesCommitted
      }
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

const filterOf = (asOf: string, scope?: string): ReportFilter => ({ asOf, ...(scope ? { projectCodes: [scope] } : {}) });
async function esf(filter: ReportFilter, headers: Record<string, string> = {}): Promise<EsfRow[]> {
  const response = await t.gql(ESF, { filter }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.esfIndicators;
}
async function outcomes(filter: ReportFilter, headers: Record<string, string> = {}): Promise<Outcomes> {
  const response = await t.gql(OUTCOMES, { filter }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.employmentOutcomes;
}
const cents = (euro: string) => BigInt(euro.replace('.', ''));

describe('the policy', () => {
  it('is served to everyone, with what each caller gets', async () => {
    const policy = (await t.gql(POLICY)).data!.disclosurePolicy;
    expect(policy).toMatchObject({ yourFigures: 'PROTECTED', method: 'CELL_KEY', threshold: 10, maxNoise: 5, releaseFrequency: 'MONTHLY' });
    expect(policy.maxMoneyNoise).toBe('2750.50');
    expect(policy.latestRelease < new Date().toISOString().slice(0, 10)).toBe(true);
    expect((await t.gql(POLICY, {}, AS_ADMIN)).data!.disclosurePolicy.yourFigures).toBe('EXACT');
  });
});

describe.each(['2018-12-31', '2019-12-31', '2020-12-31'])('the ESF table as of %s (an annual release)', (asOf) => {
  const scopes = [...PROJECTS, undefined];
  let tables: Map<string, { public: EsfRow[]; exact: EsfRow[] }>;

  beforeAll(async () => {
    tables = new Map();
    for (const scope of scopes) {
      const filter = filterOf(asOf, scope);
      tables.set(scope ?? 'ALL', { public: await esf(filter), exact: await esf(filter, AS_ADMIN) });
    }
  });

  it('gives the public no breakdown count from 1 to 9, and marks the blanks', () => {
    for (const [scope, { public: rows }] of tables) {
      for (const row of rows) {
        for (const column of COLUMNS) {
          const value = row[column];
          expect(value === null || value === 0 || value >= 10, `${scope} ${row.code} ${column} = ${value}`).toBe(true);
        }
        expect(row.suppressed).toBe(COLUMNS.some((c) => row[c] === null));
      }
    }
  });

  it("publishes each project's cells within ±5 of the truth, and the programme's as their sums", () => {
    for (const code of PROJECTS) {
      const { public: rows, exact } = tables.get(code)!;
      rows.forEach((row, i) => {
        for (const column of ['women', 'men'] as const) {
          if (row[column] === null) continue;
          // The participants of a sex are the outcomes' enrolments: four perturbed cells (in progress and three outcomes).
          const bound = row.code === 'PARTICIPANTS' ? 4 * MAX_NOISE : MAX_NOISE;
          expect(Math.abs(row[column] - exact[i]![column]!), `${code} ${row.code} ${column}`).toBeLessThanOrEqual(bound);
        }
      });
    }
    const all = tables.get('ALL')!.public;
    all.forEach((row, i) => {
      for (const column of COLUMNS) {
        const parts = PROJECTS.map((code) => tables.get(code)!.public[i]![column]);
        if (row[column] !== null && parts.every((v) => v !== null))
          expect(row[column], `${row.code} ${column}`).toBe(parts.reduce((a, b) => a + b, 0));
      }
      if (row.women !== null && row.men !== null) expect(row.total).toBe(row.women + row.men);
    });
  });

  it('publishes every programme total that is clearly above the threshold', () => {
    const { public: rows, exact } = tables.get('ALL')!;
    rows.forEach((row, i) => {
      if (exact[i]!.total! >= 10 + 16 * MAX_NOISE) expect(row.total, row.code).not.toBeNull();
    });
  });
});

describe('release dates', () => {
  it('answers any day with the figures of the month end on or before it, the same every time', async () => {
    for (const [asked, release] of [
      ['2019-12-17', '2019-11-30'],
      ['2020-03-01', '2020-02-29'],
      ['2019-11-30', '2019-11-30'],
    ]) {
      const a = await outcomes({ asOf: asked });
      expect(a.asOf).toBe(release);
      expect(a).toEqual(await outcomes({ asOf: release }));
      expect(await esf({ asOf: asked })).toEqual(await esf({ asOf: release }));
    }
    // A key gets the day it asked about.
    expect((await outcomes({ asOf: '2019-12-17' }, AS_ADMIN)).asOf).toBe('2019-12-17');
  });

  it('answers the ESF indicators with the year end on or before the day, and says which days the answers are for', async () => {
    expect(await esf({ asOf: '2020-06-30' })).toEqual(await esf({ asOf: '2019-12-31' }));
    expect(await esf({ asOf: '2020-06-30' })).not.toEqual(await esf({ asOf: '2020-12-31' }));
    const days = graphql(`
      query PublicReleaseDays($asOf: Date) {
        disclosurePolicy(asOf: $asOf) {
          reportsAsOf
          esfIndicatorsAsOf
          esfReleaseFrequency
        }
      }
    `);
    expect((await t.gql(days, { asOf: '2019-06-17' })).data!.disclosurePolicy).toEqual({
      reportsAsOf: '2019-05-31',
      esfIndicatorsAsOf: '2018-12-31',
      esfReleaseFrequency: 'ANNUAL',
    });
    expect((await t.gql(days, { asOf: '2019-06-17' }, AS_ADMIN)).data!.disclosurePolicy).toMatchObject({
      reportsAsOf: '2019-06-17',
      esfIndicatorsAsOf: '2019-06-17',
    });
  });

  it('publishes a table that did not change between two releases the same (after the data end, every month)', async () => {
    expect(await esf({ asOf: '2023-06-30' })).toEqual(await esf({ asOf: '2022-06-30' }));
    expect(await outcomes({ asOf: '2022-06-30', projectCodes: ['GOLAB'] })).toMatchObject({
      ...(await outcomes({ asOf: '2021-06-30', projectCodes: ['GOLAB'] })),
      asOf: '2022-06-30',
    });
  });
});

describe("the public's other reports, as of the end of the data", () => {
  const asOf = '2021-02-28';

  it('outcomes: partitions that add up, sexes and projects that add up to the totals, no small breakdown count', async () => {
    const all = await outcomes({ asOf });
    expect(all.enrolled).toBe(all.inProgress + all.employed + all.unsuccessful + all.withdrawn);
    expect(all.enrolled).toBe(all.projects.reduce((s, p) => s + p.enrolled, 0));
    const [women, men] = all.bySex;
    if (women!.enrolled !== null && men!.enrolled !== null) expect(women!.enrolled + men!.enrolled).toBe(all.enrolled);
    const exact = await outcomes({ asOf }, AS_ADMIN);
    expect(Math.abs(all.enrolled - exact.enrolled)).toBeLessThanOrEqual(8 * 2 * 4 * MAX_NOISE);
    for (const code of PROJECTS) {
      const one = await outcomes({ asOf, projectCodes: [code] });
      expect(one.enrolled).toBe(all.projects.find((p) => p.project.code === code)!.enrolled);
      for (const sex of one.bySex) {
        for (const m of ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const) {
          const v = sex[m];
          expect(v === null || v === 0 || v >= 10, `${code} ${sex.sex} ${m} = ${v}`).toBe(true);
        }
      }
      for (const c of one.byContractType) expect(c.count === null || c.count === 0 || c.count >= 10).toBe(true);
    }
    // The ESF participants are the outcomes' enrolments: the same people, the same figure (at a year end, the ESF's release).
    expect((await esf({ asOf: '2020-12-31' })).find((r) => r.code === 'PARTICIPANTS')!.total).toBe(
      (await outcomes({ asOf: '2020-12-31' })).enrolled,
    );
  });

  it('people reached: a non-decreasing series whose month-end points are what was published as of each month end', async () => {
    const data = (await t.gql(OTHERS, { filter: { asOf } })).data!;
    for (const row of data.participation) {
      const values = row.cumulative.map((p) => p.value);
      values.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(values[i]!));
      expect(values.at(-1)).toBe(row.peopleReached);
    }
    const earlier = (await t.gql(OTHERS, { filter: { asOf: '2019-10-31' } })).data!;
    for (const row of earlier.participation) {
      const later = data.participation.find((p) => p.project.code === row.project.code)!;
      expect(later.cumulative.find((p) => p.month === '2019-10')?.value ?? 0).toBe(row.peopleReached);
    }
  });

  it('debt and funding: amounts within the bound, months that end at the totals, the same withheld in both', async () => {
    const { debtRecovery: debt, fundingSummary: funding } = (await t.gql(OTHERS, { filter: { asOf } })).data!;
    const exact = (await t.gql(OTHERS, { filter: { asOf } }, AS_ADMIN)).data!.debtRecovery;
    expect(debt.monthly.length).toBeGreaterThan(12);
    expect(debt.monthly.at(-1)).toMatchObject({ repayments: debt.recoveredFromRepayments, withholding: debt.recoveredFromWithholding });
    for (const p of debt.projects) {
      const truth = exact.projects.find((x) => x.project.code === p.project.code)!;
      const gap = cents(p.recoveredFromRepayments) - cents(truth.recoveredFromRepayments);
      expect((gap < 0n ? -gap : gap) <= 275_050n, p.project.code).toBe(true);
      expect(cents(p.recoveredFromRepayments) % 100n).toBe(0n);
      expect(funding.projects.find((f) => f.project.code === p.project.code)!.withheld).toBe(p.recoveredFromWithholding);
    }
    expect(funding.withheld).toBe(debt.recoveredFromWithholding);
    const enrolled = (await outcomes({ asOf })).projects;
    for (const f of funding.projects) {
      expect(cents(f.allowancesCommitted)).toBe(200_000n * BigInt(enrolled.find((o) => o.project.code === f.project.code)!.enrolled));
    }
  });
});
