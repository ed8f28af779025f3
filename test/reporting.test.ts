/**
 * The aggregates pinned on a handful of people whose every figure can be worked out on paper.
 *
 *  P1  F 1990 unemployed ISCED 3   GOLAB: enrolled 2018-10-01, arrears 3,000.00; attends 3 GOLAB activities;
 *                                  exits EMPLOYED (permanent, qualification) 2019-02-15; repays 200.00
 *                                  (2019-03-01) and 300.50 (2019-05-01); follow-up 2019-08-15 employed
 *                                  and improved (not CR07: unemployed at entry)
 *  P2  M 1960 long-term unemployed ISCED 2   GOLAB: enrolled 2018-11-01, arrears 5,000.00;
 *                                  exits UNSUCCESSFUL 2019-06-30 → 1,000.00 withheld that day
 *  P3  F 2000 unemployed, education not declared (incomplete)   PRO_SALOMONE: enrolled 2019-01-10,
 *                                  arrears 2,500.00; exits WITHDRAWN 2019-03-01; repays 100.00 on 2019-07-01
 *  P4  M 1985 employed ISCED 6     attends one GOLAB and one PRO_SALOMONE activity (not enrolled)
 *  P5  F 1970 inactive ISCED 1     attends a GOLAB activity on 2019-09-01
 *  12 people counted anonymously at the first GOLAB activity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { ReportFilter, ReportingEsfQuery, TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const f = new Fixtures(t);
  const p1 = await f.person({ sex: 'FEMALE', birthYear: 1990, labourStatus: 'UNEMPLOYED', education: 'ISCED_3' });
  const p2 = await f.person({ sex: 'MALE', birthYear: 1960, labourStatus: 'LONG_TERM_UNEMPLOYED', education: 'ISCED_2' });
  const p3 = await f.person({ sex: 'FEMALE', birthYear: 2000, labourStatus: 'UNEMPLOYED', education: null });
  const p4 = await f.person({ sex: 'MALE', birthYear: 1985, labourStatus: 'EMPLOYED', education: 'ISCED_6' });
  const p5 = await f.person({ sex: 'FEMALE', birthYear: 1970, labourStatus: 'INACTIVE_NOT_IN_EDUCATION', education: 'ISCED_1' });

  const a1 = await f.activity('GOLAB', '2018-10-05');
  const a2 = await f.activity('GOLAB', '2018-11-10');
  const a3 = await f.activity('GOLAB', '2019-01-15');
  const a4 = await f.activity('GOLAB', '2019-09-01');
  const b1 = await f.activity('PRO_SALOMONE', '2019-02-01');

  const e1 = await f.enrol(p1, 'GOLAB', '2018-10-01', 300000);
  const e2 = await f.enrol(p2, 'GOLAB', '2018-11-01', 500000);
  const e3 = await f.enrol(p3, 'PRO_SALOMONE', '2019-01-10', 250000);
  for (const activity of [a1, a2, a3]) await f.attend(activity, p1);
  await f.attend(a2, p4);
  await f.attend(b1, p4);
  await f.attend(a4, p5);
  await f.headcount(a1, 12);

  await f.exit(e1, '2019-02-15', 'EMPLOYED', { contractType: 'PERMANENT', qualification: true });
  await f.repay(e1, '2019-03-01', 20000);
  await f.repay(e1, '2019-05-01', 30050);
  await f.followUp(e1, '2019-08-15', true, true);
  await f.exit(e2, '2019-06-30', 'UNSUCCESSFUL');
  await f.exit(e3, '2019-03-01', 'WITHDRAWN');
  await f.repay(e3, '2019-07-01', 10000);
});
afterAll(() => t?.close());

/** Exact figures: as an authenticated caller (the public's are suppressed, see access tests). */
async function query<R, V extends Record<string, unknown>>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const response = await t.gql(document, variables, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('fundingSummary', () => {
  const FUNDING = graphql(`
    query ReportingFunding($filter: ReportFilter) {
      fundingSummary(filter: $filter) {
        asOf
        totalAwarded
        allowancesCommitted
        withheld
        byRole {
          alerRole
          projectCount
          awarded
        }
        projects {
          project {
            code
          }
          awarded
          allowancesCommitted
          withheld
        }
      }
    }
  `);

  it('commits the allowance per enrolment and withholds half of it on the unsuccessful exit, on its day', async () => {
    const { fundingSummary } = await query(FUNDING, { filter: { asOf: '2019-06-30' } });
    expect(fundingSummary.asOf).toBe('2019-06-30');
    expect(fundingSummary.totalAwarded).toBe('1950303.84');
    expect(fundingSummary.byRole).toEqual([
      { alerRole: 'LEAD', projectCount: 2, awarded: '503186.94' },
      { alerRole: 'PARTNER', projectCount: 6, awarded: '1447116.90' },
    ]);
    const byCode = Object.fromEntries(fundingSummary.projects.map((p) => [p.project.code, p]));
    expect(byCode.GOLAB).toMatchObject({ awarded: '251883.03', allowancesCommitted: '4000.00', withheld: '1000.00' });
    // The withdrawn exit withholds nothing.
    expect(byCode.PRO_SALOMONE).toMatchObject({ allowancesCommitted: '2000.00', withheld: '0.00' });
    expect(byCode.SESTOINSIEME).toMatchObject({ allowancesCommitted: '0.00', withheld: '0.00' });
    expect(fundingSummary).toMatchObject({ allowancesCommitted: '6000.00', withheld: '1000.00' });
  });

  it('ignores the exit dated the day after asOf', async () => {
    const { fundingSummary } = await query(FUNDING, { filter: { asOf: '2019-06-29', projectCodes: ['GOLAB'] } });
    expect(fundingSummary.projects).toEqual([
      { project: { code: 'GOLAB' }, awarded: '251883.03', allowancesCommitted: '4000.00', withheld: '0.00' },
    ]);
    expect(fundingSummary.totalAwarded).toBe('251883.03');
    expect(fundingSummary.byRole).toEqual([{ alerRole: 'LEAD', projectCount: 1, awarded: '251883.03' }]);
  });
});

describe('participation', () => {
  const PARTICIPATION = graphql(`
    query ReportingParticipation($filter: ReportFilter) {
      participation(filter: $filter) {
        project {
          code
        }
        asOf
        target
        peopleReached
        attendances
        anonymousHeadcount
        shareOfTarget
        cumulative {
          month
          value
        }
        pacePerMonth
        targetReachedMonth
        projectedTargetMonth
      }
    }
  `);

  it('counts a person at several activities once, keeps anonymous headcounts apart, and ignores later attendances', async () => {
    const { participation } = await query(PARTICIPATION, { filter: { asOf: '2019-06-30', projectCodes: ['GOLAB'] } });
    expect(participation).toHaveLength(1);
    const golab = participation[0]!;
    // P1 (enrolled, three attendances), P2 (enrolled), P4 (one attendance); P5 came after asOf.
    expect(golab).toMatchObject({ target: 500, peopleReached: 3, attendances: 4, anonymousHeadcount: 12, shareOfTarget: 3 / 500 });
    expect(golab.cumulative.slice(0, 4)).toEqual([
      { month: '2018-09', value: 0 },
      { month: '2018-10', value: 1 },
      { month: '2018-11', value: 3 },
      { month: '2018-12', value: 3 },
    ]);
    expect(golab.cumulative.at(-1)).toEqual({ month: '2019-06', value: 3 });
    expect(golab.cumulative).toHaveLength(10);
  });

  it('counts a person in two projects once in each', async () => {
    const { participation } = await query(PARTICIPATION, { filter: { asOf: '2019-12-31' } });
    const byCode = Object.fromEntries(participation.map((p) => [p.project.code, p]));
    expect(byCode.GOLAB!.peopleReached).toBe(4); // P1, P2, P4, P5
    expect(byCode.PRO_SALOMONE!.peopleReached).toBe(2); // P3 (enrolled), P4 (attended)
    expect(byCode.PRO_SALOMONE!.attendances).toBe(1);
    expect(byCode.FORNASE).toMatchObject({ peopleReached: 0, attendances: 0, anonymousHeadcount: 0 });
    expect(participation).toHaveLength(8);
  });

  const REACHED = graphql(`
    query ReportingPeopleReached($filter: ReportFilter) {
      peopleReached(filter: $filter) {
        asOf
        distinct
        sumOverProjects
      }
      participation(filter: $filter) {
        peopleReached
      }
    }
  `);

  it('counts a person reached by two projects once over the projects together, and once in each', async () => {
    const reached = async (filter: ReportFilter) => (await query(REACHED, { filter })).peopleReached;
    // P4 attended GOLAB on 2018-11-10 and PRO_SALOMONE on 2019-02-01: GOLAB 4 + PRO_SALOMONE 2 = 6, five people.
    expect(await reached({ asOf: '2019-12-31' })).toEqual({ asOf: '2019-12-31', distinct: 5, sumOverProjects: 6 });
    expect(await reached({ asOf: '2019-12-31', projectCodes: ['GOLAB', 'PRO_SALOMONE'] })).toMatchObject({
      distinct: 5,
      sumOverProjects: 6,
    });
    expect(await reached({ asOf: '2019-12-31', projectCodes: ['GOLAB'] })).toMatchObject({ distinct: 4, sumOverProjects: 4 });
    expect(await reached({ asOf: '2019-12-31', projectCodes: ['PRO_SALOMONE'] })).toMatchObject({ distinct: 2, sumOverProjects: 2 });
    // Before P4's second project: nobody counted twice.
    expect(await reached({ asOf: '2019-01-31' })).toMatchObject({ distinct: 4, sumOverProjects: 4 });
    expect(await reached({ asOf: '2018-01-01' })).toMatchObject({ distinct: 0, sumOverProjects: 0 });
  });

  it('gives the public a distinct count for one project and for all projects, and none for other sets of projects', async () => {
    const shown = async (filter: ReportFilter) => {
      const response = await t.gql(REACHED, { filter });
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const sum = (rows: { peopleReached: number }[]) => rows.reduce((total, p) => total + p.peopleReached, 0);
    // One project: its published people reached, the same figure as participation's.
    const golab = await shown({ asOf: '2019-12-31', projectCodes: ['GOLAB'] });
    expect(golab.peopleReached.distinct).toBe(golab.participation[0]!.peopleReached);
    // Two projects of eight: no distinct count (another draw of nearly the same people), the sum of the published projects.
    const two = await shown({ asOf: '2019-12-31', projectCodes: ['GOLAB', 'PRO_SALOMONE'] });
    expect(two.peopleReached).toEqual({ asOf: '2019-12-31', distinct: null, sumOverProjects: sum(two.participation) });
    // All projects: a cell of its own, within the noise of the true 5, the same however the scope is named and asked again.
    const all = await shown({ asOf: '2019-12-31' });
    expect(all.peopleReached.sumOverProjects).toBe(sum(all.participation));
    expect(all.peopleReached.distinct).toBeGreaterThanOrEqual(0);
    expect(all.peopleReached.distinct).toBeLessThanOrEqual(10);
    const codes = (await t.gql<{ projects: { code: string }[] }>('{ projects { code } }')).data!.projects.map((p) => p.code);
    expect((await shown({ asOf: '2020-01-17', projectCodes: codes })).peopleReached).toEqual(all.peopleReached);
    expect((await shown({ asOf: '2019-12-31' })).peopleReached).toEqual(all.peopleReached);
  });

  it('projects the month the target is met at the pace of the last three months', async () => {
    // As of 2019-09-30 GOLAB had reached 4; 1 newly reached in the three months before (P5): 1/3 a month.
    const { participation } = await query(PARTICIPATION, { filter: { asOf: '2019-09-30', projectCodes: ['GOLAB'] } });
    expect(participation[0]!.pacePerMonth).toBeCloseTo(1 / 3, 10);
    // 496 still to reach at 1/3 a month: 1,488 months after 2019-09.
    expect(participation[0]!.projectedTargetMonth).toBe('2143-09');
    expect(participation[0]!.targetReachedMonth).toBeNull();
  });
});

describe('employmentOutcomes', () => {
  const OUTCOMES = graphql(`
    query ReportingOutcomes($filter: ReportFilter) {
      employmentOutcomes(filter: $filter) {
        asOf
        enrolled
        inProgress
        employed
        unsuccessful
        withdrawn
        employmentRate
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
          employmentRate
        }
        projects {
          project {
            code
          }
          enrolled
          employed
          unsuccessful
          withdrawn
          inProgress
        }
      }
    }
  `);

  it('counts each exit by its outcome and gives the employment rate over those who exited', async () => {
    const { employmentOutcomes: o } = await query(OUTCOMES, { filter: { asOf: '2019-06-30' } });
    expect(o).toMatchObject({ enrolled: 3, inProgress: 0, employed: 1, unsuccessful: 1, withdrawn: 1, employmentRate: 1 / 3 });
    expect(o.byContractType.find((c) => c.contractType === 'PERMANENT')!.count).toBe(1);
    expect(o.byContractType.reduce((sum, c) => sum + (c.count ?? 0), 0)).toBe(1);
    expect(o.bySex).toEqual([
      { sex: 'FEMALE', enrolled: 2, inProgress: 0, employed: 1, unsuccessful: 0, withdrawn: 1, employmentRate: 0.5 },
      { sex: 'MALE', enrolled: 1, inProgress: 0, employed: 0, unsuccessful: 1, withdrawn: 0, employmentRate: 0 },
    ]);
    const golab = o.projects.find((p) => p.project.code === 'GOLAB');
    expect(golab).toEqual({ project: { code: 'GOLAB' }, enrolled: 2, employed: 1, unsuccessful: 1, withdrawn: 0, inProgress: 0 });
  });

  it('has no employment rate while nobody has exited', async () => {
    const { employmentOutcomes: o } = await query(OUTCOMES, { filter: { asOf: '2019-02-01' } });
    expect(o).toMatchObject({ enrolled: 3, inProgress: 3, employed: 0, unsuccessful: 0, withdrawn: 0, employmentRate: null });
  });
});

describe('debtRecovery', () => {
  const DEBT = graphql(`
    query ReportingDebt($filter: ReportFilter) {
      debtRecovery(filter: $filter) {
        asOf
        arrearsAtEnrolment
        recoveredFromRepayments
        recoveredFromWithholding
        totalRecovered
        outstanding
        recoveryRate
        cumulative {
          month
          value
        }
        monthly {
          month
          repayments
          withholding
          total
        }
        projects {
          project {
            code
          }
          arrearsAtEnrolment
          totalRecovered
        }
      }
    }
  `);

  it('adds repayments and withholding exactly, and ignores a repayment after asOf', async () => {
    const { debtRecovery: d } = await query(DEBT, { filter: { asOf: '2019-06-30' } });
    expect(d).toMatchObject({
      arrearsAtEnrolment: '10500.00',
      recoveredFromRepayments: '500.50',
      recoveredFromWithholding: '1000.00',
      totalRecovered: '1500.50',
      outstanding: '8999.50',
    });
    expect(d.recoveryRate).toBeCloseTo(1500.5 / 10500, 12);
    expect(d.monthly.find((m) => m.month === '2019-03')).toEqual({
      month: '2019-03',
      repayments: '200.00',
      withholding: '0.00',
      total: '200.00',
    });
    expect(d.monthly.at(-1)).toEqual({ month: '2019-06', repayments: '500.50', withholding: '1000.00', total: '1500.50' });
    expect(d.cumulative.at(-1)).toEqual({ month: '2019-06', value: 1500.5 });
    expect(d.projects.find((p) => p.project.code === 'PRO_SALOMONE')).toMatchObject({
      arrearsAtEnrolment: '2500.00',
      totalRecovered: '0.00',
    });
  });

  it('counts the repayment once its day has come', async () => {
    const { debtRecovery: d } = await query(DEBT, { filter: { asOf: '2019-07-01' } });
    expect(d.recoveredFromRepayments).toBe('600.50');
  });
});

describe('esfIndicators', () => {
  const ESF = graphql(`
    query ReportingEsf($filter: ReportFilter) {
      esfIndicators(filter: $filter) {
        code
        name
        women
        men
        total
        suppressed
      }
    }
  `);
  const byCode = (rows: ReportingEsfQuery['esfIndicators']) => Object.fromEntries(rows.map((r) => [r.code, [r.women, r.men, r.total]]));

  it('counts the participants by sex, with the incomplete record only in the total line', async () => {
    const { esfIndicators } = await query(ESF, { filter: { asOf: '2019-06-30' } });
    const v = byCode(esfIndicators);
    expect(v.PARTICIPANTS).toEqual([2, 1, 3]);
    expect(v.INCOMPLETE).toEqual([1, 0, 1]);
    expect(v.CO01).toEqual([1, 1, 2]); // P1 and P2; P3 is unemployed too but incomplete
    expect(v.CO02).toEqual([0, 1, 1]);
    expect(v.CO05).toEqual([0, 0, 0]); // P4 is employed but not a participant
    expect(v.CO06).toEqual([0, 0, 0]); // P3 is under 25 but incomplete
    expect(v.CO07).toEqual([0, 1, 1]); // P2: 58 at enrolment
    expect(v.CO08).toEqual([0, 1, 1]);
    expect(v.CO09).toEqual([0, 1, 1]);
    expect(v.CO10).toEqual([1, 0, 1]);
    expect(v.CO11).toEqual([0, 0, 0]);
    expect(v.CR03).toEqual([1, 0, 1]);
    expect(v.CR04).toEqual([1, 0, 1]);
    expect(v.CR06).toEqual([0, 0, 0]); // follow-up dated after asOf
    expect(esfIndicators.every((r) => r.suppressed === false)).toBe(true);
  });

  it('counts the six-month results once the follow-up is dated', async () => {
    const { esfIndicators } = await query(ESF, { filter: { asOf: '2019-12-31' } });
    expect(byCode(esfIndicators).CR06).toEqual([1, 0, 1]);
    // P1's situation improved, but she was unemployed at entry: CR07 is for those employed at entry.
    expect(byCode(esfIndicators).CR07).toEqual([0, 0, 0]);
  });

  it('lists the ESF output and result indicators the Region reports', async () => {
    const { esfIndicators } = await query(ESF);
    const codes = esfIndicators.map((r) => r.code);
    for (let n = 1; n <= 18; n += 1) expect(codes).toContain(`CO${String(n).padStart(2, '0')}`);
    expect(codes).toEqual(expect.arrayContaining(['CR03', 'CR04', 'CR06', 'CR07']));
  });
});

describe('the participant at entry', () => {
  it('is kept on the enrolment: a later change to the person does not rewrite past indicators', async () => {
    await t.sql(`update person set labour_status = 'EMPLOYED', education = 'ISCED_7' where birth_year = 1960`);
    const { esfIndicators } = await query(
      graphql(`
        query ReportingEsfAtEntry {
          esfIndicators(filter: { asOf: "2019-06-30" }) {
            code
            total
          }
        }
      `),
    );
    const total = Object.fromEntries(esfIndicators.map((r) => [r.code, r.total]));
    expect([total.CO02, total.CO05, total.CO09, total.CO11]).toEqual([1, 0, 1, 0]);
  });
});

describe('as of 2018-01-01, before the labs began', () => {
  it('every count and sum is zero', async () => {
    const data = await query(
      graphql(`
        query ReportingBeforeTheLabs($filter: ReportFilter) {
          fundingSummary(filter: $filter) {
            totalAwarded
            allowancesCommitted
            withheld
            byRole {
              projectCount
              awarded
            }
            projects {
              awarded
              allowancesCommitted
              withheld
            }
          }
          participation(filter: $filter) {
            peopleReached
            attendances
            anonymousHeadcount
            shareOfTarget
            cumulative {
              value
            }
          }
          employmentOutcomes(filter: $filter) {
            enrolled
            inProgress
            employed
            unsuccessful
            withdrawn
            employmentRate
          }
          debtRecovery(filter: $filter) {
            arrearsAtEnrolment
            totalRecovered
            outstanding
            recoveryRate
            cumulative {
              value
            }
          }
          esfIndicators(filter: $filter) {
            women
            men
            total
          }
        }
      `),
      { filter: { asOf: '2018-01-01' } },
    );
    const values: unknown[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      else values.push(value);
    };
    walk(data);
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((v) => !(v === 0 || v === '0.00' || v === null))).toEqual([]);
  });
});

describe('bad filters', () => {
  it('names the unknown project codes', async () => {
    const response = await t.gql('{ fundingSummary(filter: { projectCodes: ["GOLAB", "NOPE"] }) { totalAwarded } }');
    expect(response.errors![0]!.message).toContain('NOPE');
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.projectCodes' });
  });

  it('refuses a date that is not a calendar date', async () => {
    const response = await t.gql('query($f: ReportFilter) { participation(filter: $f) { peopleReached } }', { f: { asOf: '2019-02-30' } });
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain('asOf');
  });
});

describe('exact reports, once per request', () => {
  // on a cold report cache (a new data version): what one request computes by itself
  const statementsFor = async (query: string, headers: Record<string, string> = {}) => {
    await t.sql('select data_version_renew()');
    t.app.db.statements.reset();
    const response = await t.gql(query, undefined, headers);
    expect(response.errors).toBeUndefined();
    return t.app.db.statements.count;
  };
  const FIELD = (alias: string, kind: string) =>
    ({
      esf: `${alias}: esfIndicators(filter: { asOf: "2019-12-31" }) { code women total suppressed }`,
      outcomes: `${alias}: employmentOutcomes(filter: { asOf: "2019-12-31" }) { enrolled bySex { sex enrolled } }`,
      debt: `${alias}: debtRecovery(filter: { asOf: "2019-12-31" }) { totalRecovered monthly { month total } }`,
    })[kind]!;

  it.each(['esf', 'outcomes', 'debt'])(
    'asking for the %s report twice in a request computes it once, for the public and for a key',
    async (kind) => {
      for (const headers of [{}, AS_ADMIN]) {
        const once = await statementsFor(`{ ${FIELD('a', kind)} }`, headers);
        expect(await statementsFor(`{ ${FIELD('a', kind)} ${FIELD('b', kind)} }`, headers)).toBe(once);
      }
    },
  );

  it('the public and a key get their views of the same exact figures, the public the same ones every time', async () => {
    const query = `{ ${FIELD('a', 'outcomes')} }`;
    type Outcomes<Count> = { a: { enrolled: Count; bySex: { sex: string; enrolled: Count }[] } };
    const shown = (await t.gql<Outcomes<number | null>>(query)).data!.a;
    const exact = (await t.gql<Outcomes<number>>(query, undefined, AS_ADMIN)).data!.a;
    expect(exact.enrolled).toBe(3);
    expect(exact.bySex.map((s: { enrolled: number }) => s.enrolled)).toEqual([2, 1]);
    // Each sex's enrolments are four perturbed cells of at most ±min(n, 5): 2 and 1 stay below 10.
    expect(shown.enrolled).toBeGreaterThanOrEqual(0);
    expect(shown.enrolled).toBeLessThanOrEqual(6);
    for (const s of shown.bySex) expect(s.enrolled === null || s.enrolled === 0).toBe(true);
    expect((await t.gql<Outcomes<number | null>>(query)).data!.a).toEqual(shown);
  });
});
