/**
 * The situation at entry per enrolment (issue #13, item 3): a person's situation declared again
 * with the day it takes effect, recorded by the enrolments selected from that day on, given with
 * an enrolment or declared on its own; audited, refused with the field at fault, and only for an
 * operator of the person's projects.
 *
 *  Nadia (F, 1980) registers unemployed, with lower secondary education.
 *  GOLAB selects her on 2019-03-01: unemployed at entry (CO01).
 *  She is declared employed from 2019-09-01 (a job found after leaving): SAPERI selects her on
 *  2019-10-01: employed at entry (CO05, not CO01); GOLAB's enrolment keeps its own situation.
 *  FORNASE selects her on 2019-11-01 giving her situation at entry with the enrolment: inactive not
 *  in education, with disability (CO03, CO04, CO16).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const first15 = 'NDANDA80A41F205';
const FISCAL_CODE = first15 + checkCharacter(first15);

const REGISTER = graphql(`
  mutation SituationRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);
const DECLARE = graphql(`
  mutation SituationDeclare($input: DeclareSituationInput!) {
    declareSituation(input: $input) {
      id
      effectiveOn
      labourStatus
      education
    }
  }
`);
const ENROL = graphql(`
  mutation SituationEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);
const ESF = graphql(`
  query SituationEsf($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
    }
  }
`);

async function womenIn(project: string): Promise<Record<string, number>> {
  const response = await t.gql(ESF, { filter: { asOf: '2019-12-31', projectCodes: [project] } }, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(response.data!.esfIndicators.filter((r) => (r.women ?? 0) > 0).map((r) => [r.code, r.women!]));
}

let nadia = '';
const enrol = (projectCode: string, selectedOn: string, extra: Record<string, unknown> = {}) =>
  t.gql(ENROL, { input: { personId: nadia, projectCode, selectedOn, arrearsAtEnrolment: '1000.00', ...extra } }, AS_ADMIN);

describe('the situation at entry, per enrolment', () => {
  beforeAll(async () => {
    const registered = await t.gql(
      REGISTER,
      { input: { fiscalCode: FISCAL_CODE, sex: 'FEMALE', birthYear: 1980, labourStatus: 'UNEMPLOYED', education: 'ISCED_2' } },
      AS_ADMIN,
    );
    expect(registered.errors).toBeUndefined();
    nadia = registered.data!.registerPerson.id;
    expect((await enrol('GOLAB', '2019-03-01')).errors).toBeUndefined();
  });

  it('records, for an enrolment, the situation declared in effect on its day of selection', async () => {
    const declared = await t.gql(
      DECLARE,
      { input: { personId: nadia, effectiveOn: '2019-09-01', labourStatus: 'EMPLOYED', education: 'ISCED_2', reason: 'found a job' } },
      AS_ADMIN,
    );
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareSituation).toMatchObject({ effectiveOn: '2019-09-01', labourStatus: 'EMPLOYED' });
    expect((await enrol('SAPERI', '2019-10-01')).errors).toBeUndefined();
    expect(await womenIn('SAPERI')).toEqual({ PARTICIPANTS: 1, CO05: 1, CO09: 1 });
    // The enrolment made before the declaration keeps the situation it recorded.
    expect(await womenIn('GOLAB')).toEqual({ PARTICIPANTS: 1, CO01: 1, CO09: 1 });
  });

  it('takes the situation given with an enrolment, declared from its day (audited)', async () => {
    const response = await enrol('FORNASE', '2019-11-01', {
      situationAtEntry: { labourStatus: 'INACTIVE_NOT_IN_EDUCATION', education: 'ISCED_2', disability: true },
    });
    expect(response.errors).toBeUndefined();
    expect(await womenIn('FORNASE')).toEqual({ PARTICIPANTS: 1, CO03: 1, CO04: 1, CO09: 1, CO16: 1 });
    const trail = await t.sql<{ reason: string; after: { effectiveOn: string; labourStatus: string } }>(
      `select reason, after from audit_entry where entity = 'person_situation' order by id`,
    );
    expect(trail.map((e) => [e.after.effectiveOn, e.after.labourStatus, e.reason])).toEqual([
      ['2019-09-01', 'EMPLOYED', 'found a job'],
      ['2019-11-01', 'INACTIVE_NOT_IN_EDUCATION', 'situation at entry, enrolment in FORNASE'],
    ]);
  });

  it('refuses a bad declaration with the field at fault, and writes nothing', async () => {
    const before = await t.one<{ n: number }>('select count(*)::int as n from person_situation');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ effectiveOn: '2019-09-01' }, 'CONFLICT', 'effectiveOn'],
      [{ effectiveOn: '1979-06-01' }, 'BAD_USER_INPUT', 'effectiveOn'],
      [{ reason: 'x' }, 'BAD_USER_INPUT', 'reason'],
      [{ personId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'personId'],
    ];
    for (const [change, code, field] of cases) {
      const input = { personId: nadia, effectiveOn: '2020-01-01', labourStatus: 'UNEMPLOYED', reason: 'lost the job', ...change };
      const response = await t.gql(DECLARE, { input }, AS_ADMIN);
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code, field });
    }
    // An enrolment whose situation at entry collides with a declaration of the same day writes neither.
    const enrolments = await t.one<{ n: number }>('select count(*)::int as n from enrolment');
    const clash = await enrol('LSQ_RHO', '2019-09-01', { situationAtEntry: { labourStatus: 'UNEMPLOYED' } });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'effectiveOn' });
    expect((await t.one<{ n: number }>('select count(*)::int as n from enrolment')).n).toBe(enrolments.n);
    expect((await t.one<{ n: number }>('select count(*)::int as n from person_situation')).n).toBe(before.n);
  });

  it('lets an operator declare only for a person of its projects', async () => {
    const keyOf = async (projectCodes: string[]) => {
      const response = await t.gql<{ createApiKey: { token: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
        { i: { role: 'OPERATOR', label: `situation ${projectCodes.join(' ')}`, projectCodes } },
        AS_ADMIN,
      );
      return { authorization: `Bearer ${response.data!.createApiKey.token}` };
    };
    const input = { personId: nadia, effectiveOn: '2020-02-01', labourStatus: 'UNEMPLOYED', reason: 'lost the job' };
    const stranger = await t.gql(DECLARE, { input }, await keyOf(['SESTOINSIEME']));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await t.gql(DECLARE, { input }, await keyOf(['GOLAB']));
    expect(own.errors).toBeUndefined();
  });

  it('leaves the summaries equal to a recomputation', async () => {
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
