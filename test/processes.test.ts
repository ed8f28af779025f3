/**
 * Many hub processes on one database (docs/ARCHITECTURE.md, "Many hub processes"): two hubs run as
 * real child processes (`npm start`'s entry point), each on its own port, both on one database of
 * the test's PostgreSQL (DATABASE_URL). They are started at the same moment on the empty database
 * (the migrations and the seed run once), then every write goes through one or the other, and
 * after each the other's reports — exact (the admin, an analyst key made through the other hub)
 * and the public's — equal the writer's. An Idempotency-Key used on one hub is honoured by the
 * other; concurrent writes through both leave every summary equal to its recomputation and every
 * acknowledged write counted; a random interleaving of writes between the two (fast-check) keeps
 * all of it.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import type { ProcessesReportsQuery, TypedDocumentString } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { attendanceRegister, fakeFiscalCode } from './helpers/csv-files.js';
import { AS_HUB_ADMIN, newDataDir, startHub, stopHub, type Hub } from './helpers/hub.js';

const REGISTER = graphql(`
  mutation ProcessesRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);
const ENROL = graphql(`
  mutation ProcessesEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);
const EXIT = graphql(`
  mutation ProcessesExit($input: ExitInput!) {
    recordExit(input: $input) {
      id
    }
  }
`);
const REPAY = graphql(`
  mutation ProcessesRepay($input: RepaymentInput!) {
    recordRepayment(input: $input) {
      id
    }
  }
`);
const ACTIVITY = graphql(`
  mutation ProcessesActivity($input: ActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);
const ATTEND = graphql(`
  mutation ProcessesAttend($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);
const IMPORT = graphql(`
  mutation ProcessesImport($csv: String!) {
    importFile(kind: ATTENDANCE, csv: $csv, fileName: "registro.csv") {
      written
      created {
        people
        activities
        attendances
      }
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation ProcessesCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      id
      token
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation ProcessesRevokeKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);
const LOCK = graphql(`
  mutation ProcessesLock($until: Date!) {
    lockPeriod(until: $until, reason: "processes test") {
      id
    }
  }
`);
const UNLOCK = graphql(`
  mutation ProcessesUnlock($id: ID!) {
    unlockPeriod(id: $id, reason: "processes test") {
      id
    }
  }
`);
const REPORTS = graphql(`
  query ProcessesReports($filter: ReportFilter) {
    fundingSummary(filter: $filter) {
      asOf
      totalAwarded
      allowancesCommitted
      withheld
      projects {
        project {
          code
        }
        allowancesCommitted
        withheld
      }
    }
    participation(filter: $filter) {
      project {
        code
      }
      peopleReached
      attendances
      anonymousHeadcount
      cumulative {
        month
        value
      }
    }
    peopleReached(filter: $filter) {
      asOf
      distinct
      sumOverProjects
    }
    employmentOutcomes(filter: $filter) {
      enrolled
      inProgress
      employed
      unsuccessful
      withdrawn
      byContractType {
        contractType
        count
      }
      projects {
        project {
          code
        }
        enrolled
        employed
        unsuccessful
        withdrawn
      }
    }
    debtRecovery(filter: $filter) {
      arrearsAtEnrolment
      recoveredFromRepayments
      recoveredFromWithholding
      outstanding
    }
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
      suppressed
    }
  }
`);

type Reports = ProcessesReportsQuery;

interface Answer<R> {
  status: number;
  data?: R;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const PSEUDONYM_KEY = 'a pseudonymisation key for the processes test only';
/** The day every report is asked about (the public's release is the month end on or before it). */
const AS_OF = '2020-08-31';

let databaseName: string;
let databaseUrl: string;
let pool: pg.Pool;
const dataDirs: string[] = [];
let hubs: Hub[] = [];
/** The analyst key, made through hub 0. */
let analyst: Record<string, string>;
/** Made-up fiscal codes nobody else in the database has (the demo population has its own). */
let nextPerson = 400_000;

/** Sends a typed document to a hub (as the admin unless told otherwise). */
async function gql<R, V>(
  hub: Hub,
  document: TypedDocumentString<R, V>,
  variables: V,
  headers: Record<string, string> = AS_HUB_ADMIN,
): Promise<Answer<R>> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as Omit<Answer<R>, 'status'>;
  return { status: response.status, ...body };
}

/** The answer's data, after checking that it carries no error. */
async function ok<R, V>(
  hub: Hub,
  document: TypedDocumentString<R, V>,
  variables: V,
  headers: Record<string, string> = AS_HUB_ADMIN,
): Promise<R> {
  const answer = await gql(hub, document, variables, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answer.status).toBe(200);
  return answer.data!;
}

const VIEWS = () => [
  { view: 'public', headers: {} },
  { view: 'admin (exact)', headers: AS_HUB_ADMIN },
  { view: 'analyst key (exact)', headers: analyst },
];

/** Every view's reports from both hubs, checked equal; the admin's (exact) answer. */
async function agree(after: string): Promise<Reports> {
  const answers = await Promise.all(
    VIEWS().flatMap(({ headers }) => hubs.map((hub) => ok(hub, REPORTS, { filter: { asOf: AS_OF } }, headers))),
  );
  VIEWS().forEach(({ view }, i) => {
    const [first, second] = [answers[2 * i]!, answers[2 * i + 1]!];
    expect(second, `${view} after ${after}: hub 1 answers as hub 0`).toEqual(first);
  });
  // The exact views agree with each other too (an analyst sees what the admin sees).
  expect(answers[4]).toEqual(answers[2]);
  return answers[2]!;
}

/** The summaries equal their recomputation from the records. */
async function summariesExact(): Promise<void> {
  const checks = await checkSummaries(pool);
  expect(checks.filter((check) => check.differences > 0)).toEqual([]);
}

const cents = (money: string) => BigInt(money.replace('.', ''));
const money = (amount: bigint) => `${amount / 100n}.${String(amount % 100n).padStart(2, '0')}`;

async function registered(hub: Hub): Promise<string> {
  nextPerson += 1;
  const sex = nextPerson % 2 === 0 ? 'FEMALE' : 'MALE';
  const { registerPerson } = await ok(hub, REGISTER, {
    input: { fiscalCode: fakeFiscalCode(nextPerson, sex === 'FEMALE' ? 'F' : 'M', 1977), sex, birthYear: 1977, labourStatus: 'UNEMPLOYED' },
  });
  return registerPerson.id;
}

async function enrolled(
  hub: Hub,
  personId: string,
  projectCode = 'GOLAB',
  selectedOn = '2019-02-01',
  arrears = '1000.00',
): Promise<string> {
  const { enrolPerson } = await ok(hub, ENROL, { input: { personId, projectCode, selectedOn, arrearsAtEnrolment: arrears } });
  return enrolPerson.id;
}

beforeAll(async () => {
  databaseName = `quartieri_processes_${randomBytes(6).toString('hex')}`;
  const server = inject('pgServerUrl');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  dataDirs.push(await newDataDir('processes-0'), await newDataDir('processes-1'));
  // Both at the same moment on the empty database: migrations and seed must run once.
  const env = { DATABASE_URL: databaseUrl, PSEUDONYM_KEY, SEED_ON_START: 'true', DEMO_SCALE: '1', SUMMARIES_CHECK_MINUTES: '0' };
  const started = await Promise.allSettled(dataDirs.map((dataDir) => startHub(dataDir, env)));
  hubs = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failures = started.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
  expect(failures, 'both hubs start on the empty database at once').toEqual([]);
  const { createApiKey } = await ok(hubs[0]!, CREATE_KEY, { input: { role: 'ANALYST', label: 'processes test', projectCodes: null } });
  analyst = { authorization: `Bearer ${createApiKey.token}` };
}, 240_000);

afterAll(async () => {
  await Promise.all(hubs.map((hub) => stopHub(hub)));
  await pool?.end();
  if (databaseName) {
    const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
    await admin.connect();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
  await Promise.all(dataDirs.map((dataDir) => rm(dataDir, { recursive: true, force: true })));
});

describe('two hub processes on one database', () => {
  it('started at once on an empty database, they migrated and seeded it once', async () => {
    expect(hubs).toHaveLength(2);
    const [{ projects, people }] = (
      await pool.query<{ projects: number; people: number }>(
        'select (select count(*) from project)::int as projects, (select count(*) from person)::int as people',
      )
    ).rows as [{ projects: number; people: number }];
    expect(projects).toBe(8);
    // The demo population of scale 1, once (seeding it twice would double it, or fail one start).
    const seeded = hubs.flatMap((hub) => hub.lines().filter((line) => line.includes('"msg":"seeded"')));
    expect(seeded).toHaveLength(1);
    expect(people).toBe((JSON.parse(seeded[0]!) as { people: number }).people);
    const migrated = hubs.flatMap((hub) => hub.lines().filter((line) => line.includes('database migrated')));
    expect(migrated).toHaveLength(1);
    await agree('the start');
    await summariesExact();
  });

  it('answer alike after every kind of write through either of them', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const before = await agree('nothing');
    const person = await registered(a);
    await agree('a registration through hub 0');
    const enrolment = await enrolled(b, person, 'GOLAB', '2019-02-01', '2500.00');
    let now = await agree('an enrolment through hub 1');
    expect(now.employmentOutcomes.enrolled).toBe(before.employmentOutcomes.enrolled + 1);
    await ok(a, REPAY, { input: { enrolmentId: enrolment, paidOn: '2019-03-15', amount: '120.50' } });
    now = await agree('a repayment through hub 0');
    expect(cents(now.debtRecovery.recoveredFromRepayments)).toBe(cents(before.debtRecovery.recoveredFromRepayments) + 12050n);
    const { recordActivity } = await ok(b, ACTIVITY, {
      input: { projectCode: 'GOLAB', kind: 'TRAINING', heldOn: '2019-04-02', title: 'Corso di cucina' },
    });
    await agree('an activity through hub 1');
    await ok(a, ATTEND, { input: { activityId: recordActivity.id, personId: person } });
    await ok(b, ATTEND, { input: { activityId: recordActivity.id, anonymousHeadcount: 7 } });
    now = await agree('attendances through both');
    const golab = (report: Reports) => report.participation.find((row) => row.project.code === 'GOLAB')!;
    expect(golab(now).attendances).toBe(golab(before).attendances + 1);
    expect(golab(now).anonymousHeadcount).toBe(golab(before).anonymousHeadcount + 7);
    await ok(b, EXIT, { input: { enrolmentId: enrolment, exitedOn: '2019-06-30', outcome: 'UNSUCCESSFUL' } });
    now = await agree('an exit through hub 1');
    expect(now.employmentOutcomes.unsuccessful).toBe(before.employmentOutcomes.unsuccessful + 1);
    expect(cents(now.fundingSummary.withheld)).toBeGreaterThan(cents(before.fundingSummary.withheld));
    const { importFile } = await ok(a, IMPORT, { csv: attendanceRegister(3, 2, { project: 'SAPERI' }) });
    expect(importFile).toMatchObject({ written: true, created: { people: 3, activities: 2, attendances: 6 } });
    now = await agree('an import through hub 0');
    const saperi = (report: Reports) => report.participation.find((row) => row.project.code === 'SAPERI')!;
    expect(saperi(now).attendances).toBe(saperi(before).attendances + 6);
    await summariesExact();
  });

  it('honour an Idempotency-Key on the other process: the write is done once', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const person = await registered(b);
    const enrolment = await enrolled(a, person);
    const before = await agree('the enrolment');
    const repayment = { input: { enrolmentId: enrolment, paidOn: '2019-05-02', amount: '33.33' } };
    const key = { ...AS_HUB_ADMIN, 'idempotency-key': `processes-${randomBytes(8).toString('hex')}` };
    const first = await ok(a, REPAY, repayment, key);
    // The retry reaches the other process: answered from what the first stored, nothing written again.
    expect(await ok(b, REPAY, repayment, key)).toEqual(first);
    let now = await agree('a repayment sent twice with one key');
    expect(cents(now.debtRecovery.recoveredFromRepayments)).toBe(cents(before.debtRecovery.recoveredFromRepayments) + 3333n);
    // The same key with another request, on either process: CONFLICT, and nothing written.
    for (const hub of hubs) {
      const other = await gql(hub, REPAY, { input: { ...repayment.input, amount: '44.44' } }, key);
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    }
    // One key sent to both processes at the same moment: both get the one write's answer.
    const together = { ...AS_HUB_ADMIN, 'idempotency-key': `processes-${randomBytes(8).toString('hex')}` };
    const fiscalCode = fakeFiscalCode((nextPerson += 1), 'F', 1981);
    const input = { input: { fiscalCode, sex: 'FEMALE' as const, birthYear: 1981, labourStatus: 'UNEMPLOYED' as const } };
    const [one, two] = await Promise.all([ok(a, REGISTER, input, together), ok(b, REGISTER, input, together)]);
    expect(two).toEqual(one);
    // The key now belongs to the registration: a repayment under it is another request, on either process.
    for (const hub of hubs) {
      const reused = await gql(hub, REPAY, { input: { enrolmentId: enrolment, paidOn: '2019-05-03', amount: '10.00' } }, together);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    }
    now = await agree('a registration sent to both processes with one key');
    expect(cents(now.debtRecovery.recoveredFromRepayments)).toBe(cents(before.debtRecovery.recoveredFromRepayments) + 3333n);
    const rows = await pool.query<{ n: number }>(
      'select count(*)::int as n from repayment where enrolment_id = $1 union all select count(*)::int from person where id = $2',
      [enrolment, one.registerPerson.id],
    );
    expect(rows.rows.map((row) => row.n)).toEqual([1, 1]);
  });

  it('know at once of an API key revoked through the other process', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const { createApiKey } = await ok(b, CREATE_KEY, { input: { role: 'ANALYST', label: 'revoked soon', projectCodes: null } });
    const bearer = { authorization: `Bearer ${createApiKey.token}` };
    expect((await gql(a, REPORTS, { filter: { asOf: AS_OF } }, bearer)).status).toBe(200);
    expect(await ok(a, REVOKE_KEY, { id: createApiKey.id })).toEqual({ revokeApiKey: true });
    for (const hub of hubs) {
      const refused = await gql(hub, REPORTS, { filter: { asOf: AS_OF } }, bearer);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuse a write into a period locked through the other process, and take it once unlocked through either', async () => {
    const [a, b] = hubs as [Hub, Hub];
    const person = await registered(a);
    const enrolment = await enrolled(b, person, 'GOLAB', '2018-11-05');
    const { lockPeriod } = await ok(a, LOCK, { until: '2018-12-31' });
    const repayment = { input: { enrolmentId: enrolment, paidOn: '2018-12-10', amount: '1.00' } };
    for (const hub of hubs) {
      const refused = await gql(hub, REPAY, repayment);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', lockedUntil: '2018-12-31' });
    }
    await ok(b, UNLOCK, { id: lockPeriod.id });
    await ok(a, REPAY, repayment);
    await agree('a repayment into a period unlocked through the other process');
  });

  it('count every acknowledged write of concurrent writers on both processes, and keep the summaries exact', async () => {
    const people = await Promise.all([0, 1, 0, 1, 0, 1].map((i) => registered(hubs[i]!)));
    const before = await agree('the registrations');
    // Each person enrolled through one process, repaid twice through both, all at once.
    const enrolments = await Promise.all(people.map((person, i) => enrolled(hubs[i % 2]!, person, 'FORNASE', '2019-01-15', '700.00')));
    await Promise.all(
      enrolments.flatMap((enrolmentId, i) =>
        [0, 1].map((j) => ok(hubs[(i + j) % 2]!, REPAY, { input: { enrolmentId, paidOn: `2019-02-1${j}`, amount: '5.05' } })),
      ),
    );
    const now = await agree('concurrent enrolments and repayments');
    expect(now.employmentOutcomes.enrolled).toBe(before.employmentOutcomes.enrolled + people.length);
    expect(cents(now.debtRecovery.arrearsAtEnrolment)).toBe(cents(before.debtRecovery.arrearsAtEnrolment) + 70000n * BigInt(people.length));
    expect(cents(now.debtRecovery.recoveredFromRepayments)).toBe(
      cents(before.debtRecovery.recoveredFromRepayments) + 505n * 2n * BigInt(people.length),
    );
    await summariesExact();
  });

  it('agree after any interleaving of writes between the two processes (property)', async () => {
    const projects = ['GOLAB', 'SAPERI', 'LSQ_RHO'] as const;
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('enrol' as const),
        via: fc.nat(1),
        then: fc.nat(1),
        project: fc.constantFrom(...projects),
        euros: fc.integer({ min: 1, max: 9000 }),
      }),
      fc.record({ kind: fc.constant('repay' as const), via: fc.nat(1), cents: fc.integer({ min: 1, max: 99_999 }) }),
      fc.record({
        kind: fc.constant('exit' as const),
        via: fc.nat(1),
        outcome: fc.constantFrom('UNSUCCESSFUL' as const, 'WITHDRAWN' as const),
      }),
    );
    // Writes in rounds: the writes of a round go at the same moment, each through its process.
    const rounds = fc.array(fc.array(write, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(rounds, async (planned) => {
        // Open enrolments to repay and to end, made beforehand through alternate processes.
        const exits = planned.flat().filter((w) => w.kind === 'exit').length;
        const open = await Promise.all(
          Array.from({ length: exits + 1 }, async (_, i) =>
            enrolled(hubs[i % 2]!, await registered(hubs[(i + 1) % 2]!), 'GOLAB', '2019-03-01'),
          ),
        );
        const toRepay = open[0]!;
        const toEnd = open.slice(1);
        const before = await agree('the enrolments of the run');
        const expected = { enrolled: 0, arrears: 0n, repaid: 0n, ended: { UNSUCCESSFUL: 0, WITHDRAWN: 0 } };
        for (const round of planned) {
          await Promise.all(
            round.map(async (w) => {
              const hub = hubs[w.via]!;
              if (w.kind === 'enrol') {
                const person = await registered(hub);
                await enrolled(hubs[w.then]!, person, w.project, '2019-04-01', `${w.euros}.00`);
                expected.enrolled += 1;
                expected.arrears += BigInt(w.euros) * 100n;
              } else if (w.kind === 'repay') {
                await ok(hub, REPAY, { input: { enrolmentId: toRepay, paidOn: '2019-03-20', amount: money(BigInt(w.cents)) } });
                expected.repaid += BigInt(w.cents);
              } else {
                await ok(hub, EXIT, { input: { enrolmentId: toEnd.pop()!, exitedOn: '2019-07-31', outcome: w.outcome } });
                expected.ended[w.outcome] += 1;
              }
            }),
          );
          await agree(`a round of ${round.length} concurrent writes`);
        }
        const now = await agree('the run');
        expect(now.employmentOutcomes.enrolled).toBe(before.employmentOutcomes.enrolled + expected.enrolled);
        expect(now.employmentOutcomes.unsuccessful).toBe(before.employmentOutcomes.unsuccessful + expected.ended.UNSUCCESSFUL);
        expect(now.employmentOutcomes.withdrawn).toBe(before.employmentOutcomes.withdrawn + expected.ended.WITHDRAWN);
        expect(cents(now.debtRecovery.arrearsAtEnrolment)).toBe(cents(before.debtRecovery.arrearsAtEnrolment) + expected.arrears);
        expect(cents(now.debtRecovery.recoveredFromRepayments)).toBe(cents(before.debtRecovery.recoveredFromRepayments) + expected.repaid);
        await summariesExact();
      }),
      { numRuns: 12, endOnFailure: true },
    );
  }, 240_000);
});
