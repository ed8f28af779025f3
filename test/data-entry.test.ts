/**
 * Operators record a lab as it happens, through GraphQL: one person's whole path moves each
 * aggregate by exactly the rule, every bad input is refused with its field and writes nothing,
 * and every write leaves an entry in the append-only audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import type { DataEntryAuditLogQuery, TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const code = (first15: string) => first15 + checkCharacter(first15);
const ROSSI = code('RSSMRA85T10A562'); // a man born in 1985
const BIANCHI = code('BNCLRA90A41F205'); // a woman born in 1990

/** Any typed document of this file, whatever its result and variables. */
type Document = TypedDocumentString<unknown, never>;

async function admin<T, V>(query: TypedDocumentString<T, V>, variables?: Record<string, unknown>) {
  return t.gql(query, variables, AS_ADMIN);
}
async function ok<T, V>(query: TypedDocumentString<T, V>, variables?: Record<string, unknown>): Promise<T> {
  const response = await admin(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const REGISTER = graphql(`
  mutation DataEntryRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      sex
      birthYear
    }
  }
`);
const ENROL = graphql(`
  mutation DataEntryEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
      selectedOn
      arrearsAtEnrolment
      warnings
      person {
        id
      }
      project {
        code
      }
    }
  }
`);
const EXIT = graphql(`
  mutation DataEntryExit($input: ExitInput!) {
    recordExit(input: $input) {
      id
      exitedOn
      outcome
      contractType
    }
  }
`);
const REPAY = graphql(`
  mutation DataEntryRepay($input: RepaymentInput!) {
    recordRepayment(input: $input) {
      id
      amount
      paidOn
    }
  }
`);
const ACTIVITY = graphql(`
  mutation DataEntryActivity($input: ActivityInput!) {
    recordActivity(input: $input) {
      id
      heldOn
      kind
      title
      project {
        code
      }
    }
  }
`);
const ATTEND = graphql(`
  mutation DataEntryAttend($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      id
      anonymousHeadcount
    }
  }
`);
const FIGURES = graphql(`
  query DataEntryFigures($f: ReportFilter) {
    fundingSummary(filter: $f) {
      allowancesCommitted
      withheld
    }
    participation(filter: $f) {
      peopleReached
      attendances
      anonymousHeadcount
    }
    employmentOutcomes(filter: $f) {
      enrolled
      inProgress
      unsuccessful
    }
    debtRecovery(filter: $f) {
      arrearsAtEnrolment
      recoveredFromRepayments
      recoveredFromWithholding
      totalRecovered
    }
  }
`);
const figures = () => ok(FIGURES, { f: { projectCodes: ['FORNASE'], asOf: '2020-08-31' } });

/** Row counts of every table a write can touch. */
async function counts() {
  const tables = ['person', 'enrolment', 'repayment', 'withholding', 'follow_up', 'activity', 'attendance', 'arrears_case', 'audit_entry'];
  return t.one<Record<string, number>>(`select ${tables.map((name) => `(select count(*) from ${name})::int as ${name}`).join(', ')}`);
}

describe("one person's path, by GraphQL", () => {
  it('moves every aggregate by exactly the rule', async () => {
    const before = await figures();
    expect(before.employmentOutcomes.enrolled).toBe(0);

    const { registerPerson: person } = await ok(REGISTER, {
      input: { fiscalCode: ROSSI, sex: 'MALE', birthYear: 1985, education: 'ISCED_3', labourStatus: 'LONG_TERM_UNEMPLOYED' },
    });
    const { enrolPerson: enrolment } = await ok(ENROL, {
      input: { personId: person.id, projectCode: 'FORNASE', selectedOn: '2019-01-15', arrearsAtEnrolment: '4321.09' },
    });
    expect(enrolment).toMatchObject({
      arrearsAtEnrolment: '4321.09',
      warnings: [],
      person: { id: person.id },
      project: { code: 'FORNASE' },
    });
    await ok(REPAY, { input: { enrolmentId: enrolment.id, paidOn: '2019-03-01', amount: '150.50' } });
    const { recordExit } = await ok(EXIT, { input: { enrolmentId: enrolment.id, exitedOn: '2019-09-30', outcome: 'UNSUCCESSFUL' } });
    expect(recordExit).toMatchObject({ exitedOn: '2019-09-30', outcome: 'UNSUCCESSFUL', contractType: null });
    const { recordActivity: first } = await ok(ACTIVITY, {
      input: { projectCode: 'FORNASE', kind: 'TRAINING', heldOn: '2019-02-01', title: 'Corso HACCP' },
    });
    const { recordActivity: second } = await ok(ACTIVITY, {
      input: { projectCode: 'FORNASE', kind: 'JOB_SUPPORT', heldOn: '2019-02-08', title: 'Scrivere il curriculum' },
    });
    await ok(ATTEND, { input: { activityId: first.id, personId: person.id } });
    await ok(ATTEND, { input: { activityId: second.id, personId: person.id } });
    await ok(ATTEND, { input: { activityId: second.id, anonymousHeadcount: 7 } });

    const after = await figures();
    expect(after.fundingSummary).toEqual({ allowancesCommitted: '2000.00', withheld: '1000.00' });
    expect(after.participation).toEqual([{ peopleReached: 1, attendances: 2, anonymousHeadcount: 7 }]);
    expect(after.employmentOutcomes).toEqual({ enrolled: 1, inProgress: 0, unsuccessful: 1 });
    expect(after.debtRecovery).toEqual({
      arrearsAtEnrolment: '4321.09',
      recoveredFromRepayments: '150.50',
      recoveredFromWithholding: '1000.00',
      totalRecovered: '1150.50',
    });

    // Every write is in the trail, with who made it.
    const trail = await t.sql(`select actor, action, entity from audit_entry order by id`);
    expect(trail.map((e) => `${e.actor}:${e.action}:${e.entity}`)).toEqual([
      'admin:create:person',
      'admin:create:enrolment',
      'admin:create:repayment',
      'admin:create:withholding',
      'admin:update:enrolment',
      'admin:create:activity',
      'admin:create:activity',
      'admin:create:attendance',
      'admin:create:attendance',
      'admin:create:attendance',
    ]);
    const exit = await t.one(`select before, after from audit_entry where entity = 'enrolment' and action = 'update'`);
    expect(exit.before).toMatchObject({ exitedOn: null, outcome: null });
    expect(exit.after).toMatchObject({ exitedOn: '2019-09-30', outcome: 'UNSUCCESSFUL', arrearsCents: '432109' });
    // The trail keeps no fiscal code, in clear or hashed.
    expect(JSON.stringify(await t.sql('select * from audit_entry'))).not.toMatch(/RSSMRA|fiscal/i);
  });

  it('finds the same person when the same fiscal code is registered again', async () => {
    const first = await ok(REGISTER, { input: { fiscalCode: BIANCHI, sex: 'FEMALE', birthYear: 1990, labourStatus: 'UNEMPLOYED' } });
    const again = await ok(REGISTER, {
      input: { fiscalCode: BIANCHI.toLowerCase(), sex: 'FEMALE', birthYear: 1990, labourStatus: 'UNEMPLOYED' },
    });
    expect(again.registerPerson.id).toBe(first.registerPerson.id);
    const { n } = await t.one<{ n: number }>(`select count(*)::int as n from person where not synthetic`);
    expect(n).toBe(2);
  });

  it('warns, and still enrols, past the participant target', async () => {
    await t.sql(`update project set participant_target = 1 where code = 'SAPERI'`);
    const { id } = await t.one<{ id: string }>(`select id from person order by created_at limit 1`);
    const other = (await t.one<{ id: string }>(`select id from person order by created_at desc limit 1`)).id;
    const first = await ok(ENROL, {
      input: { personId: id, projectCode: 'SAPERI', selectedOn: '2019-01-10', arrearsAtEnrolment: '100.00' },
    });
    expect(first.enrolPerson.warnings).toEqual([]);
    const second = await ok(ENROL, {
      input: { personId: other, projectCode: 'SAPERI', selectedOn: '2019-01-11', arrearsAtEnrolment: '100.00' },
    });
    expect(second.enrolPerson.warnings[0]).toContain('over its participant target of 1');
  });
});

describe('bad input is refused with its code and field, and writes nothing', () => {
  let personId: string;
  let enrolmentId: string;
  let exitedId: string;
  let activityId: string;
  beforeAll(async () => {
    personId = (await t.one<{ id: string }>(`select id from person where not synthetic order by created_at limit 1`)).id;
    enrolmentId = (await t.one<{ id: string }>(`select id from enrolment where exited_on is null and project_code = 'SAPERI' limit 1`)).id;
    exitedId = (await t.one<{ id: string }>(`select id from enrolment where exited_on is not null limit 1`)).id;
    activityId = (await t.one<{ id: string }>(`select id from activity limit 1`)).id;
  });

  const cases: [string, () => [Document, Record<string, unknown>], string, string][] = [
    [
      'a mistyped fiscal code',
      () => [REGISTER, { input: { fiscalCode: 'RSSMRA85T10A562X', sex: 'MALE', birthYear: 1985, labourStatus: 'UNEMPLOYED' } }],
      'BAD_USER_INPUT',
      'fiscalCode',
    ],
    [
      'a fiscal code of the other sex',
      () => [REGISTER, { input: { fiscalCode: ROSSI, sex: 'FEMALE', birthYear: 1985, labourStatus: 'UNEMPLOYED' } }],
      'BAD_USER_INPUT',
      'fiscalCode',
    ],
    [
      'a fiscal code of another birth year',
      () => [REGISTER, { input: { fiscalCode: ROSSI, sex: 'MALE', birthYear: 1984, labourStatus: 'UNEMPLOYED' } }],
      'BAD_USER_INPUT',
      'fiscalCode',
    ],
    [
      'a birth year from the future',
      () => [REGISTER, { input: { fiscalCode: ROSSI, sex: 'MALE', birthYear: 3085, labourStatus: 'UNEMPLOYED' } }],
      'BAD_USER_INPUT',
      'birthYear',
    ],
    [
      'an unknown person',
      () => [
        ENROL,
        {
          input: {
            personId: '00000000-0000-4000-8000-000000000000',
            projectCode: 'GOLAB',
            selectedOn: '2019-01-10',
            arrearsAtEnrolment: '10.00',
          },
        },
      ],
      'NOT_FOUND',
      'personId',
    ],
    [
      'an unknown project',
      () => [ENROL, { input: { personId, projectCode: 'NOPE', selectedOn: '2019-01-10', arrearsAtEnrolment: '10.00' } }],
      'NOT_FOUND',
      'projectCode',
    ],
    [
      'a selection before the lab began',
      () => [ENROL, { input: { personId, projectCode: 'GOLAB', selectedOn: '2018-08-31', arrearsAtEnrolment: '10.00' } }],
      'BAD_USER_INPUT',
      'selectedOn',
    ],
    [
      'no arrears',
      () => [ENROL, { input: { personId, projectCode: 'GOLAB', selectedOn: '2019-01-10', arrearsAtEnrolment: '0.00' } }],
      'BAD_USER_INPUT',
      'arrearsAtEnrolment',
    ],
    [
      'arrears with three decimals',
      () => [ENROL, { input: { personId, projectCode: 'GOLAB', selectedOn: '2019-01-10', arrearsAtEnrolment: '10.001' } }],
      'BAD_USER_INPUT',
      'arrearsAtEnrolment',
    ],
    [
      'a second open enrolment in the same project',
      () => [ENROL, { input: { personId, projectCode: 'SAPERI', selectedOn: '2019-02-10', arrearsAtEnrolment: '10.00' } }],
      'CONFLICT',
      'personId',
    ],
    [
      'an exit before the selection',
      () => [EXIT, { input: { enrolmentId, exitedOn: '2019-01-01', outcome: 'WITHDRAWN' } }],
      'BAD_USER_INPUT',
      'exitedOn',
    ],
    [
      'an EMPLOYED exit without a contract type',
      () => [EXIT, { input: { enrolmentId, exitedOn: '2019-05-01', outcome: 'EMPLOYED' } }],
      'BAD_USER_INPUT',
      'contractType',
    ],
    [
      'a contract type on a WITHDRAWN exit',
      () => [EXIT, { input: { enrolmentId, exitedOn: '2019-05-01', outcome: 'WITHDRAWN', contractType: 'PERMANENT' } }],
      'BAD_USER_INPUT',
      'contractType',
    ],
    [
      'a second exit',
      () => [EXIT, { input: { enrolmentId: exitedId, exitedOn: '2019-10-01', outcome: 'WITHDRAWN' } }],
      'CONFLICT',
      'enrolmentId',
    ],
    [
      'a repayment before the enrolment',
      () => [REPAY, { input: { enrolmentId, paidOn: '2019-01-01', amount: '10.00' } }],
      'BAD_USER_INPUT',
      'paidOn',
    ],
    ['a negative repayment', () => [REPAY, { input: { enrolmentId, paidOn: '2019-03-01', amount: '-10.00' } }], 'BAD_USER_INPUT', 'amount'],
    ['a repayment as a number', () => [REPAY, { input: { enrolmentId, paidOn: '2019-03-01', amount: 10 } }], 'BAD_USER_INPUT', 'amount'],
    [
      'a repayment dated in the future',
      () => [REPAY, { input: { enrolmentId, paidOn: '2999-01-01', amount: '10.00' } }],
      'BAD_USER_INPUT',
      'paidOn',
    ],
    [
      'an activity after the lab ended',
      () => [ACTIVITY, { input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2020-09-01', title: 'Festa' } }],
      'BAD_USER_INPUT',
      'heldOn',
    ],
    [
      'an activity without a title',
      () => [ACTIVITY, { input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-09-01', title: '   ' } }],
      'BAD_USER_INPUT',
      'title',
    ],
    ['a person at the same activity twice', () => [ATTEND, { input: { activityId, personId } }], 'CONFLICT', 'personId'],
    [
      'both a person and a headcount',
      () => [ATTEND, { input: { activityId, personId, anonymousHeadcount: 3 } }],
      'BAD_USER_INPUT',
      'anonymousHeadcount',
    ],
    ['a headcount of zero', () => [ATTEND, { input: { activityId, anonymousHeadcount: 0 } }], 'BAD_USER_INPUT', 'anonymousHeadcount'],
    ['an unknown activity', () => [ATTEND, { input: { activityId: 'not-an-id', anonymousHeadcount: 3 } }], 'NOT_FOUND', 'activityId'],
  ];

  it.each(cases)('%s', async (_name, build, code, field) => {
    // The person must be at the activity already for the duplicate case.
    await t.sql(`insert into attendance (activity_id, person_id) values ($1, $2) on conflict do nothing`, [activityId, personId]);
    const before = await counts();
    const [query, variables] = build();
    const response = await admin(query, variables);
    expect(response.errors, JSON.stringify(response)).toBeDefined();
    const error = response.errors![0]!;
    expect(error.extensions!.code).toBe(code);
    if (error.extensions!.field !== undefined) expect(error.extensions!.field).toBe(field);
    else expect(error.message).toContain(field); // variable coercion errors name the field in the message
    expect(await counts()).toEqual(before);
  });
});

describe('who may write', () => {
  const input = { fiscalCode: BIANCHI, sex: 'FEMALE', birthYear: 1990, labourStatus: 'UNEMPLOYED' };

  it('the public is asked to authenticate, and nothing is written', async () => {
    const before = await counts();
    const response = await t.gql(REGISTER, { input });
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an unknown token', 'Bearer not-the-admin-secret-at-all'],
    ['a tampered token', `Bearer ${AS_ADMIN.authorization.slice(7)}x`],
    ['a malformed header', 'Basic dXNlcjpwYXNz'],
  ])('%s is UNAUTHENTICATED, never the public', async (_name, authorization) => {
    const response = await t.gql(
      graphql(`
        query DataEntryProjectsByToken {
          projects {
            code
          }
        }
      `),
      undefined,
      { authorization },
    );
    expect(response.status).toBe(401);
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('personal records are not shown to the public', async () => {
    const { id } = await t.one<{ id: string }>(`select id from person limit 1`);
    const response = await t.gql(
      graphql(`
        query DataEntryPersonAsPublic($id: ID!) {
          person(id: $id) {
            id
            sex
          }
        }
      `),
      { id },
    );
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(response.data?.person ?? null).toBeNull();
    const asAdmin = await admin(
      graphql(`
        query DataEntryPersonAsAdmin($id: ID!) {
          person(id: $id) {
            id
          }
        }
      `),
      { id },
    );
    expect(asAdmin.data).toEqual({ person: { id } });
  });
});

describe('the audit trail', () => {
  const LOG = graphql(`
    query DataEntryAuditLog($filter: AuditFilter, $first: Int, $after: String) {
      auditLog(filter: $filter, first: $first, after: $after) {
        entries {
          id
          at
          actor
          action
          entity
          entityId
          before
          after
        }
        nextCursor
      }
    }
  `);

  it('is read by admins newest first, a page at a time, and filtered', async () => {
    const { n } = await t.one<{ n: number }>(`select count(*)::int as n from audit_entry`);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const data: DataEntryAuditLogQuery = await ok(LOG, { first: 4, after });
      seen.push(...data.auditLog.entries.map((e) => e.id));
      after = data.auditLog.nextCursor;
      if (!after) break;
    }
    expect(seen).toHaveLength(n);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));

    const exits = await ok(LOG, { filter: { entity: 'enrolment', from: '2000-01-01' } });
    expect(exits.auditLog.entries.length).toBeGreaterThanOrEqual(2);
    expect(exits.auditLog.entries.every((e) => e.entity === 'enrolment' && e.actor === 'admin')).toBe(true);
    const none = await ok(LOG, { filter: { to: '2000-01-01' } });
    expect(none.auditLog).toEqual({ entries: [], nextCursor: null });
  });

  it('is not shown to the public', async () => {
    const response = await t.gql(LOG, {});
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('cannot be changed or deleted, even with SQL', async () => {
    await expect(t.sql(`update audit_entry set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });
});
