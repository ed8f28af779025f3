/**
 * The summaries closed under the write paths that are not row writes: TRUNCATE (and so
 * `npm run seed -- --reset`), a change of the keys they count under; and `npm run summaries`,
 * which checks them against a full recomputation and rebuilds them.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetRecords, seedDatabase } from '../seeds/seed.js';
import { PROJECT_ROOT } from '../server/config.js';
import { checkSummaries, rebuildSummaries, SUMMARY_TABLES } from '../server/db/summaries.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { resetFixture } from './helpers/summary-fixture.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const DEMO_SCALE = 0.3;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: DEMO_SCALE });
});
afterAll(() => t?.close());

const FIGURES = graphql(`
  query SummariesFigures($filter: ReportFilter) {
    employmentOutcomes(filter: $filter) {
      enrolled
      employed
    }
    participation(filter: $filter) {
      peopleReached
      attendances
      anonymousHeadcount
    }
    debtRecovery(filter: $filter) {
      arrearsAtEnrolment
      totalRecovered
    }
    esfIndicators(filter: $filter) {
      code
      total
    }
  }
`);

async function figures() {
  const response = await t.gql(FIGURES, { filter: { asOf: '2021-12-31' } }, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  return {
    enrolled: data.employmentOutcomes.enrolled,
    employed: data.employmentOutcomes.employed,
    reached: data.participation.reduce((sum, p) => sum + p.peopleReached, 0),
    attendances: data.participation.reduce((sum, p) => sum + p.attendances + p.anonymousHeadcount, 0),
    arrears: data.debtRecovery.arrearsAtEnrolment,
    recovered: data.debtRecovery.totalRecovered,
    participants: data.esfIndicators.find((i) => i.code === 'PARTICIPANTS')?.total ?? 0,
  };
}

/** The same figures counted from the records themselves. */
async function counted() {
  return t.one<{ enrolled: number; reached: number }>(
    `select (select count(*) from enrolment)::int as enrolled, (select count(*) from reach_recomputed())::int as reached`,
  );
}

const summaryRows = () =>
  t.one<Record<string, number>>(`select ${SUMMARY_TABLES.map((s) => `(select count(*) from ${s.table})::int as ${s.table}`).join(', ')}`);

describe('npm run seed -- --reset', () => {
  it('leaves the summaries and the figures empty, and after reseeding equal to the recomputation, never doubled', async () => {
    const seeded = await figures();
    expect(seeded.enrolled).toBeGreaterThan(0);
    expect(seeded.enrolled).toBe((await counted()).enrolled);
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);

    // The reset alone (TRUNCATE … CASCADE of the record tables).
    await resetRecords(t.app.db.pool);
    expect(await summaryRows()).toEqual(Object.fromEntries(SUMMARY_TABLES.map((s) => [s.table, 0])));
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
    expect(await figures()).toEqual({
      enrolled: 0,
      employed: 0,
      reached: 0,
      attendances: 0,
      arrears: '0.00',
      recovered: '0.00',
      participants: 0,
    });

    // --reset then seeding, twice, as the command does: the same figures each time.
    for (let round = 0; round < 2; round += 1) {
      await seedDatabase(t.app.db.pool, { reset: true, demoScale: DEMO_SCALE });
      expect(await checkSummaries(t.app.db.pool)).toEqual([]);
      expect(await figures()).toEqual(seeded);
    }
  });
});

describe('TRUNCATE of a record table', () => {
  const TRUNCATIONS = [
    'truncate follow_up',
    'truncate repayment',
    'truncate withholding',
    'truncate repayment, withholding',
    'truncate attendance',
    'truncate attendance, activity',
    'truncate reach',
    'truncate follow_up, repayment, withholding, enrolment',
    'truncate person cascade',
  ];

  it('is followed by the summaries it empties, whichever tables go', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.constantFrom(...TRUNCATIONS), { minLength: 1, maxLength: 3 }), async (statements) => {
        await resetFixture(t.app.db.pool);
        for (const statement of statements) {
          await t.sql(statement);
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
        }
        expect((await figures()).reached).toBe((await counted()).reached);
      }),
      { numRuns: 15 },
    );
  });
});

describe('a bulk write', () => {
  it('of twenty thousand people in one statement stays within the lock table, and the summaries exact', async () => {
    // One advisory lock per reach key would need more than PostgreSQL's lock table holds (about
    // 64 per connection): "out of shared memory". The keys share 256 locks.
    await resetFixture(t.app.db.pool);
    await t.sql(`insert into person (fiscal_code_hash, sex, birth_year, labour_status)
                 select md5('bulk ' || n), 'FEMALE', 1980, 'UNEMPLOYED' from generate_series(1, 20000) n`);
    await t.sql(`insert into attendance (activity_id, person_id)
                 select (select id from activity order by held_on limit 1), id from person on conflict do nothing`);
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
    await t.sql(`delete from attendance where person_id is not null`);
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});

describe('the keys the summaries count under', () => {
  it('never change: a project code, a person, activity or enrolment id', async () => {
    await resetFixture(t.app.db.pool);
    for (const statement of [
      `update project set code = 'GOLAB_2' where code = 'GOLAB'`,
      `update person set id = gen_random_uuid() where id = (select person_id from enrolment limit 1)`,
      `update activity set id = gen_random_uuid() where id = (select activity_id from attendance limit 1)`,
      `update enrolment set id = gen_random_uuid() where id = (select enrolment_id from repayment limit 1)`,
    ]) {
      await expect(t.sql(statement)).rejects.toThrow(/cannot change: the summaries count under it/);
    }
    // Other corrections of the same rows go through.
    await t.sql(`update project set name = name where code = 'GOLAB'`);
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});

describe('npm run summaries', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run(TSX, ['server/cli/summaries.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: t.databaseUrl,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PSEUDONYM_KEY: 'a fixed pseudonymisation key for the tests only',
        ...env,
      },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout + error.stderr }),
    );

  it('answers --help without touching a database, and wants one of --check and --rebuild', async () => {
    const nowhere = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const help = await cli(['--help'], nowhere);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run summaries');
    const neither = await cli([], nowhere);
    expect(neither.code).toBe(2);
    expect(neither.stdout).toContain('Give one of --check and --rebuild');
  });

  it('--check exits 1 listing each difference; --rebuild repairs them; --check then exits 0', async () => {
    await resetFixture(t.app.db.pool);
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);

    // Drift, written straight into the summaries (as a path around the triggers would).
    const { project, person } = await t.one<{ project: string; person: string }>(
      `select project_code as project, person_id as person from reach order by person_id limit 1`,
    );
    await t.sql(`delete from reach where project_code = $1 and person_id = $2`, [project, person]);
    await t.sql(
      `update enrolment_daily set enrolled = enrolled + 1 where (project_code, day, sex) = (select project_code, day, sex from enrolment_daily limit 1)`,
    );
    await t.sql(`insert into esf_daily (project_code, day, sex, code, participants) values ('SAPERI', '2019-01-01', 'MALE', 'CO01', 3)`);

    const check = await cli(['--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('reach: 1 difference');
    expect(check.stdout).toMatch(
      new RegExp(`reach project_code=${project} person_id=${person}: stored \\(none\\), recomputed first_on=\\d{4}-\\d\\d-\\d\\d`),
    );
    expect(check.stdout).toContain('enrolment_daily: 1 difference');
    expect(check.stdout).toContain(
      'esf_daily project_code=SAPERI day=2019-01-01 sex=MALE code=CO01: stored participants=3, recomputed (none)',
    );
    // reach_daily and the programme's reach follow reach, esf_monthly follows esf_daily, through their triggers:
    // they differ from the recomputation too.
    expect(check.stdout).toContain('7 of 12 summary tables differ from the recomputation');
    expect((await checkSummaries(t.app.db.pool)).map((c) => c.table)).toEqual([
      'reach',
      'reach_daily',
      'reach_programme',
      'reach_programme_daily',
      'enrolment_daily',
      'esf_daily',
      'esf_monthly',
    ]);

    const rebuild = await cli(['--rebuild']);
    expect(rebuild.code).toBe(0);
    expect(rebuild.stdout).toContain('Rebuilt 12 summary tables; repaired 7.');
    const exact = await cli(['--check']);
    expect(exact.code).toBe(0);
    expect(exact.stdout).toContain('Every summary equals its recomputation (12 tables).');
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });

  it('a rebuild with nothing to repair changes nothing', async () => {
    await resetFixture(t.app.db.pool);
    const before = await t.sql(`select * from esf_daily order by project_code, day, sex, code`);
    expect(await rebuildSummaries(t.app.db.pool)).toEqual([]);
    expect(await t.sql(`select * from esf_daily order by project_code, day, sex, code`)).toEqual(before);
  });
});
