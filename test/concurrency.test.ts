/**
 * Writes that race. Requests are fired at the same moment over HTTP against the real server; each
 * property then checks what must hold whatever the interleaving: one winner where the domain says
 * one, every loser a CONFLICT (or the rule's BAD_USER_INPUT) naming the field and never a masked
 * INTERNAL_SERVER_ERROR, no duplicates, and an audit trail whose every entry's `before` is the
 * previous entry's `after` for the same record, the last `after` being the record as it is.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';
import { checkSummaries } from '../server/db/summaries.js';

let t: TestApp;
let fixtures: Fixtures;
beforeAll(async () => {
  t = await startTestApp();
  fixtures = new Fixtures(t);
});
afterAll(() => t?.close());

const EXIT = graphql(`
  mutation RaceExit($input: ExitInput!) {
    recordExit(input: $input) {
      id
      outcome
    }
  }
`);
const CORRECT = graphql(`
  mutation RaceCorrect($input: CorrectEnrolmentInput!) {
    correctEnrolment(input: $input) {
      id
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation RaceFollowUp($input: FollowUpInput!) {
    recordFollowUp(input: $input) {
      id
    }
  }
`);
const VOID = graphql(`
  mutation RaceVoid($input: VoidInput!) {
    voidRecord(input: $input)
  }
`);
const REGISTER = graphql(`
  mutation RaceRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);
const ENROL = graphql(`
  mutation RaceEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);
const ATTEND = graphql(`
  mutation RaceAttend($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);
const ACTIVITY = graphql(`
  mutation RaceActivity($input: ActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);
const REPAY = graphql(`
  mutation RaceRepay($input: RepaymentInput!) {
    recordRepayment(input: $input) {
      id
    }
  }
`);
const CORRECT_REPAYMENT = graphql(`
  mutation RaceCorrectRepayment($input: CorrectRepaymentInput!) {
    correctRepayment(input: $input) {
      id
    }
  }
`);

/** A request of a race: any typed document (sent as its text), its variables, and a label for the messages. */
type Sent = { document: { toString(): string }; variables: Record<string, unknown>; label: string };
interface Answer {
  label: string;
  ok: boolean;
  code?: string;
  field?: string;
  data?: Record<string, unknown>;
}

/** Sends every request at the same moment; returns what each was answered. */
async function race(requests: Sent[]): Promise<Answer[]> {
  const responses = await Promise.all(requests.map((r) => t.gql<Record<string, unknown>>(r.document.toString(), r.variables, AS_ADMIN)));
  return responses.map((response, i) => {
    const label = requests[i]!.label;
    expect(response.status, `${label}: ${JSON.stringify(response)}`).toBe(200);
    if (!response.errors) return { label, ok: true, data: response.data };
    expect(response.errors, label).toHaveLength(1);
    const { code, field } = response.errors[0]!.extensions as { code: string; field?: string };
    return { label, ok: false, code, ...(field ? { field } : {}) };
  });
}

/** No masked error: every refusal is one the caller can act on, and names its field. */
function noMaskedErrors(answers: Answer[], allowed = ['CONFLICT', 'BAD_USER_INPUT']): void {
  for (const answer of answers.filter((a) => !a.ok)) {
    expect(allowed, JSON.stringify(answer)).toContain(answer.code);
    expect(answer.field, JSON.stringify(answer)).toBeTruthy();
  }
}

/** Entries whose `before` is not the previous entry's `after` for the same record. */
async function brokenChain(): Promise<unknown[]> {
  return t.sql(`
    select entity, entity_id, id, action, before, previous from (
      select entity, entity_id, id, action, before,
             lag(after) over w as previous, lag(id) over w as previous_id
        from audit_entry window w as (partition by entity, entity_id order by id)) x
     where previous_id is not null and before is distinct from previous`);
}

/** Live records whose last audited `after` is not what they are now (the trail must rebuild them). */
async function trailDisagrees(): Promise<unknown[]> {
  const last = (entity: string) =>
    `(select after from audit_entry a where a.entity = '${entity}' and a.entity_id = x.id::text order by a.id desc limit 1)`;
  return t.sql(`
    select 'enrolment' as entity, x.id from enrolment x
     where ${last('enrolment')} is distinct from jsonb_build_object('id', x.id, 'personId', x.person_id, 'projectCode', x.project_code,
       'selectedOn', x.selected_on::text, 'arrearsCents', x.arrears_cents::text, 'exitedOn', x.exited_on::text, 'outcome', x.outcome,
       'contractType', x.contract_type, 'qualificationOnExit', x.qualification_on_exit, 'jobSearchingOnExit', x.job_searching_on_exit,
       'inEducationOrTrainingOnExit', x.in_education_or_training_on_exit)
       and exists (select 1 from audit_entry a where a.entity = 'enrolment' and a.entity_id = x.id::text)
    union all
    select 'withholding', x.id from withholding x
     where ${last('withholding')} is distinct from jsonb_build_object('id', x.id, 'enrolmentId', x.enrolment_id,
       'withheldOn', x.withheld_on::text, 'amountCents', x.amount_cents::text)
       and exists (select 1 from audit_entry a where a.entity = 'withholding' and a.entity_id = x.id::text)
    union all
    select 'repayment', x.id from repayment x
     where ${last('repayment')} is distinct from jsonb_build_object('id', x.id, 'enrolmentId', x.enrolment_id,
       'paidOn', x.paid_on::text, 'amountCents', x.amount_cents::text)
       and exists (select 1 from audit_entry a where a.entity = 'repayment' and a.entity_id = x.id::text)`);
}

async function trailIsWhole(): Promise<void> {
  expect(await brokenChain()).toEqual([]);
  expect(await trailDisagrees()).toEqual([]);
}

/** Every UNSUCCESSFUL exit has exactly its withholding, dated on the exit; no other exit has one. */
async function withholdingsFollowExits(): Promise<void> {
  const wrong = await t.sql(`
    select e.id, e.outcome, e.exited_on, count(w.id) as n from enrolment e left join withholding w on w.enrolment_id = e.id
     group by e.id having count(w.id) <> (case when e.outcome = 'UNSUCCESSFUL' then 1 else 0 end)
        or bool_or(w.id is not null and w.withheld_on is distinct from e.exited_on)`);
  expect(wrong).toEqual([]);
}

let serial = 0;
/** A person and an open enrolment in GOLAB selected on 2019-01-15, written straight to the tables. */
async function openEnrolment(): Promise<{ personId: string; enrolmentId: string }> {
  const personId = await fixtures.person({ sex: 'FEMALE', birthYear: 1975, labourStatus: 'UNEMPLOYED', education: null });
  const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
  return { personId, enrolmentId };
}

/** A made-up fiscal code of a woman born in 1980, never the same twice in a run. */
function newFiscalCode(): string {
  serial += 1;
  const letters = [0, 1, 2, 3, 4, 5].map((i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(serial / 26 ** i) % 26]).join('');
  const base = `${letters}80A41F205`;
  return base + checkCharacter(base);
}

const EXITS = [
  { outcome: 'EMPLOYED', contractType: 'PERMANENT' },
  { outcome: 'EMPLOYED', contractType: 'FIXED_TERM' },
  { outcome: 'UNSUCCESSFUL' },
  { outcome: 'WITHDRAWN' },
] as const;
const exitArb = fc.record({
  exit: fc.constantFrom(...EXITS),
  day: fc.integer({ min: 1, max: 28 }),
});
const exitInput = (enrolmentId: string, e: { exit: (typeof EXITS)[number]; day: number }) => ({
  enrolmentId,
  exitedOn: `2019-06-${String(e.day).padStart(2, '0')}`,
  ...e.exit,
});

describe('racing exits of one enrolment', () => {
  it('have one winner; every other racer is a CONFLICT on enrolmentId, and the withholding follows the winner', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exitArb, { minLength: 2, maxLength: 8 }), async (exits) => {
        const { enrolmentId } = await openEnrolment();
        const answers = await race(
          exits.map((e, i) => ({ document: EXIT, variables: { input: exitInput(enrolmentId, e) }, label: `exit ${i}` })),
        );
        noMaskedErrors(answers, ['CONFLICT']);
        const winners = answers.map((a, i) => ({ a, i })).filter(({ a }) => a.ok);
        expect(winners).toHaveLength(1);
        for (const loser of answers.filter((a) => !a.ok)) expect(loser).toMatchObject({ code: 'CONFLICT', field: 'enrolmentId' });
        const won = exits[winners[0]!.i]!;
        const row = await t.one<{ outcome: string; exited_on: string; withheld: number }>(
          `select outcome, exited_on::text, (select count(*)::int from withholding where enrolment_id = e.id) as withheld from enrolment e where id = $1`,
          [enrolmentId],
        );
        expect(row).toEqual({
          outcome: won.exit.outcome,
          exited_on: exitInput(enrolmentId, won).exitedOn,
          withheld: won.exit.outcome === 'UNSUCCESSFUL' ? 1 : 0,
        });
        const updates = await t.one<{ n: number }>(
          `select count(*)::int as n from audit_entry where entity = 'enrolment' and entity_id = $1`,
          [enrolmentId],
        );
        expect(updates.n).toBe(1);
      }),
      { numRuns: 8 },
    );
    await withholdingsFollowExits();
    await trailIsWhole();
  });
});

describe('racing corrections of one enrolment', () => {
  const correctionArb = fc.record(
    {
      arrearsAtEnrolment: fc.integer({ min: 1, max: 999_999 }).map((cents) => (cents / 100).toFixed(2)),
      exit: fc.constantFrom(...EXITS),
      exitedOn: fc.integer({ min: 1, max: 28 }).map((d) => `2019-07-${String(d).padStart(2, '0')}`),
      removeExit: fc.constant(true),
    },
    { requiredKeys: [] },
  );

  it('all apply, one after the other: the trail chains every before to the previous after, and the withholding follows the last', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(correctionArb, { minLength: 2, maxLength: 12 }), async (corrections) => {
        const { enrolmentId } = await openEnrolment();
        await t.gql(EXIT, { input: { enrolmentId, exitedOn: '2019-06-30', outcome: 'UNSUCCESSFUL' } }, AS_ADMIN);
        const answers = await race(
          corrections.map((c, i) => {
            const input: Record<string, unknown> = { enrolmentId, reason: `correction ${i}` };
            if (c.arrearsAtEnrolment) input.arrearsAtEnrolment = c.arrearsAtEnrolment;
            if (c.removeExit) input.removeExit = true;
            else if (c.exit || c.exitedOn) Object.assign(input, { exitedOn: c.exitedOn ?? '2019-07-01', ...(c.exit ?? EXITS[2]) });
            return { document: CORRECT, variables: { input }, label: `correction ${i}` };
          }),
        );
        // A correction that needs an exit the previous one removed is refused by the rule, with its field.
        noMaskedErrors(answers, ['BAD_USER_INPUT']);
        const applied = answers.filter((a) => a.ok).length;
        const { n } = await t.one<{ n: number }>(
          `select count(*)::int as n from audit_entry where entity = 'enrolment' and entity_id = $1 and action = 'update'`,
          [enrolmentId],
        );
        expect(n).toBe(applied + 1);
      }),
      { numRuns: 10 },
    );
    await withholdingsFollowExits();
    await trailIsWhole();
  });

  it('racing corrections of one repayment chain in the trail', async () => {
    const { enrolmentId } = await openEnrolment();
    const repay = await t.gql(REPAY, { input: { enrolmentId, paidOn: '2019-03-01', amount: '100.00' } }, AS_ADMIN);
    const repaymentId = repay.data!.recordRepayment.id;
    const answers = await race(
      Array.from({ length: 10 }, (_, i) => ({
        document: CORRECT_REPAYMENT,
        variables: {
          input: { repaymentId, amount: `${101 + i}.00`, paidOn: `2019-03-${String(2 + i).padStart(2, '0')}`, reason: `fix ${i}` },
        },
        label: `repayment fix ${i}`,
      })),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    await trailIsWhole();
  });
});

describe('racing follow-ups and voids', () => {
  it('one follow-up per enrolment: of racing follow-ups one wins, the others are a CONFLICT on enrolmentId', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), async (racers) => {
        const { enrolmentId } = await openEnrolment();
        await t.gql(EXIT, { input: { enrolmentId, exitedOn: '2019-06-30', outcome: 'WITHDRAWN' } }, AS_ADMIN);
        const answers = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: FOLLOW_UP,
            variables: { input: { enrolmentId, observedOn: '2020-01-10', employed: i % 2 === 0, improvedSituation: true } },
            label: `follow-up ${i}`,
          })),
        );
        noMaskedErrors(answers, ['CONFLICT']);
        expect(answers.filter((a) => a.ok)).toHaveLength(1);
        for (const loser of answers.filter((a) => !a.ok)) expect(loser.field).toBe('enrolmentId');
        expect(await t.sql(`select id from follow_up where enrolment_id = $1`, [enrolmentId])).toHaveLength(1);
      }),
      { numRuns: 6 },
    );
  });

  it('a follow-up racing the removal of its exit: never both', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), async (followUpFirst) => {
        const { enrolmentId } = await openEnrolment();
        await t.gql(EXIT, { input: { enrolmentId, exitedOn: '2019-06-30', outcome: 'UNSUCCESSFUL' } }, AS_ADMIN);
        const followUp = {
          document: FOLLOW_UP,
          variables: { input: { enrolmentId, observedOn: '2020-01-10', employed: false, improvedSituation: true } },
          label: 'follow-up',
        };
        const removal = {
          document: CORRECT,
          variables: { input: { enrolmentId, removeExit: true, reason: 'no exit' } },
          label: 'remove exit',
        };
        const answers = await race(followUpFirst ? [followUp, removal] : [removal, followUp]);
        noMaskedErrors(answers);
        expect(answers.filter((a) => a.ok)).toHaveLength(1);
        const { exited, followUps } = await t.one<{ exited: boolean; followUps: number }>(
          `select exited_on is not null as exited, (select count(*)::int from follow_up where enrolment_id = e.id) as "followUps" from enrolment e where id = $1`,
          [enrolmentId],
        );
        expect(followUps === 0 || exited).toBe(true);
      }),
      { numRuns: 6 },
    );
    await withholdingsFollowExits();
    await trailIsWhole();
  });

  it('racing voids of one record: one wins, the others are a CONFLICT on id (it was voided), never a 500', async () => {
    const records = ['ENROLMENT', 'REPAYMENT', 'ATTENDANCE', 'ACTIVITY'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...records), fc.integer({ min: 2, max: 6 }), async (record, racers) => {
        const { personId, enrolmentId } = await openEnrolment();
        const repaid = await t.gql(REPAY, { input: { enrolmentId, paidOn: '2019-03-01', amount: '50.00' } }, AS_ADMIN);
        serial += 1;
        const activity = await t.gql(
          ACTIVITY,
          { input: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-04-02', title: `Corso ${serial}` } },
          AS_ADMIN,
        );
        const activityId = activity.data!.recordActivity.id;
        const attended = await t.gql(ATTEND, { input: { activityId, personId } }, AS_ADMIN);
        const id = {
          ENROLMENT: enrolmentId,
          REPAYMENT: repaid.data!.recordRepayment.id,
          ATTENDANCE: attended.data!.recordAttendance.id,
          ACTIVITY: activityId,
        }[record];
        const answers = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: VOID,
            variables: { input: { record, id, reason: `mistake ${i}` } },
            label: `void ${i}`,
          })),
        );
        noMaskedErrors(answers, ['CONFLICT']);
        expect(answers.filter((a) => a.ok)).toHaveLength(1);
        for (const loser of answers.filter((a) => !a.ok)) expect(loser.field).toBe('id');
        const voids = await t.one<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'void' and entity_id = $1`, [
          id,
        ]);
        expect(voids.n).toBe(1);
      }),
      { numRuns: 8 },
    );
    await trailIsWhole();
  });

  it('an attendance racing the void of its activity: recorded and voided with it, or a CONFLICT on activityId', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.boolean(), async (attendances, voidFirst) => {
        serial += 1;
        const activity = await t.gql(
          ACTIVITY,
          { input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-05-03', title: `Festa ${serial}` } },
          AS_ADMIN,
        );
        const activityId = activity.data!.recordActivity.id;
        const people = await Promise.all(Array.from({ length: attendances }, () => openEnrolment()));
        const attend = people.map((p, i) => ({
          document: ATTEND,
          variables: { input: { activityId, personId: p.personId } },
          label: `attend ${i}`,
        }));
        const voiding = {
          document: VOID,
          variables: { input: { record: 'ACTIVITY', id: activityId, reason: 'never held' } },
          label: 'void',
        };
        const answers = await race(voidFirst ? [voiding, ...attend] : [...attend, voiding]);
        noMaskedErrors(answers, ['CONFLICT']);
        expect(answers.find((a) => a.label === 'void')!.ok).toBe(true);
        for (const loser of answers.filter((a) => !a.ok)) expect(loser).toMatchObject({ code: 'CONFLICT', field: 'activityId' });
        expect(await t.sql(`select id from attendance where activity_id = $1`, [activityId])).toEqual([]);
      }),
      { numRuns: 6 },
    );
    await trailIsWhole();
  });
});

describe('racing creations that a unique index decides', () => {
  it('registerPerson: the same fiscal code registered at once is one person, the same for everyone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 10 }), async (racers) => {
        const fiscalCode = newFiscalCode();
        const answers = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: REGISTER,
            variables: { input: { fiscalCode, sex: 'FEMALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } },
            label: `register ${i}`,
          })),
        );
        noMaskedErrors(answers);
        expect(answers.every((a) => a.ok)).toBe(true);
        const ids = new Set(answers.map((a) => (a.data!.registerPerson as { id: string }).id));
        expect(ids.size).toBe(1);
        const [id] = [...ids];
        const created = await t.one<{ n: number }>(
          `select count(*)::int as n from audit_entry where entity = 'person' and entity_id = $1`,
          [id],
        );
        expect(created.n).toBe(1);
      }),
      { numRuns: 6 },
    );
    const duplicates = await t.sql(`select fiscal_code_hash from person group by 1 having count(*) > 1`);
    expect(duplicates).toEqual([]);
  });

  it('enrolPerson: one open enrolment per person and project; the others are a CONFLICT on personId', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.constantFrom('GOLAB', 'FORNASE'), async (racers, projectCode) => {
        const personId = await fixtures.person({ sex: 'MALE', birthYear: 1970, labourStatus: 'UNEMPLOYED', education: null });
        const answers = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: ENROL,
            variables: {
              input: { personId, projectCode, selectedOn: `2019-02-${String(1 + i).padStart(2, '0')}`, arrearsAtEnrolment: '500.00' },
            },
            label: `enrol ${i}`,
          })),
        );
        noMaskedErrors(answers, ['CONFLICT']);
        expect(answers.filter((a) => a.ok)).toHaveLength(1);
        for (const loser of answers.filter((a) => !a.ok)) expect(loser.field).toBe('personId');
        expect(await t.sql(`select id from enrolment where person_id = $1`, [personId])).toHaveLength(1);
      }),
      { numRuns: 6 },
    );
  });

  it('recordAttendance and recordActivity: one per person and activity, one per project, day and title', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.constantFrom('Corso', '  corso', 'CORSO'), async (racers, spelling) => {
        serial += 1;
        const title = `Laboratorio ${serial}`;
        const activities = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: ACTIVITY,
            variables: {
              input: {
                projectCode: 'SAPERI',
                kind: 'TRAINING',
                heldOn: '2019-03-05',
                title: i % 2 ? `${spelling} ${title}` : `corso ${title}`,
              },
            },
            label: `activity ${i}`,
          })),
        );
        noMaskedErrors(activities, ['CONFLICT']);
        expect(activities.filter((a) => a.ok)).toHaveLength(1);
        for (const loser of activities.filter((a) => !a.ok)) expect(loser.field).toBe('title');
        const activityId = (activities.find((a) => a.ok)!.data!.recordActivity as { id: string }).id;

        const personId = await fixtures.person({ sex: 'FEMALE', birthYear: 1990, labourStatus: 'UNEMPLOYED', education: null });
        const attendances = await race(
          Array.from({ length: racers }, (_, i) => ({
            document: ATTEND,
            variables: { input: { activityId, personId } },
            label: `attend ${i}`,
          })),
        );
        noMaskedErrors(attendances, ['CONFLICT']);
        expect(attendances.filter((a) => a.ok)).toHaveLength(1);
        for (const loser of attendances.filter((a) => !a.ok)) expect(loser.field).toBe('personId');
      }),
      { numRuns: 6 },
    );
    expect(
      await t.sql(`select activity_id, person_id from attendance where person_id is not null group by 1, 2 having count(*) > 1`),
    ).toEqual([]);
    expect(await t.sql(`select project_code, held_on, lower(title) from activity group by 1, 2, 3 having count(*) > 1`)).toEqual([]);
  });
});

describe('random interleavings of every kind of write on a few records', () => {
  /** One write of the mix, on the records of one round. */
  type Op =
    | { kind: 'exit'; exit: (typeof EXITS)[number] }
    | { kind: 'correct'; arrears: number }
    | { kind: 'removeExit' }
    | { kind: 'followUp' }
    | { kind: 'repay'; cents: number }
    | { kind: 'voidRepayment' }
    | { kind: 'voidFollowUp' }
    | { kind: 'enrol' }
    | { kind: 'register' }
    | { kind: 'attend' }
    | { kind: 'voidActivity' }
    | { kind: 'activity' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('exit' as const), exit: fc.constantFrom(...EXITS) }),
    fc.record({ kind: fc.constant('correct' as const), arrears: fc.integer({ min: 1, max: 99_999 }) }),
    fc.constant({ kind: 'removeExit' as const }),
    fc.constant({ kind: 'followUp' as const }),
    fc.record({ kind: fc.constant('repay' as const), cents: fc.integer({ min: 1, max: 99_999 }) }),
    fc.constant({ kind: 'voidRepayment' as const }),
    fc.constant({ kind: 'voidFollowUp' as const }),
    fc.constant({ kind: 'enrol' as const }),
    fc.constant({ kind: 'register' as const }),
    fc.constant({ kind: 'attend' as const }),
    fc.constant({ kind: 'voidActivity' as const }),
    fc.constant({ kind: 'activity' as const }),
  );

  it('leave no duplicate, no masked error and an unbroken trail', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 14 }), async (ops) => {
        // The records of the round: one enrolment with an exit, a repayment and a follow-up; one open
        // enrolment; an activity; a fiscal code not registered yet.
        const exited = await openEnrolment();
        await t.gql(EXIT, { input: { enrolmentId: exited.enrolmentId, exitedOn: '2019-06-30', outcome: 'UNSUCCESSFUL' } }, AS_ADMIN);
        const repaymentId = (
          await t.gql(REPAY, { input: { enrolmentId: exited.enrolmentId, paidOn: '2019-03-01', amount: '10.00' } }, AS_ADMIN)
        ).data!.recordRepayment.id;
        const followUpId = (
          await t.gql(
            FOLLOW_UP,
            { input: { enrolmentId: exited.enrolmentId, observedOn: '2020-01-10', employed: false, improvedSituation: false } },
            AS_ADMIN,
          )
        ).data!.recordFollowUp.id;
        const open = await openEnrolment();
        serial += 1;
        const activityInput = { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-05-20', title: `Assemblea ${serial}` };
        const activityId = (await t.gql(ACTIVITY, { input: activityInput }, AS_ADMIN)).data!.recordActivity.id;
        const fiscalCode = newFiscalCode();

        const requests: Sent[] = ops.map((op, i) => {
          const label = `${i} ${op.kind}`;
          switch (op.kind) {
            case 'exit':
              return { document: EXIT, variables: { input: { enrolmentId: open.enrolmentId, exitedOn: '2019-07-15', ...op.exit } }, label };
            case 'correct':
              return {
                document: CORRECT,
                variables: { input: { enrolmentId: exited.enrolmentId, arrearsAtEnrolment: (op.arrears / 100).toFixed(2), reason: label } },
                label,
              };
            case 'removeExit':
              return {
                document: CORRECT,
                variables: { input: { enrolmentId: exited.enrolmentId, removeExit: true, reason: label } },
                label,
              };
            case 'followUp':
              return {
                document: FOLLOW_UP,
                variables: {
                  input: { enrolmentId: exited.enrolmentId, observedOn: '2020-02-01', employed: true, improvedSituation: true },
                },
                label,
              };
            case 'repay':
              return {
                document: REPAY,
                variables: { input: { enrolmentId: exited.enrolmentId, paidOn: '2019-04-01', amount: (op.cents / 100).toFixed(2) } },
                label,
              };
            case 'voidRepayment':
              return { document: VOID, variables: { input: { record: 'REPAYMENT', id: repaymentId, reason: label } }, label };
            case 'voidFollowUp':
              return { document: VOID, variables: { input: { record: 'FOLLOW_UP', id: followUpId, reason: label } }, label };
            case 'enrol':
              return {
                document: ENROL,
                variables: {
                  input: { personId: exited.personId, projectCode: 'GOLAB', selectedOn: '2019-08-01', arrearsAtEnrolment: '100.00' },
                },
                label,
              };
            case 'register':
              return {
                document: REGISTER,
                variables: { input: { fiscalCode, sex: 'FEMALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } },
                label,
              };
            case 'attend':
              return { document: ATTEND, variables: { input: { activityId, personId: open.personId } }, label };
            case 'voidActivity':
              return { document: VOID, variables: { input: { record: 'ACTIVITY', id: activityId, reason: label } }, label };
            case 'activity':
              return { document: ACTIVITY, variables: { input: activityInput }, label };
          }
        });
        const answers = await race(requests);
        noMaskedErrors(answers);
        const okCount = (kind: Op['kind']) => answers.filter((a, i) => a.ok && ops[i]!.kind === kind).length;
        expect(okCount('exit')).toBeLessThanOrEqual(1);
        expect(okCount('voidRepayment')).toBeLessThanOrEqual(1);
        expect(okCount('voidFollowUp')).toBeLessThanOrEqual(1);
        expect(okCount('voidActivity')).toBeLessThanOrEqual(1);
        // The activity's natural key is free again only once its activity is voided.
        expect(okCount('activity')).toBeLessThanOrEqual(okCount('voidActivity'));
        expect(okCount('attend')).toBeLessThanOrEqual(1);
        // The same fiscal code registered at once: one person, the same answer for everyone.
        const registered = answers.filter((_, i) => ops[i]!.kind === 'register');
        expect(registered.every((a) => a.ok)).toBe(true);
        expect(new Set(registered.map((a) => (a.data!.registerPerson as { id: string }).id)).size).toBeLessThanOrEqual(1);
        const facts = await t.one<{ followUps: number; exited: boolean; openHere: number }>(
          `select (select count(*)::int from follow_up where enrolment_id = $1) as "followUps",
                  (select exited_on is not null from enrolment where id = $1) as exited,
                  (select count(*)::int from enrolment where person_id = $2 and project_code = 'GOLAB' and exited_on is null) as "openHere"`,
          [exited.enrolmentId, exited.personId],
        );
        expect(facts.followUps).toBeLessThanOrEqual(1);
        expect(facts.followUps === 0 || facts.exited).toBe(true);
        expect(facts.openHere).toBeLessThanOrEqual(1);
      }),
      { numRuns: 10 },
    );
    await withholdingsFollowExits();
    await trailIsWhole();
    expect(await t.sql(`select fiscal_code_hash from person group by 1 having count(*) > 1`)).toEqual([]);
  });
});

describe('after every race above', () => {
  it('every summary table equals a full recomputation from the records', async () => {
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
