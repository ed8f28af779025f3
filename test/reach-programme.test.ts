/**
 * Distinct people reached (issue 17): the statement that reads reach_programme_daily for every
 * project and reach_daily for one gives the same figure and series as the statement before it,
 * which grouped `reach` by person for every scope, after any sequence of writes (a property), and
 * reach_programme and reach_programme_daily stay equal to their recomputation. The same property
 * compares the ESF statement (esf_monthly for the months before asOf's, esf_daily within it) with
 * the one before it (esf_daily alone).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { ESF_SQL } from '../server/reporting/esf-indicators.js';
import { inScope, SCOPE_PROJECTS } from '../server/reporting/filters.js';
import { OUTCOMES_SQL } from '../server/reporting/outcomes.js';
import { getReach, REACH_SQL } from '../server/reporting/reach.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { FIXTURE_ACTIVITIES, FIXTURE_PEOPLE, FIXTURE_PROJECTS, resetFixture, type Fixture } from './helpers/summary-fixture.js';

/** The statement before issue 17, kept here as the reference: every scope grouped `reach` by person. */
const REACH_BEFORE_SQL = `
with scope as (${SCOPE_PROJECTS}),
firsts as (
  select r.person_id, min(r.first_on) as first_on
    from reach r join scope s on s.code = r.project_code
   where r.first_on <= $2
   group by r.person_id
),
monthly as (
  select date_trunc('month', first_on) as month, count(*) as n from firsts group by 1
),
series as (
  select m.month, sum(coalesce(mo.n, 0)) over (order by m.month) as cumulative
    from generate_series(
           date_trunc('month', least((select min(start_date) from scope), (select min(first_on) from firsts))),
           date_trunc('month', $2::date), interval '1 month') as m(month)
    left join monthly mo on mo.month = m.month
)
select (select count(*) from firsts)::int as people,
       (select count(*) from scope)::int = (select count(*) from project)::int as all_projects,
       coalesce((select json_agg(json_build_array(to_char(se.month, 'YYYY-MM'), se.cumulative) order by se.month) from series se),
                '[]') as cumulative`;

/** The ESF statement before issue 17: esf_daily and the corrections summed in one grouping. */
const ESF_BEFORE_SQL = `
select project_code, sex::text as sex, code, sum(participants)::int as participants
  from (select project_code, day, sex, code, participants from esf_daily
        union all
        select project_code, day, sex, code, participants from esf_re_entry_corrections()) counted
 where day <= $2 and ${inScope('project_code')}
 group by project_code, sex, code
 order by project_code, sex, code`;

/** The outcomes statement before issue 17: every exit from exit_daily. */
const OUTCOMES_BEFORE_SQL = OUTCOMES_SQL.replace(
  [
    `exit_monthly where month < date_trunc('month', $2::date)::date and ${inScope('project_code')}`,
    '  union all',
    '  select project_code, sex, 0, outcome, contract_key, exits',
    "    from exit_daily where day >= date_trunc('month', $2::date)::date and ",
  ].join('\n'),
  'exit_daily where ',
);

let t: TestApp;
let allCodes: string[];
beforeAll(async () => {
  t = await startTestApp();
  allCodes = (await t.sql<{ code: string }>('select code from project order by code')).map((r) => r.code);
});
afterAll(() => t?.close());

interface Answer {
  people: number;
  all_projects: boolean;
  cumulative: [string, number | string][];
}

/** Both statements for one scope, the series' values as numbers. */
async function bothAnswers(projectCodes: string[] | null, asOf: string): Promise<[Answer, Answer]> {
  const norm = (a: Answer) => ({ ...a, cumulative: a.cumulative.map(([m, v]) => [m, Number(v)] as [string, number]) });
  const [now] = await t.sql<Answer>(REACH_SQL, [projectCodes, asOf]);
  const [before] = await t.sql<Answer>(REACH_BEFORE_SQL, [projectCodes, asOf]);
  return [norm(now!), norm(before!)];
}

const person = fc.nat({ max: FIXTURE_PEOPLE - 1 });
const activity = fc.nat({ max: FIXTURE_ACTIVITIES - 1 });
const project = fc.nat({ max: FIXTURE_PROJECTS.length - 1 });
const pick = fc.nat({ max: 20 });
const days = fc.integer({ min: -60, max: 400 });

const operation = fc.oneof(
  fc.record({ kind: fc.constant('attend'), activity, person }),
  fc.record({ kind: fc.constant('void'), activity, person }),
  fc.record({ kind: fc.constant('voidPerson'), person, project }),
  fc.record({ kind: fc.constant('reassign'), activity, person, to: person }),
  fc.record({ kind: fc.constant('moveActivity'), activity, days, project: fc.option(project) }),
  fc.record({ kind: fc.constant('enrol'), person, project, days }),
  fc.record({ kind: fc.constant('correctEnrolment'), pick, days: fc.integer({ min: -90, max: 90 }) }),
  fc.record({ kind: fc.constant('moveEnrolment'), pick, project }),
  fc.record({ kind: fc.constant('changeEnrolmentPerson'), pick, person }),
  fc.record({ kind: fc.constant('deleteEnrolment'), pick }),
  fc.record({ kind: fc.constant('exit'), pick, days, outcome: fc.constantFrom('EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN') }),
  fc.record({ kind: fc.constant('followUp'), pick, days, employed: fc.boolean() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const ENROLMENT = `(select id from enrolment order by id offset $1::int % greatest((select count(*) from enrolment), 1) limit 1)`;

function statements(op: Operation, f: Fixture): [string, unknown[]][] {
  const a = (i: number) => f.activities[i]!;
  const p = (i: number) => f.people[i]!;
  switch (op.kind) {
    case 'attend':
      return [['insert into attendance (activity_id, person_id) values ($1, $2) on conflict do nothing', [a(op.activity), p(op.person)]]];
    case 'void':
      return [['delete from attendance where activity_id = $1 and person_id = $2', [a(op.activity), p(op.person)]]];
    case 'voidPerson':
      return [
        [
          'delete from attendance t using activity a where a.id = t.activity_id and t.person_id = $1 and a.project_code = $2',
          [p(op.person), f.projects[op.project]],
        ],
      ];
    case 'reassign':
      return [['update attendance set person_id = $3 where activity_id = $1 and person_id = $2', [a(op.activity), p(op.person), p(op.to)]]];
    case 'moveActivity':
      return [
        [
          'update activity set held_on = held_on + $2::int, project_code = coalesce($3, project_code) where id = $1',
          [a(op.activity), op.days, op.project === null ? null : f.projects[op.project]],
        ],
      ];
    case 'enrol':
      return [
        [
          `insert into enrolment (person_id, project_code, selected_on, arrears_cents) values ($1, $2, date '2019-02-01' + $3::int, 0)`,
          [p(op.person), f.projects[op.project], op.days],
        ],
      ];
    case 'correctEnrolment':
      return [[`update enrolment set selected_on = selected_on + $2::int where id = ${ENROLMENT}`, [op.pick, op.days]]];
    case 'moveEnrolment':
      return [[`update enrolment set project_code = $2 where id = ${ENROLMENT}`, [op.pick, f.projects[op.project]]]];
    case 'changeEnrolmentPerson':
      return [[`update enrolment set person_id = $2 where id = ${ENROLMENT}`, [op.pick, p(op.person)]]];
    case 'deleteEnrolment':
      return [
        [`delete from follow_up where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from repayment where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from withholding where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from enrolment where id = ${ENROLMENT}`, [op.pick]],
      ];
    case 'exit':
      return [
        [
          `update enrolment set exited_on = selected_on + abs($2::int), outcome = $3::exit_outcome, contract_type = case when $3::exit_outcome = 'EMPLOYED' then 'FIXED_TERM'::contract_type end
            where id = ${ENROLMENT}`,
          [op.pick, op.days, op.outcome],
        ],
      ];
    case 'followUp':
      return [
        [
          `insert into follow_up (enrolment_id, observed_on, employed, improved_situation)
           select id, exited_on + 180, $2, $2 from enrolment where id = ${ENROLMENT} and exited_on is not null
           on conflict (enrolment_id) do update set employed = excluded.employed`,
          [op.pick, op.employed],
        ],
      ];
  }
}

describe('distinct people reached', () => {
  it('compares the outcomes statement with the one before it (the reference is the same text without exit_monthly)', () => {
    expect(OUTCOMES_BEFORE_SQL).not.toContain('exit_monthly');
    expect(OUTCOMES_BEFORE_SQL).toContain('from exit_daily where day <= $2 and');
  });

  it('equals the grouping by person for every scope and day, after any sequence of writes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        async (transactions) => {
          const fixture = await resetFixture(t.app.db.pool);
          for (const transaction of transactions) {
            const client = await t.app.db.pool.connect();
            try {
              await client.query('begin');
              for (const op of transaction) for (const [text, params] of statements(op, fixture)) await client.query(text, params);
              await client.query('commit');
            } catch (error) {
              await client.query('rollback');
              // A write the records refuse (a constraint, a rule of the triggers) changes nothing.
              const code = String((error as { code?: unknown }).code);
              if (!code.startsWith('23') && code !== 'P0001') throw error;
            } finally {
              client.release();
            }
          }
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
          const scopes: (string[] | null)[] = [null, allCodes, ['GOLAB'], ['LSQ_RHO'], ['GOLAB', 'SAPERI'], ['SAPERI', 'LSQ_RHO', 'GOLAB']];
          // Fixed days, and the first days themselves with the day before each (the edges of "on or before asOf").
          const firstDays = (await t.sql<{ day: string }>(`select distinct first_on::text as day from reach order by 1`)).map((r) => r.day);
          const before = (await t.sql<{ day: string }>(`select distinct (first_on - 1)::text as day from reach`)).map((r) => r.day);
          // The ESF statement reads months before asOf's month and days within it: month ends and starts too.
          const asOfs = [
            ...new Set(['2018-12-31', '2019-02-28', '2019-03-01', '2019-06-30', '2019-07-01', '2020-12-31', ...firstDays, ...before]),
          ];
          for (const scope of scopes) {
            for (const asOf of asOfs) {
              const [now, before] = await bothAnswers(scope, asOf);
              expect(now, `${JSON.stringify(scope)} as of ${asOf}`).toEqual(before);
              expect(await t.sql(ESF_SQL, [scope, asOf]), `ESF ${JSON.stringify(scope)} as of ${asOf}`).toEqual(
                await t.sql(ESF_BEFORE_SQL, [scope, asOf]),
              );
              expect(await t.sql(OUTCOMES_SQL, [scope, asOf]), `outcomes ${JSON.stringify(scope)} as of ${asOf}`).toEqual(
                await t.sql(OUTCOMES_BEFORE_SQL, [scope, asOf]),
              );
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('every project reads reach_programme_daily, one project reach_daily, other sets reach (the plans)', async () => {
    const plan = async (codes: string[] | null) =>
      JSON.stringify(await t.sql(`explain (analyze, format json) ${REACH_SQL}`, [codes, '2020-12-31']));
    // "never executed": a branch cut off by its one-time filter.
    const executed = (json: string, table: string) =>
      [...json.matchAll(new RegExp(`"Relation Name":"${table}"[^}]*?"Actual Loops":(\\d+)`, 'g'))].some((m) => Number(m[1]) > 0);
    const all = await plan(null);
    expect(executed(all, 'reach_programme_daily')).toBe(true);
    expect(executed(all, 'reach')).toBe(false);
    expect(executed(all, 'reach_daily')).toBe(false);
    const one = await plan(['GOLAB']);
    expect(executed(one, 'reach_daily')).toBe(true);
    expect(executed(one, 'reach')).toBe(false);
    const two = await plan(['GOLAB', 'SAPERI']);
    expect(executed(two, 'reach')).toBe(true);
    expect(executed(two, 'reach_programme_daily')).toBe(false);
  });

  it('getReach answers with the figure, whether the scope is every project, and the series', async () => {
    await resetFixture(t.app.db.pool);
    const [before] = await t.sql<Answer>(REACH_BEFORE_SQL, [null, '2020-12-31']);
    const report = await getReach(t.app.db, { projectCodes: null, asOf: '2020-12-31' });
    expect(report.people).toBe(before!.people);
    expect(report.people).toBeGreaterThan(0);
    expect(report.allProjects).toBe(true);
    expect(report.cumulative.at(-1)).toEqual({ month: '2020-12', value: before!.people });
  });
});
