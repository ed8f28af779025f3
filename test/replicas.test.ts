/**
 * Read replicas (DATABASE_REPLICA_URLS) against a REAL hot standby: a primary started from the
 * embedded PostgreSQL 17 binaries, a base backup taken with PostgreSQL's low-level API
 * (pg_backup_start, a copy of the data folder, pg_backup_stop's label), and a standby streaming
 * from it. Checks that reports are read from the standby, that a writer sees its own write at once
 * even while the standby's replay is paused (through the same hub process and through another),
 * that the standby's answers equal the primary's once replayed, and that a standby that goes away
 * never fails a request.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { appendFile, cp, chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { freePort, postgresBinary, postgresUser, startEmbeddedPostgres, type EmbeddedDatabase } from '../server/db/embedded.js';
import { parseLsn, ReplicaSet } from '../server/db/replicas.js';
import { createLogger } from '../server/logger.js';
import { getDebtRecovery } from '../server/reporting/debt.js';
import { getEsfIndicators } from '../server/reporting/esf-indicators.js';
import { getFunding } from '../server/reporting/funding.js';
import { getOutcomes } from '../server/reporting/outcomes.js';
import { getParticipation } from '../server/reporting/participation.js';
import { getReach } from '../server/reporting/reach.js';
import { AS_ADMIN, startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const METRICS_TOKEN = 'replica-test-metrics-token';
const DATABASE = 'quartieri';
const READY = 'database system is ready to accept read-only connections';

let dataDir: string;
let primary: EmbeddedDatabase;
let standby: ChildProcess | undefined;
let standbyUrl: string;
let t: TestApp;
/** A second hub process's app on the same database and replica. */
let other: TestApp;
const tokens: { operator?: string; analyst?: string } = {};

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const primaryUrl = () => primary.urlFor(DATABASE);
const onPrimary = <T>(work: (client: pg.Client) => Promise<T>) => withClient(primaryUrl(), work);
const onStandby = <T>(work: (client: pg.Client) => Promise<T>) => withClient(standbyUrl, work);

/** Until the standby has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  const target = await onPrimary(async (c) => (await c.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')).rows[0]!.lsn);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const replayed = await onStandby(
      async (c) => (await c.query<{ lsn: string }>('select pg_last_wal_replay_lsn()::text as lsn')).rows[0]!.lsn,
    );
    if (parseLsn(replayed) >= parseLsn(target)) return;
    if (Date.now() > deadline) throw new Error(`the standby did not catch up: ${replayed} < ${target}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A hot standby of the primary: the low-level base backup (pg_basebackup of this machine is too
 * old for a PostgreSQL 17 server), standby.signal, primary_conninfo, its own port.
 */
async function startStandby(): Promise<string> {
  const clusterDir = path.join(dataDir, 'pg');
  const standbyDir = path.join(dataDir, 'standby');
  const password = (await readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  const hba = await readFile(path.join(clusterDir, 'pg_hba.conf'), 'utf8');
  if (!/^host\s+replication\s+all\s+127\.0\.0\.1\/32/m.test(hba))
    throw new Error(`pg_hba.conf allows no replication on 127.0.0.1:\n${hba}`);

  const backup = new pg.Client({ connectionString: primary.serverUrl });
  await backup.connect();
  try {
    await backup.query(`select pg_backup_start('quartieri replica test', true)`);
    await cp(clusterDir, standbyDir, {
      recursive: true,
      // The WAL comes by streaming; the primary's pid file and options are its own.
      filter: (source) => {
        const relative = path.relative(clusterDir, source);
        if (relative === 'postmaster.pid' || relative === 'postmaster.opts') return false;
        return !/^(pg_wal|pg_replslot)[/\\]/.test(relative);
      },
    });
    const { rows } = await backup.query<{ labelfile: string; spcmapfile: string | null }>(
      'select labelfile, spcmapfile from pg_backup_stop(false)',
    );
    await writeFile(path.join(standbyDir, 'backup_label'), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) await writeFile(path.join(standbyDir, 'tablespace_map'), rows[0]!.spcmapfile);
  } finally {
    await backup.end();
  }
  await mkdir(path.join(standbyDir, 'pg_wal', 'archive_status'), { recursive: true });
  await writeFile(path.join(standbyDir, 'standby.signal'), '');
  await appendFile(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres password=${password} application_name=quartieri_standby'\n`,
  );
  const user = await postgresUser();
  if ('uid' in user) await run('chown', ['-R', `${user.uid}:${user.gid}`, standbyDir]);
  await chmod(standbyDir, 0o700);

  const port = await freePort();
  const proc = spawn(
    await postgresBinary(),
    [
      '-D',
      standbyDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
      '-c',
      'fsync=off',
    ],
    { ...user, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  standby = proc;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
      if (output.includes(READY)) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`the standby exited with ${code}: ${output}`)));
  });
  proc.stderr?.removeAllListeners('data');
  proc.stderr?.resume();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

async function stopStandby(): Promise<void> {
  const proc = standby;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGINT');
  await exited;
}

beforeAll(async () => {
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'replicas-'));
  primary = await startEmbeddedPostgres({ dataDir, log: createLogger('warn'), ephemeral: true, restart: false });
  await withClient(primary.serverUrl, async (c) => {
    // The standby streams the WAL from the backup's start: keep it on the primary meanwhile.
    await c.query(`alter system set wal_keep_size = '1GB'`);
    await c.query('select pg_reload_conf()');
    await c.query(`create database ${DATABASE}`);
  });
  standbyUrl = await startStandby();
  const env = { DATABASE_REPLICA_URLS: standbyUrl, REPLICA_WAIT_MS: '100' };
  t = await startTestApp({ databaseUrl: primaryUrl(), env: { ...env, METRICS_TOKEN }, demoScale: 1 });
  other = await startTestApp({ databaseUrl: primaryUrl(), env });
  const key = async (input: string) => {
    const response = await t.gql<{ createApiKey: { token: string } }>(
      `mutation { createApiKey(input: ${input}) { token } }`,
      undefined,
      AS_ADMIN,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createApiKey.token;
  };
  tokens.operator = await key('{ role: OPERATOR, label: "replica operator", projectCodes: ["FORNASE"] }');
  tokens.analyst = await key('{ role: ANALYST, label: "replica analyst" }');
  await caughtUp();
}, 240_000);

afterAll(async () => {
  await other?.close();
  await t?.close();
  await stopStandby();
  await primary?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const bearer = (token: string | undefined) => ({ authorization: `Bearer ${token!}` });
const FILTER = '{ projectCodes: ["FORNASE"], asOf: "2020-08-31" }';
const HEADCOUNT = `{ participation(filter: ${FILTER}) { anonymousHeadcount attendances } }`;

/** FORNASE's anonymous headcount as `headers`' caller sees it, through `app`. */
async function headcount(headers: Record<string, string>, app: TestApp = t): Promise<number> {
  const response = await app.gql<{ participation: { anonymousHeadcount: number }[] }>(HEADCOUNT, undefined, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.participation[0]!.anonymousHeadcount;
}

/** The same figure on the primary, by SQL. */
async function primaryHeadcount(): Promise<number> {
  return onPrimary(async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `select coalesce(sum(anonymous), 0)::int as n from attendance_daily where project_code = 'FORNASE' and day <= '2020-08-31'`,
    );
    return rows[0]!.n;
  });
}

/** An activity with an anonymous headcount of `n`, recorded for FORNASE by `headers`' caller through `app`. */
async function recordHeadcount(headers: Record<string, string>, n: number, app: TestApp = t): Promise<void> {
  const activity = await app.gql<{ recordActivity: { id: string } }>(
    `mutation { recordActivity(input: { projectCode: "FORNASE", kind: OTHER, heldOn: "2019-03-0${n % 9 || 1}", title: "Riunione ${n}" }) { id } }`,
    undefined,
    headers,
  );
  expect(activity.errors).toBeUndefined();
  const attendance = await app.gql(
    `mutation($id: ID!) { recordAttendance(input: { activityId: $id, anonymousHeadcount: ${n} }) { id } }`,
    { id: activity.data!.recordActivity.id },
    headers,
  );
  expect(attendance.errors).toBeUndefined();
}

async function setReplay(paused: boolean): Promise<void> {
  await onStandby(async (c) => {
    await c.query(paused ? 'select pg_wal_replay_pause()' : 'select pg_wal_replay_resume()');
    for (let i = 0; paused && i < 200; i += 1) {
      const { rows } = await c.query<{ state: string }>('select pg_get_wal_replay_pause_state() as state');
      if (rows[0]!.state === 'paused') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

describe('reports on a real hot standby', () => {
  it('reads the reports from the standby, and the rest from the primary', async () => {
    expect(await onStandby(async (c) => (await c.query<{ r: boolean }>('select pg_is_in_recovery() as r')).rows[0]!.r)).toBe(true);
    const before = { ...t.app.db.reads };
    const replicaBefore = t.app.db.replicas!.states()[0]!.reads;
    const response = await t.gql(
      `{ fundingSummary(filter: ${FILTER}) { allowancesCommitted } participation(filter: ${FILTER}) { peopleReached } employmentOutcomes { enrolled } debtRecovery { totalRecovered } peopleReached { distinct } esfIndicators { code } }`,
      undefined,
      bearer(tokens.analyst),
    );
    expect(response.errors).toBeUndefined();
    // Six reports (seven aggregates: the ESF figures take the outcomes too), each one statement on
    // the standby; none on the primary.
    const onReplica = t.app.db.reads.replica - before.replica;
    expect(onReplica).toBeGreaterThanOrEqual(6);
    expect(t.app.db.reads.primary - before.primary).toBe(0);
    expect(t.app.db.replicas!.states()[0]!.reads - replicaBefore).toBe(onReplica);
    // The standby's own count of this hub's sessions says the same: they are there.
    const sessions = await onStandby(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where application_name = 'quartieri-replica-read'`,
      );
      return rows[0]!.n;
    });
    expect(sessions).toBeGreaterThan(0);
    const ready = await fetch(`${t.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', replicas: { configured: 1, available: 1 } });
  });

  it("shows a writer its own write at once while the standby lags, and others the standby's figures", async () => {
    await caughtUp();
    const start = await headcount(bearer(tokens.analyst));
    expect(start).toBe(await primaryHeadcount());
    await setReplay(true);
    try {
      const lagging = t.app.db.replicas!.fallbacks.lagging;
      await recordHeadcount(bearer(tokens.operator), 7);
      expect(await primaryHeadcount()).toBe(start + 7);
      // The operator sees its write at once (the standby has not replayed it: the primary answers) …
      expect(await headcount(bearer(tokens.operator))).toBe(start + 7);
      expect(t.app.db.replicas!.fallbacks.lagging).toBeGreaterThan(lagging);
      // … through another hub process too: the position is in PostgreSQL, not in a process's memory.
      expect(await headcount(bearer(tokens.operator), other)).toBe(start + 7);
      // The analyst, who never wrote, is answered by the paused standby: the figures before the write.
      // (its version check and its report both: nothing read on the primary)
      const [replicaReads, primaryReads] = [t.app.db.reads.replica, t.app.db.reads.primary];
      expect(await headcount(bearer(tokens.analyst))).toBe(start);
      expect(t.app.db.reads.replica).toBeGreaterThan(replicaReads);
      expect(t.app.db.reads.primary).toBe(primaryReads);

      // The admin (ADMIN_SECRET, position looked up when a report needs it) likewise, through the other process.
      await recordHeadcount(AS_ADMIN, 5, other);
      expect(await headcount(AS_ADMIN)).toBe(start + 12);
      expect(await headcount(AS_ADMIN, other)).toBe(start + 12);
      expect(await headcount(bearer(tokens.analyst), other)).toBe(start);
    } finally {
      await setReplay(false);
    }
    await caughtUp();
    // Replayed: everyone gets the new figures from the standby, the writers included.
    const [replicaReads, primaryReads] = [t.app.db.reads.replica, t.app.db.reads.primary];
    expect(await headcount(bearer(tokens.analyst))).toBe(start + 12);
    expect(await headcount(bearer(tokens.operator))).toBe(start + 12);
    expect(await headcount(AS_ADMIN)).toBe(start + 12);
    expect(t.app.db.reads.replica).toBeGreaterThanOrEqual(replicaReads + 3);
    expect(t.app.db.reads.primary).toBe(primaryReads);
  });

  it('answers every report on the standby exactly as on the primary once replayed', async () => {
    await caughtUp();
    const compute = (url: string) =>
      withClient(url, async (client) => {
        const db = { query: <R extends pg.QueryResultRow>(text: string, params?: unknown[]) => client.query<R>(text, params) };
        const out: unknown[] = [];
        for (const scope of [
          { projectCodes: null, asOf: '2020-08-31' },
          { projectCodes: ['FORNASE', 'GOLAB'], asOf: '2019-12-31' },
        ]) {
          out.push(
            await getFunding(db, scope),
            await getParticipation(db, scope),
            await getReach(db, scope),
            await getOutcomes(db, scope),
            await getDebtRecovery(db, scope),
            await getEsfIndicators(db, scope),
          );
        }
        return out;
      });
    const [onThePrimary, onTheStandby] = [await compute(primaryUrl()), await compute(standbyUrl)];
    expect(onThePrimary).toHaveLength(12);
    expect(onTheStandby).toEqual(onThePrimary);
  });

  it('shows the admin a file imported by npm run import at once, while the standby lags', async () => {
    const OUTCOMES = '{ employmentOutcomes(filter: { projectCodes: ["PRO_SALOMONE"], asOf: "2020-08-31" }) { enrolled } }';
    const enrolled = async (headers: Record<string, string>) => {
      const response = await t.gql<{ employmentOutcomes: { enrolled: number } }>(OUTCOMES, undefined, headers);
      expect(response.errors).toBeUndefined();
      return response.data!.employmentOutcomes.enrolled;
    };
    await caughtUp();
    const before = await enrolled(AS_ADMIN);
    await setReplay(true);
    try {
      await run(TSX, ['server/cli/import.ts', 'participants', 'seeds/samples/partecipanti.csv'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: primaryUrl(), PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
      });
      const imported = await onPrimary(
        async (c) =>
          (
            await c.query<{ n: number }>(
              `select count(*)::int as n from enrolment where project_code = 'PRO_SALOMONE' and selected_on <= '2020-08-31'`,
            )
          ).rows[0]!.n,
      );
      expect(imported).toBeGreaterThan(before);
      // The import recorded the admin's position: the admin's report waits for it, then reads the primary.
      expect(await enrolled(AS_ADMIN)).toBe(imported);
      expect(await enrolled(bearer(tokens.analyst))).toBe(before);
    } finally {
      await setReplay(false);
    }
  }, 120_000);

  it('takes the replicas in turn, skipping one that cannot be reached and one that is not a standby', async () => {
    const nobody = `postgres://postgres@127.0.0.1:${await freePort()}/${DATABASE}`;
    const set = new ReplicaSet([nobody, standbyUrl, primaryUrl(), standbyUrl], createLogger('silent'), {
      statementTimeoutMs: 0,
      waitMs: 0,
    });
    try {
      const answered: (number | undefined)[] = [];
      for (let i = 0; i < 8; i += 1) {
        const result = await set.tryRead<{ one: number }>('select 1 as one', [], null, () => undefined);
        answered.push(result?.rows[0]?.one);
      }
      // The unreachable one and the primary each hand one read back, then are skipped; the two
      // standbys share the rest in turn.
      expect(answered.filter((one) => one === undefined)).toHaveLength(2);
      expect(set.fallbacks).toMatchObject({ unavailable: 1, 'not-a-standby': 1 });
      expect(set.states().map((r) => [r.available, r.standby, r.reads])).toEqual([
        [false, true, 0],
        [true, true, 3],
        [true, false, 0],
        [true, true, 3],
      ]);
    } finally {
      await set.close();
    }
  });

  it('never fails a request when the standby is down: the primary answers, /readyz stays ready', async () => {
    const expected = await primaryHeadcount();
    await stopStandby();
    const unavailable = t.app.db.replicas!.fallbacks.unavailable;
    for (let i = 0; i < 3; i += 1) {
      expect(await headcount(bearer(tokens.analyst))).toBe(expected);
      const asPublic = await t.gql(HEADCOUNT);
      expect(asPublic.status).toBe(200);
      expect(asPublic.errors).toBeUndefined();
    }
    expect(t.app.db.replicas!.fallbacks.unavailable).toBeGreaterThan(unavailable);
    expect(t.app.db.replicas!.states()[0]!.available).toBe(false);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', replicas: { configured: 1, available: 0 } });

    // /metrics counts the reads by server, the fallbacks by reason, and the replica's state.
    const metrics = await (await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const sample = (name: string) => Number(new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(metrics)?.[1]);
    expect(sample('quartieri_report_reads_total{target="replica"}')).toBe(t.app.db.reads.replica);
    expect(sample('quartieri_report_reads_total{target="primary"}')).toBe(t.app.db.reads.primary);
    expect(sample('quartieri_replica_fallbacks_total{reason="lagging"}')).toBeGreaterThan(0);
    expect(sample('quartieri_replica_fallbacks_total{reason="unavailable"}')).toBeGreaterThan(0);
    expect(metrics).toMatch(/^quartieri_replica_available\{replica="127\.0\.0\.1:\d+\/quartieri"\} 0$/m);
  });
});
