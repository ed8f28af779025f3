/**
 * Every root field of the schema, called by every kind of caller: the public, an ANALYST, an
 * OPERATOR of the project the call touches, an OPERATOR of another project, and an ADMIN. A field
 * the table below does not decide fails the test (and the server would not start without its
 * rule in server/graphql/access.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../server/graphql/schema.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import type { CreateApiKeyInput, TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type GraphQLResponse, type TestApp } from './helpers/app.js';

type Outcome = 'OK' | 'NULL' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ROWS_REFUSED';
type Who = 'public' | 'analyst' | 'operatorOther' | 'operatorOwn' | 'admin';
const WHO: Who[] = ['public', 'analyst', 'operatorOther', 'operatorOwn', 'admin'];

let t: TestApp;
const tokens: Partial<Record<Who, string>> = {};
const ids: Record<string, string> = {};

const everyone: Record<Who, Outcome> = { public: 'OK', analyst: 'OK', operatorOther: 'OK', operatorOwn: 'OK', admin: 'OK' };
const personal: Record<Who, Outcome> = {
  public: 'UNAUTHENTICATED',
  analyst: 'FORBIDDEN',
  operatorOther: 'FORBIDDEN',
  operatorOwn: 'OK',
  admin: 'OK',
};
const anyOperator: Record<Who, Outcome> = { ...personal, operatorOther: 'OK' };
const adminOnly: Record<Who, Outcome> = {
  public: 'UNAUTHENTICATED',
  analyst: 'FORBIDDEN',
  operatorOther: 'FORBIDDEN',
  operatorOwn: 'FORBIDDEN',
  admin: 'OK',
};

interface Case {
  document: string;
  variables?: () => Record<string, unknown>;
  expected: Record<Who, Outcome>;
}

const fiscalCode = (first15: string) => first15 + checkCharacter(first15);
const filter = { filter: { asOf: '2020-08-31' } };

/** Each root field: a call that touches GOLAB (the own operator's project), and who may make it. */
let declarations = 0;
const CASES: Record<string, Case> = {
  'Query.programme': { document: '{ programme { code } }', expected: everyone },
  'Query.projects': { document: '{ projects { code } }', expected: everyone },
  'Query.project': { document: '{ project(code: "GOLAB") { code } }', expected: everyone },
  'Query.fundingSummary': {
    document: 'query($filter: ReportFilter) { fundingSummary(filter: $filter) { totalAwarded } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.participation': {
    document: 'query($filter: ReportFilter) { participation(filter: $filter) { peopleReached } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.peopleReached': {
    document: 'query($filter: ReportFilter) { peopleReached(filter: $filter) { distinct sumOverProjects } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.employmentOutcomes': {
    document: 'query($filter: ReportFilter) { employmentOutcomes(filter: $filter) { enrolled } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.debtRecovery': {
    document: 'query($filter: ReportFilter) { debtRecovery(filter: $filter) { totalRecovered } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.esfIndicators': {
    document: 'query($filter: ReportFilter) { esfIndicators(filter: $filter) { code } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.esfAnnualTable': {
    document: 'query($filter: ReportFilter) { esfAnnualTable(filter: $filter, fromYear: 2019) { years } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.esfEntityIndicators': {
    document: 'query($filter: ReportFilter) { esfEntityIndicators(filter: $filter) { code value } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.disclosurePolicy': {
    document: '{ disclosurePolicy { threshold } }',
    variables: () => ({}),
    expected: everyone,
  },
  'Query.newsletterUpdate': {
    document: 'query($filter: ReportFilter) { newsletterUpdate(filter: $filter) { title } }',
    variables: () => filter,
    expected: everyone,
  },
  'Query.person': {
    document: 'query($id: ID!) { person(id: $id) { id } }',
    variables: () => ({ id: ids.person }),
    expected: { ...personal, operatorOther: 'NULL' }, // another project's person: as if there were none
  },
  // The operators' listings, asked for GOLAB: another project's operator is FORBIDDEN (by default it lists its own projects).
  'Query.enrolments': { document: '{ enrolments(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.activities': { document: '{ activities(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.people': { document: '{ people(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.caseFiles': { document: '{ caseFiles(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.repayments': { document: '{ repayments(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.auditTrail': { document: '{ auditTrail(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.followUpsDue': { document: '{ followUpsDue(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.enrolmentsOverdue': { document: '{ enrolmentsOverdue(filter: { projectCodes: ["GOLAB"] }) { totalCount } }', expected: personal },
  'Query.caseFilesAwaitingCommittee': {
    document: '{ caseFilesAwaitingCommittee(filter: { projectCodes: ["GOLAB"] }) { totalCount } }',
    expected: personal,
  },
  'Query.auditLog': { document: '{ auditLog { entries { id } } }', expected: adminOnly },
  'Query.periodLocks': { document: '{ periodLocks { id } }', expected: adminOnly },
  'Query.apiKeys': { document: '{ apiKeys { id } }', expected: adminOnly },
  'Query.reportSnapshots': {
    document: '{ reportSnapshots { id sha256 } }',
    expected: { public: 'UNAUTHENTICATED', analyst: 'OK', operatorOther: 'OK', operatorOwn: 'OK', admin: 'OK' },
  },
  'Query.reportDiff': {
    document: 'query($id: ID!) { reportDiff(snapshot: $id) { asOf } }',
    variables: () => ({ id: ids.snapshot }),
    expected: adminOnly,
  },
  'Mutation.freezeReport': { document: 'mutation { freezeReport(asOf: "2019-12-31", label: "walk") { id } }', expected: adminOnly },
  'Mutation.registerPerson': {
    document: 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    variables: () => ({ input: { fiscalCode: fiscalCode('TSTACC80A01F205'), sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } }),
    expected: anyOperator,
  },
  'Mutation.declareSituation': {
    document: 'mutation($input: DeclareSituationInput!) { declareSituation(input: $input) { id } }',
    // A new day each call: one declaration a day.
    variables: () => ({
      input: {
        personId: ids.person,
        effectiveOn: `2020-01-${String((declarations += 1)).padStart(2, '0')}`,
        labourStatus: 'UNEMPLOYED',
        reason: 'access test',
      },
    }),
    expected: personal,
  },
  'Mutation.enrolPerson': {
    document: 'mutation($input: EnrolInput!) { enrolPerson(input: $input) { id } }',
    variables: () => ({ input: { personId: ids.person, projectCode: 'GOLAB', selectedOn: '2019-05-02', arrearsAtEnrolment: '10.00' } }),
    expected: personal,
  },
  'Mutation.recordExit': {
    document: 'mutation($input: ExitInput!) { recordExit(input: $input) { id } }',
    variables: () => ({ input: { enrolmentId: ids.openEnrolment, exitedOn: '2019-06-01', outcome: 'WITHDRAWN' } }),
    expected: personal,
  },
  'Mutation.recordFollowUp': {
    document: 'mutation($input: FollowUpInput!) { recordFollowUp(input: $input) { id } }',
    variables: () => ({ input: { enrolmentId: ids.exitedEnrolment, observedOn: '2020-03-01', employed: true, improvedSituation: true } }),
    expected: personal,
  },
  'Mutation.recordRepayment': {
    document: 'mutation($input: RepaymentInput!) { recordRepayment(input: $input) { id } }',
    variables: () => ({ input: { enrolmentId: ids.exitedEnrolment, paidOn: '2019-10-01', amount: '5.00' } }),
    expected: personal,
  },
  'Mutation.recordActivity': {
    document: 'mutation($input: ActivityInput!) { recordActivity(input: $input) { id } }',
    variables: () => ({ input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-05-05', title: 'Riunione' } }),
    expected: personal,
  },
  'Mutation.recordAttendance': {
    document: 'mutation($input: AttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: () => ({ input: { activityId: ids.activity, anonymousHeadcount: 2 } }),
    expected: personal,
  },
  'Mutation.openArrearsCase': {
    document: 'mutation($input: ArrearsCaseInput!) { openArrearsCase(input: $input) { id } }',
    variables: () => ({ input: { projectCode: 'GOLAB', personId: ids.person, openedOn: '2019-05-01' } }),
    expected: personal,
  },
  'Mutation.changeArrearsCaseStatus': {
    document: 'mutation($input: ArrearsCaseStatusInput!) { changeArrearsCaseStatus(input: $input) { id } }',
    variables: () => ({ input: { caseId: ids.arrearsCase, status: 'SUBMITTED', changedOn: '2019-06-01' } }),
    expected: personal,
  },
  'Mutation.correctEnrolment': {
    document: 'mutation($input: CorrectEnrolmentInput!) { correctEnrolment(input: $input) { id } }',
    variables: () => ({ input: { enrolmentId: ids.exitedEnrolment, reason: 'statement updated', arrearsAtEnrolment: '2500.00' } }),
    expected: personal,
  },
  'Mutation.correctRepayment': {
    document: 'mutation($input: CorrectRepaymentInput!) { correctRepayment(input: $input) { id } }',
    variables: () => ({ input: { repaymentId: ids.repayment, reason: 'receipt checked', amount: '12.00' } }),
    expected: personal,
  },
  'Mutation.voidRecord': {
    document: 'mutation($input: VoidInput!) { voidRecord(input: $input) }',
    variables: () => ({ input: { record: 'ATTENDANCE', id: ids.attendance, reason: 'wrong register' } }),
    expected: personal,
  },
  'Mutation.importFile': {
    document: 'mutation($csv: String!) { importFile(kind: ATTENDANCE, csv: $csv) { written errors { message } } }',
    variables: () => ({ csv: 'progetto;data;tipo;titolo;persone_non_registrate\nGOLAB;10/05/2019;OTHER;Festa;12\n' }),
    expected: { ...personal, operatorOther: 'ROWS_REFUSED' }, // any operator may import, only rows of its projects
  },
  'Mutation.lockPeriod': { document: 'mutation { lockPeriod(until: "2000-01-01", reason: "test lock") { id } }', expected: adminOnly },
  'Mutation.unlockPeriod': {
    document: 'mutation($id: ID!) { unlockPeriod(id: $id, reason: "test unlock") { id } }',
    variables: () => ({ id: ids.lock }),
    expected: adminOnly,
  },
  'Mutation.createApiKey': {
    document: 'mutation { createApiKey(input: { role: ANALYST, label: "walk" }) { id token } }',
    expected: adminOnly,
  },
  'Mutation.revokeApiKey': {
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) }',
    variables: () => ({ id: ids.spareKey }),
    expected: adminOnly,
  },
};

/** An import that wrote nothing because a row lay outside the caller's projects. */
function refusedImport(value: unknown): boolean {
  if (!value || typeof value !== 'object' || !('written' in value) || value.written !== false) return false;
  const errors: unknown = 'errors' in value ? value.errors : undefined;
  return (
    Array.isArray(errors) &&
    errors.some((e: unknown) => typeof e === 'object' && e !== null && 'message' in e && String(e.message).includes('this key works on'))
  );
}

/** The outcome of any root field's answer: the walk below sends every document, so the data is untyped. */
function outcome(response: GraphQLResponse): Outcome {
  const code = response.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  const value: unknown = response.data && Object.values(response.data)[0];
  if (refusedImport(value)) return 'ROWS_REFUSED';
  if (!response.errors && response.data && value === null) return 'NULL';
  return 'OK';
}

async function as(who: Who, document: string, variables?: Record<string, unknown>) {
  const token = tokens[who];
  return t.gql(document, variables, token ? { authorization: `Bearer ${token}` } : {});
}

async function admin<T, V>(document: TypedDocumentString<T, V>, variables?: Record<string, unknown>): Promise<T> {
  const response = await t.gql(document, variables, AS_ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

const CREATE_KEY = graphql(`
  mutation AccessCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      id
      token
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  const key = async (input: CreateApiKeyInput) => (await admin(CREATE_KEY, { input })).createApiKey;
  tokens.admin = AS_ADMIN.authorization.slice('Bearer '.length);
  tokens.analyst = (await key({ role: 'ANALYST', label: 'Regione Lombardia' })).token;
  tokens.operatorOwn = (await key({ role: 'OPERATOR', label: 'ALER GOLab', projectCodes: ['GOLAB'] })).token;
  tokens.operatorOther = (await key({ role: 'OPERATOR', label: 'Comune di Rho', projectCodes: ['LSQ_RHO'] })).token;
  ids.spareKey = (await key({ role: 'ANALYST', label: 'to revoke' })).id;

  ids.person = (
    await admin(
      graphql(`
        mutation AccessRegisterPerson($i: RegisterPersonInput!) {
          registerPerson(input: $i) {
            id
          }
        }
      `),
      {
        i: { fiscalCode: fiscalCode('TSTPRS75A41F205'), sex: 'FEMALE', birthYear: 1975, labourStatus: 'UNEMPLOYED' },
      },
    )
  ).registerPerson.id;
  const other = (
    await admin(
      graphql(`
        mutation AccessRegisterOther($i: RegisterPersonInput!) {
          registerPerson(input: $i) {
            id
          }
        }
      `),
      {
        i: { fiscalCode: fiscalCode('TSTOTH70A01F205'), sex: 'MALE', birthYear: 1970, labourStatus: 'UNEMPLOYED' },
      },
    )
  ).registerPerson.id;
  ids.openEnrolment = (
    await admin(
      graphql(`
        mutation AccessEnrolOpen($i: EnrolInput!) {
          enrolPerson(input: $i) {
            id
          }
        }
      `),
      {
        i: { personId: ids.person, projectCode: 'GOLAB', selectedOn: '2019-01-10', arrearsAtEnrolment: '1000.00' },
      },
    )
  ).enrolPerson.id;
  ids.exitedEnrolment = (
    await admin(
      graphql(`
        mutation AccessEnrolExited($i: EnrolInput!) {
          enrolPerson(input: $i) {
            id
          }
        }
      `),
      {
        i: { personId: other, projectCode: 'GOLAB', selectedOn: '2019-01-10', arrearsAtEnrolment: '2000.00' },
      },
    )
  ).enrolPerson.id;
  await admin(
    graphql(`
      mutation AccessExit($i: ExitInput!) {
        recordExit(input: $i) {
          id
        }
      }
    `),
    {
      i: { enrolmentId: ids.exitedEnrolment, exitedOn: '2019-09-01', outcome: 'UNSUCCESSFUL' },
    },
  );
  ids.repayment = (
    await admin(
      graphql(`
        mutation AccessRepay($i: RepaymentInput!) {
          recordRepayment(input: $i) {
            id
          }
        }
      `),
      {
        i: { enrolmentId: ids.exitedEnrolment, paidOn: '2019-09-15', amount: '10.00' },
      },
    )
  ).recordRepayment.id;
  ids.activity = (
    await admin(
      graphql(`
        mutation AccessActivity($i: ActivityInput!) {
          recordActivity(input: $i) {
            id
          }
        }
      `),
      {
        i: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-02-01', title: 'Corso' },
      },
    )
  ).recordActivity.id;
  ids.attendance = (
    await admin(
      graphql(`
        mutation AccessAttend($i: AttendanceInput!) {
          recordAttendance(input: $i) {
            id
          }
        }
      `),
      {
        i: { activityId: ids.activity, personId: ids.person },
      },
    )
  ).recordAttendance.id;
  ids.arrearsCase = (
    await admin(
      graphql(`
        mutation AccessArrearsCase($i: ArrearsCaseInput!) {
          openArrearsCase(input: $i) {
            id
          }
        }
      `),
      {
        i: { projectCode: 'GOLAB', personId: ids.person, openedOn: '2019-03-01' },
      },
    )
  ).openArrearsCase.id;
  ids.lock = (
    await admin(
      graphql(`
        mutation AccessOldLock {
          lockPeriod(until: "2000-01-01", reason: "old lock") {
            id
          }
        }
      `),
    )
  ).lockPeriod.id;
  ids.snapshot = (
    await admin(
      graphql(`
        mutation AccessFirstSnapshot {
          freezeReport(asOf: "2019-06-30", label: "first") {
            id
          }
        }
      `),
    )
  ).freezeReport.id;
});
afterAll(() => t?.close());

describe('the access table', () => {
  it('decides every Query and Mutation field of the schema, and nothing else', async () => {
    const schema = await createSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((name) => `${type.name}.${name}`),
    );
    expect(fields.filter((f) => !CASES[f])).toEqual([]);
    expect(Object.keys(CASES).filter((f) => !fields.includes(f))).toEqual([]);
  });
});

describe.each(Object.entries(CASES))('%s', (_field, { document, variables, expected }) => {
  it(`answers ${WHO.map((w) => `${w}: ${expected[w]}`).join(', ')}`, async () => {
    const got: Partial<Record<Who, Outcome>> = {};
    for (const who of WHO) got[who] = outcome(await as(who, document, variables?.()));
    expect(got).toEqual(expected);
  });
});

describe('tokens', () => {
  let revoked = '';
  beforeAll(async () => {
    const created = await admin(CREATE_KEY, { input: { role: 'ANALYST', label: 'short-lived' } });
    revoked = created.createApiKey.token;
    expect(outcome(await t.gql('{ projects { code } }', {}, { authorization: `Bearer ${revoked}` }))).toBe('OK');
    await admin(
      graphql(`
        mutation AccessRevokeKey($id: ID!) {
          revokeApiKey(id: $id)
        }
      `),
      { id: created.createApiKey.id },
    );
  });

  it.each([
    ['an unknown token', () => 'qtr_unknown-token-of-the-right-shape-0000000000000'],
    ['a tampered token', () => `${tokens.analyst!.slice(0, -2)}xx`],
    ['a revoked key', () => revoked],
  ])('%s is UNAUTHENTICATED, never the public', async (_name, token) => {
    const response = await t.gql('{ projects { code } }', {}, { authorization: `Bearer ${token()}` });
    expect(response.status).toBe(401);
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('are kept only as hashes, and a key lists its label, role, projects, creation and last use', async () => {
    const { apiKeys } = await admin(
      graphql(`
        query AccessApiKeys {
          apiKeys {
            label
            role
            projectCodes
            tokenPrefix
            createdAt
            lastUsedAt
            revokedAt
          }
        }
      `),
    );
    const golab = apiKeys.find((k) => k.label === 'ALER GOLab')!;
    expect(golab).toMatchObject({ role: 'OPERATOR', projectCodes: ['GOLAB'], revokedAt: null });
    expect(golab.lastUsedAt).not.toBeNull();
    expect(tokens.operatorOwn!.startsWith(golab.tokenPrefix)).toBe(true);
    const stored = await t.sql(`select * from api_key`);
    expect(JSON.stringify(stored)).not.toContain(tokens.operatorOwn!.slice(12));
  });

  it('an operator key writes under its own id in the audit trail', async () => {
    const { id } = await t.one<{ id: string }>(`select id from api_key where label = 'ALER GOLab'`);
    const { n } = await t.one<{ n: number }>(`select count(*)::int as n from audit_entry where actor = $1`, [id]);
    expect(n).toBeGreaterThan(0);
  });
});
