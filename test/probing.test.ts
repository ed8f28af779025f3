/**
 * An OPERATOR cannot probe other projects (issue #12, item 5). Registering the fiscal code of a
 * person of another project answers as registering a fresh code does; a refusal never names
 * another person; a person tied to none of the operator's projects reads as null, exactly as one
 * that does not exist; and recording another project's person at one's own activity does not hide
 * them from their own operators.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { AS_ADMIN, startTestApp, type GraphQLResponse, type TestApp } from './helpers/app.js';

let t: TestApp;
let golab: Record<string, string>;
let rho: Record<string, string>;

const REGISTER = 'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id sex birthYear } }';
const PERSON = 'query($id: ID!) { person(id: $id) { id sex birthYear } }';
const ENROL = 'mutation($i: EnrolInput!) { enrolPerson(input: $i) { id } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const MONTHS = 'ABCDEHLMPRST';
let serial = 0;
/** A fresh, valid fiscal code for the sex and birth year (a serial keeps every code distinct). */
function fiscalCode(sex: 'FEMALE' | 'MALE', birthYear: number): string {
  const n = serial++;
  const letters = (k: number) => String.fromCharCode(65 + (k % 26), 65 + (Math.floor(k / 26) % 26), 65 + (Math.floor(k / 676) % 26));
  const day = 1 + (n % 28) + (sex === 'FEMALE' ? 40 : 0);
  const first15 = `PRB${letters(n)}${String(birthYear % 100).padStart(2, '0')}${MONTHS[n % 12]}${String(day).padStart(2, '0')}F205`;
  return first15 + checkCharacter(first15);
}

const person = (sex: 'FEMALE' | 'MALE', birthYear: number, code = fiscalCode(sex, birthYear)) => ({
  fiscalCode: code,
  sex,
  birthYear,
  labourStatus: 'UNEMPLOYED',
});

function ok<T = Record<string, unknown>>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

/** Registers a person as the admin and enrols them in a project: a person of that project. */
async function personOf(projectCode: string, sex: 'FEMALE' | 'MALE', birthYear: number) {
  const input = person(sex, birthYear);
  const { registerPerson } = ok(await t.gql<{ registerPerson: { id: string } }>(REGISTER, { i: input }, AS_ADMIN));
  ok(
    await t.gql(
      ENROL,
      { i: { personId: registerPerson.id, projectCode, selectedOn: '2019-05-02', arrearsAtEnrolment: '10.00' } },
      AS_ADMIN,
    ),
  );
  return { ...input, id: registerPerson.id };
}

/** Everything about an answer except the values an operator gave or a random id: its shape and code. */
function shape(response: GraphQLResponse): unknown {
  const code: unknown = response.errors?.[0]?.extensions?.code ?? null;
  const data = response.data?.registerPerson as Record<string, unknown> | null | undefined;
  return { code, keys: data ? Object.keys(data).sort() : null, idIsUuid: typeof data?.id === 'string' && UUID.test(data.id) };
}

beforeAll(async () => {
  t = await startTestApp();
  const key = async (label: string, projectCodes: string[]) => {
    const { createApiKey } = ok(
      await t.gql<{ createApiKey: { token: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
        { i: { role: 'OPERATOR', label, projectCodes } },
        AS_ADMIN,
      ),
    );
    return { authorization: `Bearer ${createApiKey.token}` };
  };
  golab = await key('ALER GOLab', ['GOLAB']);
  rho = await key('Comune di Rho', ['LSQ_RHO']);
});

afterAll(async () => {
  await t?.close();
});

describe('an operator probing another project', () => {
  it("answers the code of another project's person as it answers a fresh code, and reads neither", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<'FEMALE' | 'MALE'>('FEMALE', 'MALE'),
        fc.integer({ min: 1950, max: 2000 }),
        async (sex, birthYear) => {
          const elsewhere = await personOf('LSQ_RHO', sex, birthYear);
          const known = await t.gql(REGISTER, { i: { ...person(sex, birthYear, elsewhere.fiscalCode) } }, golab);
          const fresh = await t.gql(REGISTER, { i: person(sex, birthYear) }, golab);
          expect(shape(known)).toEqual(shape(fresh));
          expect(shape(known)).toEqual({ code: null, keys: ['birthYear', 'id', 'sex'], idIsUuid: true });
          for (const answer of [known, fresh]) {
            const { id, ...given } = (answer.data as { registerPerson: { id: string; sex: string; birthYear: number } }).registerPerson;
            expect(given).toEqual({ sex, birthYear }); // only what the operator gave
            // Tied to none of the operator's projects (to another one, or to none at all): null.
            expect(ok(await t.gql(PERSON, { id }, golab))).toEqual({ person: null });
          }
          // The other project's operator still reads its own person.
          expect(ok(await t.gql(PERSON, { id: elsewhere.id }, rho))).toEqual({ person: { id: elsewhere.id, sex, birthYear } });
        },
      ),
      { numRuns: 6 },
    );
  });

  it("refuses a contradicting code without naming the person, the same way in and out of the operator's projects; an admin is told who", async () => {
    // A fiscal code leaves the century open: 1925 and 2025 share one code.
    const elsewhere = await personOf('LSQ_RHO', 'FEMALE', 1925);
    const own = await personOf('GOLAB', 'FEMALE', 1924);
    const refusal = async (p: { fiscalCode: string; id: string }, birthYear: number, headers: Record<string, string>) => {
      const response = await t.gql(REGISTER, { i: person('FEMALE', birthYear, p.fiscalCode) }, headers);
      expect(response.data?.registerPerson ?? null).toBeNull();
      const error = response.errors![0]!;
      return { code: error.extensions!.code, field: error.extensions!.field, message: error.message };
    };
    const outside = await refusal(elsewhere, 2025, golab);
    const inside = await refusal(own, 2024, golab);
    expect(outside).toMatchObject({ code: 'CONFLICT', field: 'fiscalCode' });
    expect(outside).toEqual(inside);
    expect(outside.message).not.toContain(elsewhere.id);
    expect(outside.message).not.toMatch(/1925|[0-9a-f]{8}-/);
    const byAdmin = await refusal(elsewhere, 2025, AS_ADMIN);
    expect(byAdmin).toMatchObject({ code: 'CONFLICT', field: 'fiscalCode' });
    expect(byAdmin.message).toContain(elsewhere.id);
  });

  it("refuses a contradicting code in an operator's import without naming the person; an admin's import names them", async () => {
    const elsewhere = await personOf('LSQ_RHO', 'MALE', 1910);
    const csv = (project: string) =>
      `codice_fiscale;sesso;anno_nascita;titolo_studio;condizione;progetto;data_selezione;morosita\n${elsewhere.fiscalCode};M;2010;;disoccupato;${project};15/01/2026;10,00\n`;
    const IMPORT =
      'mutation($csv: String!) { importFile(kind: PARTICIPANTS, csv: $csv, dryRun: true) { written errors { column message } } }';
    type Report = { importFile: { written: boolean; errors: { column: string; message: string }[] } };
    const byOperator = ok(await t.gql<Report>(IMPORT, { csv: csv('GOLAB') }, golab)).importFile;
    expect(byOperator.written).toBe(false);
    const refusal = byOperator.errors.find((e) => e.message.includes('registered already'));
    expect(refusal, JSON.stringify(byOperator.errors)).toBeDefined();
    expect(refusal!.message).not.toContain(elsewhere.id);
    expect(refusal!.message).not.toMatch(/1910|[0-9a-f]{8}-/);
    const byAdmin = ok(await t.gql<Report>(IMPORT, { csv: csv('GOLAB') }, AS_ADMIN)).importFile;
    expect(byAdmin.errors.some((e) => e.message.includes(elsewhere.id))).toBe(true);
  });

  it("keeps another project's person visible to their own operators once attending one's own activity", async () => {
    const elsewhere = await personOf('LSQ_RHO', 'MALE', 1980);
    const { recordActivity } = ok(
      await t.gql<{ recordActivity: { id: string } }>(
        'mutation($i: ActivityInput!) { recordActivity(input: $i) { id } }',
        { i: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-06-01', title: 'Corso' } },
        golab,
      ),
    );
    // The operator learnt the id by registering the code, as anyone holding the code would.
    const { registerPerson } = ok(
      await t.gql<{ registerPerson: { id: string } }>(REGISTER, { i: person('MALE', 1980, elsewhere.fiscalCode) }, golab),
    );
    expect(ok(await t.gql(PERSON, { id: registerPerson.id }, golab))).toEqual({ person: null });
    ok(
      await t.gql(
        'mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }',
        { i: { activityId: recordActivity.id, personId: registerPerson.id } },
        golab,
      ),
    );
    const seen = { person: { id: elsewhere.id, sex: 'MALE', birthYear: 1980 } };
    expect(ok(await t.gql(PERSON, { id: elsewhere.id }, rho))).toEqual(seen);
    expect(ok(await t.gql(PERSON, { id: elsewhere.id }, golab))).toEqual(seen);
    expect(ok(await t.gql(PERSON, { id: elsewhere.id }, AS_ADMIN))).toEqual(seen);
  });
});
