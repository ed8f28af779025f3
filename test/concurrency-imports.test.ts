/**
 * Imports and retries under concurrency. The same file imported several times at the same moment
 * (through GraphQL's importFile and through runImport, the CLI's path) adds it once; an import
 * racing a hand-entered record is refused with a CONFLICT naming the field, or skips it; a
 * mutation retried with the same Idempotency-Key writes once and answers the same; the demo
 * population satisfies the natural keys the imports rely on.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CALLER } from '../server/domain/caller.js';
import { runImport, type ImportKind } from '../server/imports/import.service.js';
import { loadPseudonymKey } from '../server/secrets.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { fakeFiscalCode } from './helpers/csv-files.js';
import { Fixtures } from './helpers/fixtures.js';
import { checkSummaries } from '../server/db/summaries.js';

let t: TestApp;
let pseudonymKey: Buffer;
let fixtures: Fixtures;
beforeAll(async () => {
  t = await startTestApp();
  pseudonymKey = await loadPseudonymKey(t.app.config, t.app.log, t.app.db.pool, { mayGenerate: false });
  fixtures = new Fixtures(t);
});
afterAll(() => t?.close());

const IMPORT = graphql(`
  mutation ConcurrentImport($kind: ImportKind!, $csv: String!, $fileName: String) {
    importFile(kind: $kind, csv: $csv, fileName: $fileName) {
      written
      skipped
      created {
        people
        enrolments
        activities
        attendances
      }
      errors {
        row
        column
        message
      }
    }
  }
`);
const ACTIVITY = graphql(`
  mutation ConcurrentActivity($input: ActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);
const REPAY = graphql(`
  mutation IdempotentRepay($input: RepaymentInput!) {
    recordRepayment(input: $input) {
      id
      amount
    }
  }
`);
const TWO_REPAYMENTS = graphql(`
  mutation IdempotentTwoRepayments($a: RepaymentInput!, $b: RepaymentInput!) {
    a: recordRepayment(input: $a) {
      id
    }
    b: recordRepayment(input: $b) {
      id
    }
  }
`);
const VOID = graphql(`
  mutation IdempotentVoid($input: VoidInput!) {
    voidRecord(input: $input)
  }
`);
const CREATE_KEY = graphql(`
  mutation IdempotentCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      id
      token
    }
  }
`);

interface Counts {
  people: number;
  enrolments: number;
  activities: number;
  attendances: number;
  audit: number;
}
const counts = () =>
  t.one<Counts>(`select (select count(*) from person)::int as people, (select count(*) from enrolment)::int as enrolments,
    (select count(*) from activity)::int as activities, (select count(*) from attendance)::int as attendances,
    (select count(*) from audit_entry)::int as audit`);

async function noDuplicates(): Promise<void> {
  expect(await t.sql(`select fiscal_code_hash from person group by 1 having count(*) > 1`)).toEqual([]);
  expect(await t.sql(`select project_code, held_on, lower(title) from activity group by 1, 2, 3 having count(*) > 1`)).toEqual([]);
  expect(
    await t.sql(`select activity_id, person_id from attendance where person_id is not null group by 1, 2 having count(*) > 1`),
  ).toEqual([]);
  expect(
    await t.sql(`select activity_id, anonymous_headcount from attendance where person_id is null group by 1, 2 having count(*) > 1`),
  ).toEqual([]);
  expect(await t.sql(`select person_id, project_code, selected_on from enrolment group by 1, 2, 3 having count(*) > 1`)).toEqual([]);
  expect(await t.sql(`select entity_id from audit_entry where action = 'create' group by entity, 1 having count(*) > 1`)).toEqual([]);
}

let round = 0;
const PROJECTS = ['GOLAB', 'FORNASE', 'SAPERI'] as const;

/** An attendance register of new people (registered by the file) at new activities, with a headcount row. */
function register(people: number, activities: number, project: string): string {
  round += 1;
  const lines = ['progetto;data;tipo;titolo;codice_fiscale;sesso;anno_nascita;condizione;persone_non_registrate'];
  for (let a = 0; a < activities; a += 1) {
    const date = `${String(1 + a).padStart(2, '0')}/03/2019`;
    for (let p = 0; p < people; p += 1) {
      const year = 1960 + (p % 30);
      lines.push(
        `${project};${date};TRAINING;Round ${round} corso ${a};${fakeFiscalCode(round * 1000 + p, 'F', year)};F;${year};inattivo;`,
      );
    }
    lines.push(`${project};${date};TRAINING;Round ${round} corso ${a};;;;;${3 + a}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A list of selected participants, all new. */
function participants(people: number, project: string): string {
  round += 1;
  const lines = ['codice_fiscale;sesso;anno_nascita;titolo_studio;condizione;progetto;data_selezione;morosita'];
  for (let p = 0; p < people; p += 1) {
    const year = 1960 + (p % 30);
    lines.push(`${fakeFiscalCode(round * 1000 + p, 'M', year)};M;${year};3;disoccupato;${project};15/02/2019;1.234,56`);
  }
  return `${lines.join('\n')}\n`;
}

/** One import, through GraphQL (as importFile does) or straight through runImport (as the CLI does). */
async function importOnce(via: 'graphql' | 'runImport', kind: ImportKind, csv: string) {
  if (via === 'runImport') {
    const report = await runImport(t.app.db.pool, ADMIN_CALLER, { kind, csv, fileName: 'race.csv', dryRun: false, pseudonymKey });
    return { written: report.written, skipped: report.skipped, created: report.created, errors: report.errors };
  }
  const response = await t.gql(
    IMPORT,
    { kind: kind === 'participants' ? 'PARTICIPANTS' : 'ATTENDANCE', csv, fileName: 'race.csv' },
    AS_ADMIN,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.importFile;
}

const total = (c: { people: number; enrolments: number; activities: number; attendances: number }) =>
  c.people + c.enrolments + c.activities + c.attendances;

describe('the same file imported several times at the same moment', () => {
  const fileArb = fc.oneof(
    fc.record({
      kind: fc.constant('attendance' as const),
      people: fc.integer({ min: 1, max: 6 }),
      activities: fc.integer({ min: 1, max: 4 }),
      project: fc.constantFrom(...PROJECTS),
    }),
    fc.record({
      kind: fc.constant('participants' as const),
      people: fc.integer({ min: 1, max: 12 }),
      project: fc.constantFrom(...PROJECTS),
    }),
  );
  const viaArb = fc.array(fc.constantFrom('graphql' as const, 'runImport' as const), { minLength: 2, maxLength: 4 });

  it('is added once: one import writes it, every other one skips every row (importFile and runImport alike)', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, viaArb, async (file, racers) => {
        const csv =
          file.kind === 'attendance' ? register(file.people, file.activities, file.project) : participants(file.people, file.project);
        const rows = csv.trim().split('\n').length - 1;
        const before = await counts();
        const reports = await Promise.all(racers.map((via) => importOnce(via, file.kind, csv)));
        for (const report of reports) expect(report.errors).toEqual([]);
        const writers = reports.filter((r) => total(r.created) > 0);
        expect(writers).toHaveLength(1);
        for (const other of reports.filter((r) => total(r.created) === 0)) expect(other.skipped).toBe(rows);
        const after = await counts();
        const created = writers[0]!.created;
        expect({
          people: after.people - before.people,
          enrolments: after.enrolments - before.enrolments,
          activities: after.activities - before.activities,
          attendances: after.attendances - before.attendances,
        }).toEqual({
          people: created.people,
          enrolments: created.enrolments,
          activities: created.activities,
          attendances: created.attendances,
        });
        expect(after.audit - before.audit).toBe(total(created));
      }),
      { numRuns: 8 },
    );
    await noDuplicates();
  });

  it('two different files of one project at once both land whole', async () => {
    const a = register(3, 2, 'GOLAB');
    const b = register(2, 3, 'GOLAB');
    const before = await counts();
    const [first, second] = await Promise.all([importOnce('graphql', 'attendance', a), importOnce('runImport', 'attendance', b)]);
    const after = await counts();
    expect(after.attendances - before.attendances).toBe(first.created.attendances + second.created.attendances);
    expect(first.created.attendances).toBe(3 * 2 + 2);
    expect(second.created.attendances).toBe(2 * 3 + 3);
    await noDuplicates();
  });
});

describe('an import racing a hand-entered record of the same natural key', () => {
  it('either skips it or is a CONFLICT on the field; nothing duplicated, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.integer({ min: 1, max: 4 }), async (mutationFirst, people) => {
        const csv = register(people, 1, 'GOLAB');
        const title = `Round ${round} corso 0`;
        const byHand = t.gql(ACTIVITY, { input: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-03-01', title } }, AS_ADMIN);
        const imported = t.gql(IMPORT, { kind: 'ATTENDANCE', csv, fileName: 'race.csv' }, AS_ADMIN);
        const [hand, file] = mutationFirst ? await Promise.all([byHand, imported]) : (await Promise.all([imported, byHand])).reverse();
        for (const response of [hand!, file!]) {
          expect(response.status).toBe(200);
          for (const error of response.errors ?? []) expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'title' });
        }
        // Whoever lost, the activity is there once; a refused import goes through when sent again.
        if (file!.errors) expect((await importOnce('graphql', 'attendance', csv)).created.activities).toBe(0);
        const rows = await t.sql(`select id from activity where project_code = 'GOLAB' and lower(title) = lower($1)`, [title]);
        expect(rows).toHaveLength(1);
      }),
      { numRuns: 8 },
    );
    await noDuplicates();
  });
});

describe('a mutation retried with the same Idempotency-Key', () => {
  const key = () => `retry-${crypto.randomUUID()}`;
  const repay = (enrolmentId: string, amount: string, idempotencyKey: string, auth = AS_ADMIN) =>
    t.gql(REPAY, { input: { enrolmentId, paidOn: '2019-03-01', amount } }, { ...auth, 'idempotency-key': idempotencyKey });

  it('writes once, concurrently or one after the other, and answers every retry with the same record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), async (concurrent, sequential) => {
        const personId = await fixtures.person({ sex: 'FEMALE', birthYear: 1975, labourStatus: 'UNEMPLOYED', education: null });
        const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
        const k = key();
        const answers = await Promise.all(Array.from({ length: concurrent }, () => repay(enrolmentId, '25.00', k)));
        for (let i = 0; i < sequential; i += 1) answers.push(await repay(enrolmentId, '25.00', k));
        for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
        expect(new Set(answers.map((a) => a.data!.recordRepayment.id)).size).toBe(1);
        expect(answers.map((a) => a.data!.recordRepayment.amount)).toEqual(answers.map(() => '25.00'));
        expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toHaveLength(1);
        const audited = await t.one<{ n: number }>(
          `select count(*)::int as n from audit_entry where entity = 'repayment' and entity_id = $1`,
          [answers[0]!.data!.recordRepayment.id],
        );
        expect(audited.n).toBe(1);
      }),
      { numRuns: 8 },
    );
  });

  it('with another request is a CONFLICT on Idempotency-Key, and writes nothing', async () => {
    const personId = await fixtures.person({ sex: 'MALE', birthYear: 1966, labourStatus: 'UNEMPLOYED', education: null });
    const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
    const k = key();
    expect((await repay(enrolmentId, '10.00', k)).errors).toBeUndefined();
    const other = await repay(enrolmentId, '11.00', k);
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toHaveLength(1);
  });

  it('is not spent by a refused write: the retry runs the rules again', async () => {
    const personId = await fixtures.person({ sex: 'MALE', birthYear: 1967, labourStatus: 'UNEMPLOYED', education: null });
    const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
    const k = key();
    const refused = await repay(enrolmentId, '0.00', k);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect((await repay(enrolmentId, '0.00', k)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect((await repay(enrolmentId, '12.00', k)).errors).toBeUndefined();
    expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toHaveLength(1);
  });

  it('belongs to its caller: the same key from another key holder is another request', async () => {
    const created = await t.gql(CREATE_KEY, { input: { role: 'OPERATOR', label: 'idempotency', projectCodes: ['GOLAB'] } }, AS_ADMIN);
    const operator = { authorization: `Bearer ${created.data!.createApiKey.token}` };
    const personId = await fixtures.person({ sex: 'MALE', birthYear: 1968, labourStatus: 'UNEMPLOYED', education: null });
    const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
    const k = key();
    expect((await repay(enrolmentId, '10.00', k)).errors).toBeUndefined();
    expect((await repay(enrolmentId, '10.00', k, operator)).errors).toBeUndefined();
    expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toHaveLength(2);
  });

  it('answers an import retried with its key with the first report, and imports nothing again', async () => {
    const csv = participants(5, 'SAPERI');
    const k = key();
    const send = () => t.gql(IMPORT, { kind: 'PARTICIPANTS', csv, fileName: 'retry.csv' }, { ...AS_ADMIN, 'idempotency-key': k });
    const first = await send();
    const before = await counts();
    const [again, andAgain] = await Promise.all([send(), send()]);
    expect(again.data).toEqual(first.data);
    expect(andAgain.data).toEqual(first.data);
    expect(first.data!.importFile.created.enrolments).toBe(5);
    expect(await counts()).toEqual(before);
  });

  it('refuses a key that is not 1 to 200 visible characters, a document of two mutations, and createApiKey (its token is shown once)', async () => {
    const personId = await fixtures.person({ sex: 'MALE', birthYear: 1969, labourStatus: 'UNEMPLOYED', education: null });
    const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
    for (const bad of ['x'.repeat(201), 'with space', 'accentué']) {
      const response = await repay(enrolmentId, '10.00', bad);
      expect(response.errors![0]!.extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    }
    const input = { enrolmentId, paidOn: '2019-03-01', amount: '1.00' };
    const two = await t.gql(TWO_REPAYMENTS, { a: input, b: input }, { ...AS_ADMIN, 'idempotency-key': key() });
    expect(two.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    const apiKey = await t.gql(CREATE_KEY, { input: { role: 'ANALYST', label: 'once' } }, { ...AS_ADMIN, 'idempotency-key': key() });
    expect(apiKey.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toEqual([]);
  });

  it('answers a retry whose record was voided since with a CONFLICT on Idempotency-Key', async () => {
    const personId = await fixtures.person({ sex: 'FEMALE', birthYear: 1971, labourStatus: 'UNEMPLOYED', education: null });
    const enrolmentId = await fixtures.enrol(personId, 'GOLAB', '2019-01-15', 300_000);
    const k = key();
    const first = await repay(enrolmentId, '10.00', k);
    await t.gql(VOID, { input: { record: 'REPAYMENT', id: first.data!.recordRepayment.id, reason: 'entered twice' } }, AS_ADMIN);
    const retry = await repay(enrolmentId, '10.00', k);
    expect(retry.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await t.sql(`select id from repayment where enrolment_id = $1`, [enrolmentId])).toEqual([]);
  });
});

describe('the demo population', () => {
  it('at scale 3 satisfies the natural keys the imports rely on (the seed would fail otherwise)', async () => {
    const big = await startTestApp({ demoScale: 3 });
    try {
      const activities = await big.one<{ n: number }>(`select count(*)::int as n from activity`);
      expect(activities.n).toBeGreaterThan(2000);
      expect(await big.sql(`select project_code, held_on, lower(title) from activity group by 1, 2, 3 having count(*) > 1`)).toEqual([]);
    } finally {
      await big.close();
    }
  });
});

describe('after every race above', () => {
  it('every summary table equals a full recomputation from the records', async () => {
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
