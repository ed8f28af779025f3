/**
 * A small population for the summary tests, where concurrent writes keep hitting the same keys:
 * eight people, three projects, two activities per project, some enrolments, attendances,
 * follow-ups, repayments and withholding. `resetFixture` empties the records first (TRUNCATE,
 * so the summaries' TRUNCATE triggers run too).
 */
import type pg from 'pg';
import { resetRecords } from '../../seeds/seed.js';

export const FIXTURE_PROJECTS = ['GOLAB', 'SAPERI', 'LSQ_RHO'] as const;
export const FIXTURE_PEOPLE = 8;
export const FIXTURE_ACTIVITIES = 6;

export interface Fixture {
  people: string[];
  activities: string[];
  projects: readonly string[];
}

export async function resetFixture(pool: pg.Pool): Promise<Fixture> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await resetRecords(client);
    const people = await client.query<{ id: string }>(
      `insert into person (fiscal_code_hash, sex, birth_year, education, labour_status, jobless_household, migrant_or_minority)
       select md5('summary fixture ' || n), (array['FEMALE', 'MALE'])[1 + n % 2]::sex, 1950 + n * 6,
              (array[null, 'ISCED_2', 'ISCED_3', 'ISCED_6'])[1 + n % 4]::education_level,
              (array['UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE_NOT_IN_EDUCATION', 'EMPLOYED'])[1 + n % 4]::labour_status,
              n % 3 = 0, n % 2 = 0
         from generate_series(0, ${FIXTURE_PEOPLE - 1}) as n order by n
       returning id`,
    );
    const activities = await client.query<{ id: string }>(
      `insert into activity (project_code, kind, held_on, title)
       select ($1::text[])[1 + n / 2], 'COMMUNITY_ANIMATION', date '2019-03-01' + n * 17, 'Fixture activity ' || n
         from generate_series(0, ${FIXTURE_ACTIVITIES - 1}) as n order by n
       returning id`,
      [FIXTURE_PROJECTS],
    );
    const p = people.rows.map((r) => r.id);
    const a = activities.rows.map((r) => r.id);
    await client.query(
      `insert into enrolment (person_id, project_code, selected_on, arrears_cents, exited_on, outcome, contract_type, qualification_on_exit)
       values ($1, 'GOLAB', '2019-02-01', 120000, '2019-06-30', 'EMPLOYED', 'FIXED_TERM', true),
              ($2, 'GOLAB', '2019-02-11', 50000, null, null, null, null),
              ($3, 'SAPERI', '2019-03-05', 0, '2019-05-31', 'UNSUCCESSFUL', null, false),
              ($4, 'LSQ_RHO', '2019-04-01', 99999, null, null, null, null)`,
      [p[0], p[1], p[2], p[3]],
    );
    await client.query(
      `insert into attendance (activity_id, person_id)
       select a, p from unnest($1::uuid[]) as a cross join unnest($2::uuid[]) as p
        where (hashtext(a::text || p::text) % 3) = 0`,
      [a, p],
    );
    await client.query(`insert into attendance (activity_id, anonymous_headcount) select a, 4 from unnest($1::uuid[]) as a`, [a]);
    await client.query(
      `insert into follow_up (enrolment_id, observed_on, employed, improved_situation)
       select id, exited_on + 180, true, true from enrolment where exited_on is not null and project_code = 'GOLAB'`,
    );
    await client.query(`insert into repayment (enrolment_id, paid_on, amount_cents) select id, selected_on + 30, 2500 from enrolment`);
    await client.query(
      `insert into withholding (enrolment_id, withheld_on, amount_cents) select id, exited_on, 60000 from enrolment where outcome = 'UNSUCCESSFUL'`,
    );
    await client.query('commit');
    return { people: p, activities: a, projects: FIXTURE_PROJECTS };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
