/**
 * The summaries stay equal to a full recomputation under concurrent writes: random interleavings
 * of transactions on separate connections (a property, fast-check's scheduler choosing which
 * connection sends its next statement), and the two races the issue names, pinned down.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { graphql } from './gql/index.js';
import { connect, outcomeOf, sendUntilBlocked, type Connection, type Outcome } from './helpers/connections.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { FIXTURE_ACTIVITIES, FIXTURE_PEOPLE, FIXTURE_PROJECTS, resetFixture, type Fixture } from './helpers/summary-fixture.js';

let t: TestApp;
const connections: Connection[] = [];
beforeAll(async () => {
  t = await startTestApp();
  for (let i = 0; i < 4; i += 1) connections.push(await connect(t.databaseUrl));
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await t?.close();
});

// ---------------------------------------------------------------------------------------------
// Writes, as the triggers see them: every statement kind on every table a summary reads.

const person = fc.nat({ max: FIXTURE_PEOPLE - 1 });
const activity = fc.nat({ max: FIXTURE_ACTIVITIES - 1 });
const project = fc.nat({ max: FIXTURE_PROJECTS.length - 1 });
const pick = fc.nat({ max: 20 }); // the n-th enrolment or repayment (modulo how many there are)
const days = fc.integer({ min: -10, max: 120 });

const operation = fc.oneof(
  fc.record({ kind: fc.constant('attend'), activity, person }),
  fc.record({ kind: fc.constant('attendAll'), activity }),
  fc.record({ kind: fc.constant('headcount'), activity, n: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('changeHeadcounts'), activity, n: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('void'), activity, person }),
  fc.record({ kind: fc.constant('voidHeadcounts'), activity }),
  fc.record({ kind: fc.constant('voidPerson'), person, project }),
  fc.record({ kind: fc.constant('reassign'), activity, person, to: person }),
  fc.record({ kind: fc.constant('moveAttendance'), activity, person, to: activity }),
  fc.record({ kind: fc.constant('moveActivity'), activity, days, project: fc.option(project) }),
  fc.record({ kind: fc.constant('enrol'), person, project, days, arrears: fc.nat({ max: 500_000 }) }),
  fc.record({
    kind: fc.constant('correctEnrolment'),
    pick,
    days: fc.integer({ min: -20, max: 20 }),
    arrears: fc.integer({ min: -100, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('exit'),
    pick,
    days,
    outcome: fc.constantFrom('EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN'),
    contract: fc.option(fc.constantFrom('PERMANENT', 'FIXED_TERM')),
    qualification: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('reopen'), pick }),
  fc.record({ kind: fc.constant('moveEnrolment'), pick, project }),
  fc.record({ kind: fc.constant('changeEnrolmentPerson'), pick, person }),
  fc.record({ kind: fc.constant('deleteEnrolment'), pick }),
  fc.record({ kind: fc.constant('followUp'), pick, days, employed: fc.boolean(), improved: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteFollowUp'), pick }),
  fc.record({ kind: fc.constant('repay'), pick, days, cents: fc.integer({ min: 1, max: 90_000 }) }),
  fc.record({
    kind: fc.constant('correctRepayment'),
    pick,
    days: fc.integer({ min: -15, max: 15 }),
    cents: fc.integer({ min: -50, max: 50 }),
  }),
  fc.record({ kind: fc.constant('deleteRepayment'), pick }),
  fc.record({ kind: fc.constant('withhold'), pick, cents: fc.integer({ min: 1, max: 90_000 }) }),
  fc.record({ kind: fc.constant('deleteWithholding'), pick }),
  fc.record({ kind: fc.constant('rebuild') }),
  fc.record({ kind: fc.constant('truncateFollowUps') }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const ENROLMENT = `(select id from enrolment order by id offset $1::int % greatest((select count(*) from enrolment), 1) limit 1)`;
const REPAYMENT = `(select id from repayment order by id offset $1::int % greatest((select count(*) from repayment), 1) limit 1)`;

/** The statements of one operation, in order, within the transaction. */
function statements(op: Operation, f: Fixture): [string, unknown[]][] {
  const a = (i: number) => f.activities[i]!;
  const p = (i: number) => f.people[i]!;
  switch (op.kind) {
    case 'attend':
      return [['insert into attendance (activity_id, person_id) values ($1, $2) on conflict do nothing', [a(op.activity), p(op.person)]]];
    case 'attendAll':
      return [['insert into attendance (activity_id, person_id) select $1, id from person on conflict do nothing', [a(op.activity)]]];
    case 'headcount':
      return [['insert into attendance (activity_id, anonymous_headcount) values ($1, $2)', [a(op.activity), op.n]]];
    case 'changeHeadcounts':
      return [
        [
          'update attendance set anonymous_headcount = greatest(1, anonymous_headcount + $2) where activity_id = $1 and person_id is null',
          [a(op.activity), op.n],
        ],
      ];
    case 'void':
      return [['delete from attendance where activity_id = $1 and person_id = $2', [a(op.activity), p(op.person)]]];
    case 'voidHeadcounts':
      return [['delete from attendance where activity_id = $1 and person_id is null', [a(op.activity)]]];
    case 'voidPerson':
      return [
        [
          'delete from attendance t using activity a where a.id = t.activity_id and t.person_id = $1 and a.project_code = $2',
          [p(op.person), f.projects[op.project]],
        ],
      ];
    case 'reassign':
      return [['update attendance set person_id = $3 where activity_id = $1 and person_id = $2', [a(op.activity), p(op.person), p(op.to)]]];
    case 'moveAttendance':
      return [
        ['update attendance set activity_id = $3 where activity_id = $1 and person_id = $2', [a(op.activity), p(op.person), a(op.to)]],
      ];
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
          `insert into enrolment (person_id, project_code, selected_on, arrears_cents) values ($1, $2, date '2019-02-01' + $3::int, $4)`,
          [p(op.person), f.projects[op.project], op.days, op.arrears],
        ],
      ];
    case 'correctEnrolment':
      return [
        [
          `update enrolment set selected_on = selected_on + $2::int, arrears_cents = arrears_cents + $3 where id = ${ENROLMENT}`,
          [op.pick, op.days, op.arrears],
        ],
      ];
    case 'exit':
      return [
        [
          `update enrolment set exited_on = selected_on + $2::int, outcome = $3, contract_type = $4, qualification_on_exit = $5
            where id = ${ENROLMENT}`,
          [op.pick, op.days, op.outcome, op.outcome === 'EMPLOYED' ? op.contract : null, op.qualification],
        ],
      ];
    case 'reopen':
      return [
        [
          `update enrolment set exited_on = null, outcome = null, contract_type = null, qualification_on_exit = null where id = ${ENROLMENT}`,
          [op.pick],
        ],
      ];
    case 'moveEnrolment':
      return [[`update enrolment set project_code = $2 where id = ${ENROLMENT}`, [op.pick, f.projects[op.project]]]];
    case 'changeEnrolmentPerson':
      return [[`update enrolment set person_id = $2 where id = ${ENROLMENT}`, [op.pick, p(op.person)]]];
    case 'deleteEnrolment':
      // As voidRecord does: the enrolment's row locked first, then what hangs on it, then the row.
      // (Without the first lock, deleting the row upgrades the share lock its dependents' triggers
      // took, and a concurrent exit already waiting for that row makes a cycle: a deadlock.)
      return [
        [`select 1 from enrolment where id = ${ENROLMENT} for update`, [op.pick]],
        [`delete from follow_up where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from repayment where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from withholding where enrolment_id = ${ENROLMENT}`, [op.pick]],
        [`delete from enrolment where id = ${ENROLMENT}`, [op.pick]],
      ];
    case 'followUp':
      return [
        [
          `insert into follow_up (enrolment_id, observed_on, employed, improved_situation)
           select id, selected_on + $2::int, $3, $4 from enrolment where id = ${ENROLMENT}
           on conflict (enrolment_id) do update
             set observed_on = excluded.observed_on, employed = excluded.employed, improved_situation = excluded.improved_situation`,
          [op.pick, op.days, op.employed, op.improved],
        ],
      ];
    case 'deleteFollowUp':
      return [[`delete from follow_up where enrolment_id = ${ENROLMENT}`, [op.pick]]];
    case 'repay':
      return [
        [
          `insert into repayment (enrolment_id, paid_on, amount_cents) select id, selected_on + $2::int, $3 from enrolment where id = ${ENROLMENT}`,
          [op.pick, op.days, op.cents],
        ],
      ];
    case 'correctRepayment':
      return [
        [
          `update repayment set paid_on = paid_on + $2::int, amount_cents = greatest(1, amount_cents + $3) where id = ${REPAYMENT}`,
          [op.pick, op.days, op.cents],
        ],
      ];
    case 'deleteRepayment':
      return [[`delete from repayment where id = ${REPAYMENT}`, [op.pick]]];
    case 'withhold':
      return [
        [
          `insert into withholding (enrolment_id, withheld_on, amount_cents)
           select id, coalesce(exited_on, selected_on), $2 from enrolment where id = ${ENROLMENT}
           on conflict (enrolment_id) do update set amount_cents = excluded.amount_cents, withheld_on = excluded.withheld_on`,
          [op.pick, op.cents],
        ],
      ];
    case 'deleteWithholding':
      return [[`delete from withholding where enrolment_id = ${ENROLMENT}`, [op.pick]]];
    case 'rebuild':
      return [['select rebuild_summaries()', []]];
    case 'truncateFollowUps':
      return [['truncate follow_up', []]];
  }
}

/**
 * What a write may be refused for, and then rolled back: a unique, foreign-key or check
 * constraint, or the trigger refusing to move an enrolment with a ledger (and, for transactions
 * of several statements in random orders, a deadlock PostgreSQL detected). Anything else (a
 * duplicate key inside a trigger included) is a bug.
 */
const REFUSALS: Record<string, string[]> = {
  '23505': ['enrolment_one_open_per_project', 'attendance_activity_id_person_id_unique', 'follow_up_enrolment_id_unique'],
  '23503': [],
  '23514': [],
  P0001: ['cannot move to another project'],
};

function refusal(outcome: Outcome & { ok: false }, refusals: Record<string, string[]>): boolean {
  const expected = refusals[outcome.code];
  if (!expected) return false;
  return expected.length === 0 || expected.some((fragment) => outcome.message.includes(fragment));
}

interface Transaction {
  ops: Operation[];
  commit: boolean;
}

interface Tally {
  committed: number;
  refused: number;
  deadlocks: number;
}

/**
 * Runs each connection's transactions in order, the connections concurrently, the scheduler
 * choosing which connection sends its next statement. A refused transaction is rolled back;
 * returns the failures that are not refusals.
 */
async function interleave(s: fc.Scheduler, programs: Transaction[][], refusals: Record<string, string[]>, tally: Tally): Promise<string[]> {
  const fixture = await resetFixture(t.app.db.pool);
  const unexpected: string[] = [];
  const run = async (connection: Connection, name: string, txs: Transaction[]) => {
    for (const tx of txs) {
      await s.schedule(Promise.resolve(), `${name} begin`);
      await connection.client.query('begin');
      let failed: (Outcome & { ok: false }) | undefined;
      for (const op of tx.ops) {
        for (const [text, params] of statements(op, fixture)) {
          await s.schedule(Promise.resolve(), `${name} ${op.kind}`);
          const outcome = await outcomeOf(connection.client.query(text, params));
          if (!outcome.ok) failed = outcome;
          if (failed) break;
        }
        if (failed) break;
      }
      await s.schedule(Promise.resolve(), `${name} ${failed || !tx.commit ? 'rollback' : 'commit'}`);
      const end = await outcomeOf(connection.client.query(failed || !tx.commit ? 'rollback' : 'commit'));
      if (!end.ok) failed = end;
      if (failed && !refusal(failed, refusals))
        unexpected.push(`${name} [${tx.ops.map((o) => o.kind).join(', ')}]: ${failed.code} ${failed.message}`);
      if (failed?.code === '40P01') tally.deadlocks += 1;
      if (failed) tally.refused += 1;
      else if (tx.commit) tally.committed += 1;
    }
  };
  await s.waitFor(Promise.all(programs.map((txs, i) => run(connections[i]!, `c${i}`, txs))));
  return unexpected;
}

describe('summaries under random interleavings of writes from several connections', () => {
  it('equal a full recomputation after every interleaving; a write fails only for a constraint or a deadlock', async () => {
    const tally: Tally = { committed: 0, refused: 0, deadlocks: 0 };
    const transaction = fc.record({ ops: fc.array(operation, { minLength: 1, maxLength: 4 }), commit: fc.boolean() });
    const programs = fc.array(fc.array(transaction, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: connections.length });
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), programs, async (s, programs) => {
        expect(await interleave(s, programs, { ...REFUSALS, '40P01': [] }, tally)).toEqual([]);
        expect(await checkSummaries(t.app.db.pool)).toEqual([]);
      }),
      { numRuns: 40, endOnFailure: true },
    );
    // The runs did write, and did sometimes collide.
    expect(tally.committed).toBeGreaterThan(30);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('one-statement writes and rebuilds running together never deadlock', async () => {
    // The services write one thing per transaction; a rebuild (npm run summaries -- --rebuild)
    // may run meanwhile. Deadlocks here would fail writes for nothing.
    const tally: Tally = { committed: 0, refused: 0, deadlocks: 0 };
    // (Voiding an enrolment is several statements — its follow-up, ledger and row — and may meet a
    // write on one of its children in a cycle of locks, which PostgreSQL breaks and the hub answers
    // CONFLICT "try again"; the property above covers it, deadlocks allowed.)
    const single = operation.filter((op) => op.kind !== 'truncateFollowUps' && op.kind !== 'deleteEnrolment');
    const transaction = fc.record({ ops: fc.tuple(single), commit: fc.constant(true) });
    const programs = fc.array(fc.array(transaction, { minLength: 2, maxLength: 5 }), { minLength: 3, maxLength: connections.length });
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), programs, async (s, programs) => {
        expect(await interleave(s, programs, REFUSALS, tally)).toEqual([]);
        expect(await checkSummaries(t.app.db.pool)).toEqual([]);
      }),
      { numRuns: 20, endOnFailure: true },
    );
    expect(tally.committed).toBeGreaterThan(60);
  });
});

describe('a REPEATABLE READ writer', () => {
  it('is refused: its one snapshot would recompute reach without what a concurrent writer committed', async () => {
    const fixture = await resetFixture(t.app.db.pool);
    const c = connections[0]!;
    await c.client.query('begin isolation level repeatable read');
    const refused = await outcomeOf(
      c.client.query('insert into attendance (activity_id, person_id) values ($1, $2) on conflict do nothing', [
        fixture.activities[0],
        fixture.people[0],
      ]),
    );
    await c.client.query('rollback');
    expect(refused).toMatchObject({ ok: false, code: '25000' });
    // READ COMMITTED and SERIALIZABLE writers go through.
    for (const level of ['read committed', 'serializable']) {
      await c.client.query(`begin isolation level ${level}`);
      await c.client.query('delete from attendance where activity_id = $1', [fixture.activities[0]]);
      await c.client.query('commit');
    }
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The two races of the issue, each ordering pinned down: a statement is sent, then the next one
// once the first has finished or waits for a lock.

const PARTICIPATION = graphql(`
  query SummariesRaceParticipation($filter: ReportFilter) {
    participation(filter: $filter) {
      project {
        code
      }
      peopleReached
    }
  }
`);

describe('racing voids of one person’s attendances', () => {
  it('leave no reach row once the last attendance goes, and never fail with a duplicate key', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        async (count, enrolled, ranks) => {
          const fixture = await resetFixture(t.app.db.pool);
          // A newcomer with `count` attendances in LSQ_RHO (and maybe an enrolment there).
          const { id: newcomer } = await t.one<{ id: string }>(
            `insert into person (fiscal_code_hash, sex, birth_year, labour_status) values (md5(random()::text), 'FEMALE', 1980, 'UNEMPLOYED') returning id`,
          );
          const activities = await t.sql<{ id: string }>(
            `insert into activity (project_code, kind, held_on, title)
             select 'LSQ_RHO', 'OUTREACH', date '2019-05-01' + n * 3, 'Race ' || n from generate_series(1, $1::int) n returning id`,
            [count],
          );
          for (const { id } of activities) await t.sql('insert into attendance (activity_id, person_id) values ($1, $2)', [id, newcomer]);
          if (enrolled)
            await t.sql(
              `insert into enrolment (person_id, project_code, selected_on, arrears_cents) values ($1, 'LSQ_RHO', '2019-06-01', 0)`,
              [newcomer],
            );
          expect(fixture.people.length).toBeGreaterThan(0);

          // Each attendance voided by its own connection, in a random order; then the commits.
          const order = activities.map((a, i) => ({ a, rank: ranks[i]! })).sort((x, y) => x.rank - y.rank);
          const sent: Promise<Outcome>[] = [];
          for (const [i, { a }] of order.entries()) {
            await connections[i]!.client.query('begin');
            const { done } = await sendUntilBlocked(
              t.app.db.pool,
              connections[i]!,
              'delete from attendance where activity_id = $1 and person_id = $2',
              [a.id, newcomer],
            );
            sent.push(done);
          }
          const outcomes: Outcome[] = [];
          for (const [i] of order.entries()) {
            const outcome = await sent[i]!;
            outcomes.push(outcome);
            await connections[i]!.client.query(outcome.ok ? 'commit' : 'rollback');
          }
          expect(outcomes.filter((o) => !o.ok)).toEqual([]);
          const reach = await t.sql(`select first_on::text from reach where project_code = 'LSQ_RHO' and person_id = $1`, [newcomer]);
          expect(reach).toEqual(enrolled ? [{ first_on: '2019-06-01' }] : []);
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
          // The figure the API gives counts the newcomer only when enrolled.
          const answer = await t.gql(PARTICIPATION, { filter: { asOf: '2020-08-31', projectCodes: ['LSQ_RHO'] } }, AS_ADMIN);
          const { reached } = await t.one<{ reached: number }>(
            `select count(*)::int as reached from reach_recomputed() where project_code = 'LSQ_RHO'`,
          );
          expect(answer.data?.participation[0]?.peopleReached).toBe(reached);
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  });
});

describe('racing first days of one person in two projects', () => {
  it('keep the earliest as the programme first day (reach_programme); without the per-person lock the second overwrote the first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURE_PROJECTS),
        fc.constantFrom(...FIXTURE_PROJECTS),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        async (first, second, dayA, dayB) => {
          await resetFixture(t.app.db.pool);
          // A newcomer nobody has reached yet, enrolled in two projects by two transactions at once.
          const { id: newcomer } = await t.one<{ id: string }>(
            `insert into person (fiscal_code_hash, sex, birth_year, labour_status) values (md5(random()::text), 'MALE', 1975, 'UNEMPLOYED') returning id`,
          );
          const enrol = `insert into enrolment (person_id, project_code, selected_on, arrears_cents) values ($1, $2, date '2019-03-01' + $3::int, 0)`;
          const [a, b] = [connections[0]!, connections[1]!];
          await a.client.query('begin');
          await b.client.query('begin');
          const doneA = (await sendUntilBlocked(t.app.db.pool, a, enrol, [newcomer, first, dayA])).done;
          const doneB = (await sendUntilBlocked(t.app.db.pool, b, enrol, [newcomer, second, dayB])).done;
          // Committed in the order sent: the second may be waiting for the first.
          const order: [Connection, Promise<Outcome>][] = [
            [a, doneA],
            [b, doneB],
          ];
          const outcomes: Outcome[] = [];
          for (const [connection, done] of order) {
            const outcome = await done;
            outcomes.push(outcome);
            await connection.client.query(outcome.ok ? 'commit' : 'rollback');
          }
          // The same project twice may be refused (one enrolment at a time); two projects never are.
          if (first !== second) expect(outcomes.filter((o) => !o.ok)).toEqual([]);
          const { first_on } = await t.one<{ first_on: string }>(`select first_on::text from reach_programme where person_id = $1`, [
            newcomer,
          ]);
          const { earliest } = await t.one<{ earliest: string }>(
            `select min(selected_on)::text as earliest from enrolment where person_id = $1`,
            [newcomer],
          );
          expect(first_on).toBe(earliest);
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  });
});

type Statement = [string, unknown[]];

/**
 * Two transactions on separate connections: `first` is sent, then `second` once `first` has
 * finished (or waits for a lock); then `first` commits, then `second`. Returns their outcomes.
 */
async function race(first: Statement, second: Statement): Promise<[Outcome, Outcome]> {
  const [c1, c2] = [connections[0]!, connections[1]!];
  await c1.client.query('begin');
  await c2.client.query('begin');
  const one = await sendUntilBlocked(t.app.db.pool, c1, ...first);
  const two = await sendUntilBlocked(t.app.db.pool, c2, ...second);
  const firstOutcome = await one.done;
  await c1.client.query(firstOutcome.ok ? 'commit' : 'rollback');
  const secondOutcome = await two.done;
  await c2.client.query(secondOutcome.ok ? 'commit' : 'rollback');
  return [firstOutcome, secondOutcome];
}

describe('an exit correction racing a follow-up insert', () => {
  it('leaves esf_daily equal to the recomputation, whichever goes first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        fc.constantFrom('EMPLOYED', 'UNSUCCESSFUL'),
        fc.boolean(),
        fc.boolean(),
        async (correctionFirst, correctingFollowUp, shift, outcome, employed, improved) => {
          await resetFixture(t.app.db.pool);
          // An exited participant with complete data (and, when the follow-up is corrected, one already).
          const { id } = await t.one<{ id: string }>(
            `insert into enrolment (person_id, project_code, selected_on, arrears_cents, exited_on, outcome, contract_type, qualification_on_exit)
             select id, 'SAPERI', '2019-01-10', 0, '2019-07-01', 'EMPLOYED', 'PERMANENT', true
               from person where education is not null and id not in (select person_id from enrolment where project_code = 'SAPERI') limit 1
             returning id`,
          );
          if (correctingFollowUp)
            await t.sql(
              `insert into follow_up (enrolment_id, observed_on, employed, improved_situation) values ($1, '2019-03-01', $2, $3)`,
              [id, !employed, !improved],
            );
          const correction: Statement = [
            `update enrolment set exited_on = exited_on + $2::int, outcome = $3, contract_type = $4 where id = $1`,
            [id, shift, outcome, outcome === 'EMPLOYED' ? 'PERMANENT' : null],
          ];
          // Observed before either exit day: CR06 and CR07 count on the exit day.
          const followUp: Statement = correctingFollowUp
            ? [
                `update follow_up set observed_on = '2019-04-01', employed = $2, improved_situation = $3 where enrolment_id = $1`,
                [id, employed, improved],
              ]
            : [
                `insert into follow_up (enrolment_id, observed_on, employed, improved_situation) values ($1, '2019-04-01', $2, $3)`,
                [id, employed, improved],
              ];
          const outcomes = await (correctionFirst ? race(correction, followUp) : race(followUp, correction));
          expect(outcomes.filter((o) => !o.ok)).toEqual([]);
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
        },
      ),
      { numRuns: 16, endOnFailure: true },
    );
  });
});

describe('an activity moved while one of its attendances is recorded or voided', () => {
  it('moves the attendance with it: attendance_daily and reach equal the recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
        fc.constantFrom(null, 'SAPERI'),
        async (moveFirst, voiding, shift, project) => {
          const fixture = await resetFixture(t.app.db.pool);
          const activity = fixture.activities[0]!; // GOLAB, 2019-03-01
          const newcomer = (
            await t.one<{ id: string }>(`insert into person (fiscal_code_hash, sex, birth_year, labour_status)
               values (md5(random()::text), 'MALE', 1990, 'EMPLOYED') returning id`)
          ).id;
          if (voiding) await t.sql('insert into attendance (activity_id, person_id) values ($1, $2)', [activity, newcomer]);
          const move: Statement = [
            `update activity set held_on = held_on + $2::int, project_code = coalesce($3, project_code) where id = $1`,
            [activity, shift, project],
          ];
          const attendance: Statement = voiding
            ? ['delete from attendance where activity_id = $1 and person_id = $2', [activity, newcomer]]
            : ['insert into attendance (activity_id, person_id) values ($1, $2)', [activity, newcomer]];
          const outcomes = await (moveFirst ? race(move, attendance) : race(attendance, move));
          expect(outcomes.filter((o) => !o.ok)).toEqual([]);
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
        },
      ),
      { numRuns: 16, endOnFailure: true },
    );
  });
});

describe('an enrolment moved to another project while a repayment is recorded', () => {
  it('counts the repayment under the project the enrolment ends in, or refuses the move', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.integer({ min: 1, max: 100_000 }), async (moveFirst, cents) => {
        await resetFixture(t.app.db.pool);
        // An enrolment with no ledger yet: it may move.
        const { id } = await t.one<{ id: string }>(
          `insert into enrolment (person_id, project_code, selected_on, arrears_cents)
           select id, 'LSQ_RHO', '2019-05-01', 100000 from person
            where id not in (select person_id from enrolment) limit 1 returning id`,
        );
        const move: Statement = [`update enrolment set project_code = 'SAPERI' where id = $1`, [id]];
        const repayment: Statement = [
          `insert into repayment (enrolment_id, paid_on, amount_cents) values ($1, '2019-06-01', $2)`,
          [id, cents],
        ];
        const [first, second] = await (moveFirst ? race(move, repayment) : race(repayment, move));
        // Recorded first, the repayment keeps the enrolment where it is: the move is refused.
        const failures = [first, second].flatMap((o) => (o.ok ? [] : [`${o.code} ${o.message}`]));
        expect(failures).toEqual(moveFirst ? [] : ['P0001 an enrolment with repayments or withholding cannot move to another project']);
        expect(await checkSummaries(t.app.db.pool)).toEqual([]);
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });
});
