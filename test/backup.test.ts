/**
 * Backups (issue #16, server/db/backup.ts): npm run backup writes a consistent dump of the hub's
 * database; npm run restore brings it back into an empty database, refusing one that holds
 * records unless told. The round trip keeps every report, every table and the audit trail.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { readManifest } from '../server/db/backup.js';
import { admin, AS_ADMIN, startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

let t: TestApp;
let dir: string;
const databases: string[] = [];
beforeAll(async () => {
  t = await startTestApp({ demoScale: 0.3 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'quartieri-backup-'));
}, 120_000);
afterAll(async () => {
  await t?.close();
  for (const name of databases) await admin((client) => client.query(`drop database if exists ${name} with (force)`));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A new empty database on the test server, and its URL. */
async function emptyDatabase(): Promise<string> {
  const name = `quartieri_restore_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  databases.push(name);
  const url = new URL(t.databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function cli(command: 'backup' | 'restore', args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run(TSX, [`server/cli/${command}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every report, exact (as ADMIN), for all projects and for one, at two days. */
const REPORTS = `query BackupReports($filter: ReportFilter) {
  fundingSummary(filter: $filter) { allowancesCommitted totalAwarded withheld }
  newsletterUpdate(filter: $filter) { markdown }
  employmentOutcomes(filter: $filter) { enrolled employed unsuccessful withdrawn inProgress bySex { sex enrolled } }
  participation(filter: $filter) { peopleReached attendances anonymousHeadcount }
  debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered }
  esfIndicators(filter: $filter) { code women men total }
}`;

async function reports(app: TestApp): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const filter of [{ asOf: '2019-12-31' }, { asOf: '2020-08-31' }, { asOf: '2020-08-31', projectCodes: ['GOLAB'] }]) {
    const response = await app.gql(REPORTS, { filter }, AS_ADMIN);
    expect(response.errors).toBeUndefined();
    answers.push(response.data);
  }
  return answers;
}

/**
 * Every table's rows, in a stable order (all columns as text; of the migrations, their names: they
 * ran on each database). Not the data version: it is the database's own, renewed by a restore.
 */
async function tables(app: TestApp): Promise<Record<string, string[]>> {
  const names = await app.sql<{ name: string }>(
    `select relname as name from pg_class where relnamespace = current_schema()::regnamespace and relkind = 'r'
        and relname not like 'data\\_version%' order by 1`,
  );
  const content: Record<string, string[]> = {};
  for (const { name } of names) {
    const row = name === 'mikro_orm_migrations' ? 't.name' : 't::text';
    const rows = await app.sql<{ row: string }>(`select ${row} as row from "${name}" t order by 1`);
    content[name] = rows.map((r) => r.row);
  }
  return content;
}

describe('npm run backup, then npm run restore', () => {
  let file = '';

  beforeAll(async () => {
    // A correction, so that the trail holds more than the seed.
    const { id } = await t.one<{ id: string }>(`select id from enrolment where exited_on is null order by id limit 1`);
    const voided = await t.gql(
      'mutation($i: VoidInput!) { voidRecord(input: $i) }',
      { i: { record: 'ENROLMENT', id, reason: 'entered twice' } },
      AS_ADMIN,
    );
    expect(voided.errors).toBeUndefined();
    file = path.join(dir, 'hub.sql.gz');
    const backup = await cli('backup', ['--out', file], t.databaseUrl);
    expect(backup.stderr).not.toMatch(/error/i);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/hub\.sql\.gz: \d+ tables, [\d.]+ rows, as of one snapshot/);
  }, 120_000);

  it('writes a file only its owner can read, with a manifest of every table', async () => {
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const manifest = await readManifest(file);
    const counted = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry`);
    expect(manifest.tables.find((table) => table.name === 'audit_entry')?.rows).toBe(counted[0]!.n);
    expect(manifest.tables.find((table) => table.name === 'enrolment')?.rows).toBeGreaterThan(0);
    expect(manifest.migrations.at(-1)).toMatch(/^Migration2026/);
  });

  it('brings back every table, the audit trail and every report into an empty database', async () => {
    const target = await emptyDatabase();
    const restore = await cli('restore', [file], target);
    expect(restore.stderr).not.toMatch(/Nothing restored/);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/rows restored .* the summaries equal their recomputation/);
    const restored = await startTestApp({ databaseUrl: target, seed: false });
    try {
      expect(await tables(restored)).toEqual(await tables(t));
      expect(await reports(restored)).toEqual(await reports(t));
      // The sequences go on from where they were: a new trail entry follows the restored ones.
      const [before] = await restored.sql<{ id: string }>(`select max(id)::text as id from audit_entry`);
      const { id } = await restored.one<{ id: string }>(`select id from enrolment where exited_on is null order by id limit 1`);
      await restored.gql(
        'mutation($i: VoidInput!) { voidRecord(input: $i) }',
        { i: { record: 'ENROLMENT', id, reason: 'a test' } },
        AS_ADMIN,
      );
      const [after] = await restored.sql<{ id: string }>(`select max(id)::text as id from audit_entry`);
      expect(BigInt(after!.id)).toBeGreaterThan(BigInt(before!.id));
    } finally {
      await restored.close();
    }
  });

  it('refuses a database that holds records, and changes nothing; --replace empties it first', async () => {
    const target = await emptyDatabase();
    expect((await cli('restore', [file], target)).code).toBe(0);
    const restored = await startTestApp({ databaseUrl: target, seed: false });
    try {
      await restored.sql(`delete from follow_up where enrolment_id in (select id from enrolment order by id limit 3)`);
      const changed = await tables(restored);
      const refused = await cli('restore', [file], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /Nothing restored: the database is not empty \(.*\): restore into an empty database, or give --replace/,
      );
      expect(await tables(restored)).toEqual(changed);
      const replaced = await cli('restore', [file, '--replace'], target);
      expect(replaced.code).toBe(0);
      expect(await tables(restored)).toEqual(await tables(t));
    } finally {
      await restored.close();
    }
  });

  it('is one snapshot while writes go on: its restore has every summary equal to its records', async () => {
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing) {
        n += 1;
        await t.sql(
          `insert into attendance (activity_id, person_id)
           select a.id, p.id from activity a, person p where not exists (select 1 from attendance x where x.activity_id = a.id and x.person_id = p.id)
           order by a.id, p.id limit 50`,
        );
        await t.sql(
          `update enrolment set exited_on = selected_on + 30, outcome = 'WITHDRAWN' where id = (select id from enrolment where exited_on is null order by id limit 1)`,
        );
      }
      return n;
    })();
    const during = path.join(dir, 'during.sql.gz');
    const backup = await cli('backup', ['--out', during], t.databaseUrl);
    writing = false;
    expect(await writes).toBeGreaterThan(0);
    expect(backup.code).toBe(0);
    const restore = await cli('restore', [during], await emptyDatabase());
    expect(restore.stderr).not.toMatch(/Nothing restored/);
    expect(restore.code).toBe(0);
  });

  it('refuses a file that is not a backup, naming it', async () => {
    const target = await emptyDatabase();
    const refused = await cli('restore', [path.join(PROJECT_ROOT, 'package.json')], target);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/package\.json is not a Quartieri backup/);
  });
});
