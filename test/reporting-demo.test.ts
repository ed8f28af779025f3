/**
 * The aggregates over the synthetic demo population: they must agree with each other, follow
 * every write at once, and cost a fixed number of SQL statements however many projects there are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { parseMoney } from '../server/money.js';
import { graphql } from './gql/index.js';
import type { DemoDashboardQuery, ReportFilter } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const DASHBOARD = graphql(`
  query DemoDashboard($filter: ReportFilter) {
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
          name
          alerRole
          partners {
            organisation {
              name
            }
          }
        }
        awarded
        allowancesCommitted
        withheld
      }
    }
    participation(filter: $filter) {
      project {
        code
        name
      }
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
    peopleReached(filter: $filter) {
      asOf
      distinct
      sumOverProjects
    }
    employmentOutcomes(filter: $filter) {
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
        employed
      }
      projects {
        project {
          code
        }
        enrolled
        inProgress
        employed
        unsuccessful
        withdrawn
      }
    }
    debtRecovery(filter: $filter) {
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
        recoveredFromRepayments
        recoveredFromWithholding
        totalRecovered
      }
    }
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
    }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

async function dashboard(filter: ReportFilter): Promise<DemoDashboardQuery> {
  const response = await t.gql(DASHBOARD, { filter }, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const sumMoney = (values: string[]) => values.reduce((total, v) => total + parseMoney(v), 0n);

describe.each(['2019-06-30', '2020-08-31', '2021-02-28'])('the demo data as of %s', (asOf) => {
  let all: DemoDashboardQuery;
  beforeAll(async () => {
    all = await dashboard({ asOf });
  });

  it('per-project figures add up to the all-projects figures', async () => {
    const f = all.fundingSummary;
    expect(sumMoney(f.projects.map((p) => p.awarded))).toBe(parseMoney(f.totalAwarded));
    expect(sumMoney(f.projects.map((p) => p.allowancesCommitted))).toBe(parseMoney(f.allowancesCommitted));
    expect(sumMoney(f.byRole.map((r) => r.awarded))).toBe(parseMoney(f.totalAwarded));

    const o = all.employmentOutcomes;
    for (const key of ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const) {
      expect(o.projects.reduce((s, p) => s + p[key], 0)).toBe(o[key]);
    }
    const d = all.debtRecovery;
    for (const key of ['arrearsAtEnrolment', 'recoveredFromRepayments', 'recoveredFromWithholding', 'totalRecovered'] as const) {
      expect(sumMoney(d.projects.map((p) => p[key]))).toBe(parseMoney(d[key]));
    }

    // And a project asked for alone gives the same figures as its row among all projects.
    const one = await dashboard({ asOf, projectCodes: ['SAPERI'] });
    const row = <T extends { project: { code: string } }>(list: T[]) => list.find((p) => p.project.code === 'SAPERI')!;
    expect(one.participation[0]).toEqual(row(all.participation));
    expect(one.employmentOutcomes.enrolled).toBe(row(o.projects).enrolled);
    expect(one.debtRecovery.totalRecovered).toBe(row(d.projects).totalRecovered);
    expect(one.fundingSummary.projects[0]).toEqual(row(f.projects));
    const esfOne = Object.fromEntries(one.esfIndicators.map((i) => [i.code, i.total]));
    expect(esfOne.PARTICIPANTS).toBe(one.employmentOutcomes.enrolled);
  });

  it("funding's withheld equals debt recovery's withholding", () => {
    expect(all.fundingSummary.withheld).toBe(all.debtRecovery.recoveredFromWithholding);
  });

  it('enrolled = in progress + employed + unsuccessful + withdrawn, everywhere', () => {
    const o = all.employmentOutcomes;
    for (const row of [o, ...o.projects]) {
      expect(row.inProgress + row.employed + row.unsuccessful + row.withdrawn).toBe(row.enrolled);
    }
    expect(o.byContractType.reduce((s, c) => s + (c.count ?? 0), 0)).toBe(o.employed);
    expect(o.bySex.reduce((s, x) => s + (x.enrolled ?? 0), 0)).toBe(o.enrolled);
  });

  it('women + men = total for every indicator, and the participants are the enrolments', () => {
    for (const indicator of all.esfIndicators) expect(indicator.women! + indicator.men!).toBe(indicator.total);
    const participants = all.esfIndicators.find((i) => i.code === 'PARTICIPANTS')!;
    expect(participants.total).toBe(all.employmentOutcomes.enrolled);
  });

  it('total recovered is exactly repayments + withholding, and the series ends on the totals', () => {
    const d = all.debtRecovery;
    expect(parseMoney(d.totalRecovered)).toBe(parseMoney(d.recoveredFromRepayments) + parseMoney(d.recoveredFromWithholding));
    expect(d.monthly.at(-1)).toMatchObject({
      repayments: d.recoveredFromRepayments,
      withholding: d.recoveredFromWithholding,
      total: d.totalRecovered,
    });
  });

  it('the last point of each cumulative reach series is the people reached', () => {
    for (const row of all.participation) expect(row.cumulative.at(-1)!.value).toBe(row.peopleReached);
  });

  it('people reached over all projects are the distinct people of the raw records, fewer than the sum over projects', async () => {
    const raw = await t.sql<{ n: number }>(
      `select count(distinct person_id)::int as n from (
         select t.person_id from attendance t join activity a on a.id = t.activity_id where t.person_id is not null and a.held_on <= $1
         union all select person_id from enrolment where selected_on <= $1) x`,
      [asOf],
    );
    const { distinct, sumOverProjects } = all.peopleReached;
    expect(distinct).toBe(raw[0]!.n);
    expect(sumOverProjects).toBe(all.participation.reduce((s, p) => s + p.peopleReached, 0));
    // The demo has people reached by two projects: each project counts them, the programme once.
    expect(distinct).toBeLessThan(sumOverProjects);
    expect(distinct).toBeGreaterThanOrEqual(Math.max(...all.participation.map((p) => p.peopleReached)));
  });
});

describe('the summaries kept by triggers', () => {
  // Every summary table against its full recomputation (server/db/summaries.ts): no difference.
  const differences = () => checkSummaries(t.app.db.pool);

  it('stay equal to a full recomputation after inserts, corrections, moves and deletions', async () => {
    expect(await differences()).toEqual([]);
    // Move an activity to another day, reassign an attendance, delete attendances and an enrolment.
    await t.sql(
      `update activity set held_on = held_on + 40 where id in (select id from activity where project_code = 'GOLAB' order by held_on limit 3)`,
    );
    await t.sql(`update attendance set person_id = (select id from person order by id desc limit 1)
                  where id = (select id from attendance where person_id is not null order by id limit 1)`);
    await t.sql(`delete from attendance where id in (select id from attendance order by id limit 50)`);
    await t.sql(`update attendance set anonymous_headcount = anonymous_headcount + 5 where anonymous_headcount is not null`);
    // Correct exits, arrears and ledger entries; delete repayments.
    await t.sql(
      `update enrolment set outcome = 'WITHDRAWN', contract_type = null where id in (select id from enrolment where outcome = 'EMPLOYED' order by id limit 7)`,
    );
    await t.sql(
      `update enrolment set exited_on = exited_on + 3, arrears_cents = arrears_cents + 101 where id in (select id from enrolment where exited_on is not null order by id desc limit 9)`,
    );
    await t.sql(
      `update repayment set amount_cents = amount_cents + 1, paid_on = paid_on + 20 where id in (select id from repayment order by id limit 11)`,
    );
    await t.sql(`delete from repayment where id in (select id from repayment order by id desc limit 13)`);
    await t.sql(`update withholding set withheld_on = withheld_on + 1 where id in (select id from withholding order by id limit 5)`);
    await t.sql(
      `update enrolment set qualification_on_exit = not qualification_on_exit where id in (select enrolment_id from follow_up order by id limit 6)`,
    );
    await t.sql(
      `update follow_up set employed = not employed, observed_on = observed_on + 10 where id in (select id from follow_up order by id desc limit 8)`,
    );
    await t.sql(`delete from follow_up where id in (select id from follow_up order by id limit 4)`);
    await t.sql(`delete from enrolment where id in (select e.id from enrolment e where not exists (select 1 from repayment r where r.enrolment_id = e.id)
                   and not exists (select 1 from withholding w where w.enrolment_id = e.id) and not exists (select 1 from follow_up f where f.enrolment_id = e.id) limit 5)`);
    expect(await differences()).toEqual([]);
  });

  it('figures follow a committed write at once', async () => {
    const before = (await dashboard({ asOf: '2021-02-28', projectCodes: ['LSQ_RHO'] })).participation[0]!;
    const activity = (
      await t.sql<{ id: string }>(`select id from activity where project_code = 'LSQ_RHO' and held_on <= '2021-02-28' limit 1`)
    )[0]!.id;
    const newcomer = (
      await t.sql<{ id: string }>(
        `select id from person where id not in (select person_id from reach where project_code = 'LSQ_RHO') limit 1`,
      )
    )[0]!.id;
    await t.sql('insert into attendance (activity_id, person_id) values ($1, $2)', [activity, newcomer]);
    const after = (await dashboard({ asOf: '2021-02-28', projectCodes: ['LSQ_RHO'] })).participation[0]!;
    expect(after.peopleReached).toBe(before.peopleReached + 1);
    expect(after.attendances).toBe(before.attendances + 1);
  });
});

describe('SQL statements for the whole dashboard document', () => {
  it('do not grow with the number of projects', async () => {
    // on a cold report cache (a new data version), so that every statement the document needs runs
    const count = async () => {
      await t.sql('select data_version_renew()');
      t.app.db.statements.reset();
      await dashboard({ asOf: '2020-08-31' });
      return t.app.db.statements.count;
    };
    const withEight = await count();
    await t.sql(
      `insert into project (code, programme_code, name, municipality, aler_role, awarded_cents, awarded_on, start_date, end_date,
         participant_target, involvement_target, allowance_cents, withholding_share, assumed_fields, source)
       select 'EXTRA_' || n, 'POR-FSE-2014-2020-LOMBARDIA', 'Extra ' || n, 'Milano', 'PARTNER', 100000, '2018-05-31', '2018-09-01',
         '2020-08-31', 100, 500, 200000, 0.5, '{}', 'test fixture' from generate_series(1, 16) as n`,
    );
    const withTwentyFour = await count();
    expect(withTwentyFour).toBe(withEight);
    // The data version's check, the catalogue (programme and projects), one per aggregate (six: people
    // reached over the projects is its own), one for the partners.
    expect(withEight).toBeLessThanOrEqual(9);
  });
});
