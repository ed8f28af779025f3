/**
 * Corrections and voids change the figures to the corrected truth and leave the old value in the
 * audit trail; locked periods refuse writes dated inside them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let personId: string;
let enrolmentId: string;
let repaymentId: string;
let activityId: string;

async function ok<T, V>(query: TypedDocumentString<T, V>, variables?: Record<string, unknown>): Promise<T> {
  const response = await t.gql(query, variables, AS_ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}
const FIGURES = graphql(`
  query CorrectionsFigures {
    debtRecovery(filter: { projectCodes: ["GOLAB"], asOf: "2020-08-31" }) {
      arrearsAtEnrolment
      recoveredFromRepayments
      recoveredFromWithholding
    }
    employmentOutcomes(filter: { projectCodes: ["GOLAB"], asOf: "2020-08-31" }) {
      enrolled
      employed
      unsuccessful
      inProgress
    }
    participation(filter: { projectCodes: ["GOLAB"], asOf: "2020-08-31" }) {
      peopleReached
      attendances
    }
  }
`);
const figures = () => ok(FIGURES);
const CORRECT = graphql(`
  mutation CorrectionsCorrectEnrolment($input: CorrectEnrolmentInput!) {
    correctEnrolment(input: $input) {
      id
      selectedOn
      arrearsAtEnrolment
      exitedOn
      outcome
      contractType
    }
  }
`);
const VOID = graphql(`
  mutation CorrectionsVoid($input: VoidInput!) {
    voidRecord(input: $input)
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  const fiscalCode = 'VRDGPP70A01F205';
  ({
    registerPerson: { id: personId },
  } = await ok(
    graphql(`
      mutation CorrectionsRegister($i: RegisterPersonInput!) {
        registerPerson(input: $i) {
          id
        }
      }
    `),
    {
      i: {
        fiscalCode: fiscalCode + checkCharacter(fiscalCode),
        sex: 'MALE',
        birthYear: 1970,
        education: 'ISCED_2',
        labourStatus: 'UNEMPLOYED',
      },
    },
  ));
  ({
    enrolPerson: { id: enrolmentId },
  } = await ok(
    graphql(`
      mutation CorrectionsEnrol($i: EnrolInput!) {
        enrolPerson(input: $i) {
          id
        }
      }
    `),
    {
      i: { personId, projectCode: 'GOLAB', selectedOn: '2019-02-01', arrearsAtEnrolment: '3000.00' },
    },
  ));
  ({
    recordRepayment: { id: repaymentId },
  } = await ok(
    graphql(`
      mutation CorrectionsRepay($i: RepaymentInput!) {
        recordRepayment(input: $i) {
          id
        }
      }
    `),
    {
      i: { enrolmentId, paidOn: '2019-04-01', amount: '250.00' },
    },
  ));
  await ok(
    graphql(`
      mutation CorrectionsExit($i: ExitInput!) {
        recordExit(input: $i) {
          id
        }
      }
    `),
    {
      i: { enrolmentId, exitedOn: '2019-10-01', outcome: 'UNSUCCESSFUL' },
    },
  );
  ({
    recordActivity: { id: activityId },
  } = await ok(
    graphql(`
      mutation CorrectionsActivity($i: ActivityInput!) {
        recordActivity(input: $i) {
          id
        }
      }
    `),
    {
      i: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-03-01', title: 'Corso di informatica' },
    },
  ));
  await ok(
    graphql(`
      mutation CorrectionsAttend($i: AttendanceInput!) {
        recordAttendance(input: $i) {
          id
        }
      }
    `),
    { i: { activityId, personId } },
  );
});
afterAll(() => t?.close());

describe('corrections', () => {
  it('a corrected exit moves the figures, the withholding follows, and the old value stays in the trail', async () => {
    expect(await figures()).toMatchObject({
      debtRecovery: { recoveredFromWithholding: '1000.00' },
      employmentOutcomes: { employed: 0, unsuccessful: 1 },
    });
    const { correctEnrolment } = await ok(CORRECT, {
      input: {
        enrolmentId,
        reason: 'The participant had found work: wrong outcome typed',
        outcome: 'EMPLOYED',
        contractType: 'FIXED_TERM',
      },
    });
    expect(correctEnrolment).toMatchObject({ outcome: 'EMPLOYED', contractType: 'FIXED_TERM', exitedOn: '2019-10-01' });
    expect(await figures()).toMatchObject({
      debtRecovery: { recoveredFromWithholding: '0.00' },
      employmentOutcomes: { employed: 1, unsuccessful: 0 },
    });
    const trail = await t.sql<{ action: string; entity: string; before: unknown; after: unknown; reason: string }>(
      `select action, entity, before, after, reason from audit_entry where reason like 'The participant had found work%' order by id`,
    );
    expect(trail.map((e) => `${e.action}:${e.entity}`)).toEqual(['void:withholding', 'update:enrolment']);
    expect(trail[1]!.before).toMatchObject({ outcome: 'UNSUCCESSFUL' });
    expect(trail[1]!.after).toMatchObject({ outcome: 'EMPLOYED', contractType: 'FIXED_TERM' });

    // And back: UNSUCCESSFUL again writes the withholding again.
    await ok(CORRECT, { input: { enrolmentId, reason: 'Back to the record of the committee', outcome: 'UNSUCCESSFUL' } });
    expect((await figures()).debtRecovery.recoveredFromWithholding).toBe('1000.00');
  });

  it('corrects arrears and a repayment', async () => {
    await ok(CORRECT, { input: { enrolmentId, reason: 'Arrears from the updated statement', arrearsAtEnrolment: '3100.50' } });
    await ok(
      graphql(`
        mutation CorrectionsCorrectRepayment($i: CorrectRepaymentInput!) {
          correctRepayment(input: $i) {
            id
            amount
          }
        }
      `),
      {
        i: { repaymentId, reason: 'Receipt says 205', amount: '205.00' },
      },
    );
    expect((await figures()).debtRecovery).toMatchObject({ arrearsAtEnrolment: '3100.50', recoveredFromRepayments: '205.00' });
    // The old value is in the audit log, for admins.
    const { auditLog } = await ok(
      graphql(`
        query CorrectionsRepaymentTrail {
          auditLog(filter: { entity: "repayment" }, first: 1) {
            entries {
              action
              before
              after
              reason
              actor
            }
          }
        }
      `),
    );
    expect(auditLog.entries[0]).toMatchObject({ action: 'update', reason: 'Receipt says 205', actor: 'admin' });
    // before and after are JSONObject scalars (unknown in the generated types): the repayment's audited shape.
    const entry = auditLog.entries[0] as { before: { amountCents: string }; after: { amountCents: string } };
    expect([entry.before.amountCents, entry.after.amountCents]).toEqual(['25000', '20500']);
  });

  it('needs a reason', async () => {
    const response = await t.gql(CORRECT, { input: { enrolmentId, reason: ' ', arrearsAtEnrolment: '1.00' } }, AS_ADMIN);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('voiding an attendance and an enrolment takes them and what hangs on them out of every figure', async () => {
    const attendance = await t.one<{ id: string }>(`select id from attendance where person_id = $1`, [personId]);
    await ok(VOID, { input: { record: 'ATTENDANCE', id: attendance.id, reason: 'Signed in the wrong register' } });
    expect((await figures()).participation[0]).toEqual({ peopleReached: 1, attendances: 0 }); // still enrolled
    await ok(VOID, { input: { record: 'ENROLMENT', id: enrolmentId, reason: 'Selected by mistake: not an ALER tenant' } });
    expect(await figures()).toEqual({
      debtRecovery: { arrearsAtEnrolment: '0.00', recoveredFromRepayments: '0.00', recoveredFromWithholding: '0.00' },
      employmentOutcomes: { enrolled: 0, employed: 0, unsuccessful: 0, inProgress: 0 },
      participation: [{ peopleReached: 0, attendances: 0 }],
    });
    const voids = await t.sql<{ entity: string; before: unknown; reason: string }>(
      `select entity, before, reason from audit_entry where action = 'void' and reason like 'Selected by mistake%' order by id`,
    );
    expect(voids.map((v) => v.entity)).toEqual(['repayment', 'withholding', 'enrolment']);
    expect(voids[2]!.before).toMatchObject({ id: enrolmentId, arrearsCents: '310050' });
  });
});

describe('locked periods', () => {
  it('refuse writes dated inside them with CONFLICT naming the lock, until unlocked with a reason', async () => {
    const { lockPeriod } = await ok(
      graphql(`
        mutation CorrectionsLock {
          lockPeriod(until: "2019-12-31", reason: "Reported to the Region for 2019") {
            id
            lockedUntil
          }
        }
      `),
    );
    const write = () =>
      t.gql(
        graphql(`
          mutation CorrectionsLockedActivity($i: ActivityInput!) {
            recordActivity(input: $i) {
              id
            }
          }
        `),
        {
          i: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-06-01', title: 'Festa' },
        },
        AS_ADMIN,
      );
    const refused = await write();
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'heldOn' });
    expect(refused.errors![0]!.message).toContain(`lock ${lockPeriod.id}`);
    // After the locked day, writing goes on.
    await ok(
      graphql(`
        mutation CorrectionsAfterLock($i: ActivityInput!) {
          recordActivity(input: $i) {
            id
          }
        }
      `),
      {
        i: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2020-01-10', title: 'Festa' },
      },
    );
    // A void of a locked record is refused too.
    const refusedVoid = await t.gql(
      VOID,
      { input: { record: 'ACTIVITY', id: activityId, reason: 'try to void inside the lock' } },
      AS_ADMIN,
    );
    expect(refusedVoid.errors![0]!.extensions!.code).toBe('CONFLICT');

    const noReason = await t.gql(
      graphql(`
        mutation CorrectionsUnlockNoReason($id: ID!) {
          unlockPeriod(id: $id, reason: "") {
            id
          }
        }
      `),
      {
        id: lockPeriod.id,
      },
      AS_ADMIN,
    );
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await ok(
      graphql(`
        mutation CorrectionsUnlock($id: ID!) {
          unlockPeriod(id: $id, reason: "A late register from Galdus") {
            id
            unlockedAt
          }
        }
      `),
      {
        id: lockPeriod.id,
      },
    );
    expect((await write()).errors).toBeUndefined();
    const audit = await t.one<{ before: { unlockedAt: string | null }; after: unknown; reason: string }>(
      `select before, after, reason from audit_entry where entity = 'period_lock' and action = 'update'`,
    );
    expect(audit.reason).toBe('A late register from Galdus');
    expect(audit.before.unlockedAt).toBeNull();
  });
});
