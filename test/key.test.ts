/**
 * The pseudonymisation key is bound to the database: its fingerprint (never the key) is stored at
 * first use, and a hub or a command line with another key — or with none, where the hub's
 * DATA_DIR is not at hand — refuses with a message naming PSEUDONYM_KEY and DATA_DIR, before
 * anything is written.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createApp } from '../server/app.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { keyFingerprint, loadPseudonymKey, PseudonymKeyError } from '../server/secrets.js';
import { startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';

const run = promisify(execFile);
const TEST_KEY = TEST_PSEUDONYM_KEY;
const silent = createLogger('silent');

/** A fresh, empty database on the test server; dropped by the returned function. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `quartieri_key_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('pgServerUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: inject('pgServerUrl') });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function configFor(databaseUrl: string, env: Record<string, string>): Config {
  return { ...loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...env }), databaseUrl, seedOnStart: true, demoScale: 0 };
}

describe('the fingerprint', () => {
  it('is HMAC-SHA256 of a fixed label: one per key, different keys apart, nothing of the key in it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 32, maxLength: 80 }), fc.string({ minLength: 32, maxLength: 80 }), (a, b) => {
        const fa = keyFingerprint(Buffer.from(a));
        expect(fa).toMatch(/^[0-9a-f]{64}$/);
        expect(keyFingerprint(Buffer.from(a))).toBe(fa);
        expect(fa.includes(Buffer.from(a).toString('hex').slice(0, 16))).toBe(false);
        if (a !== b) expect(keyFingerprint(Buffer.from(b))).not.toBe(fa);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a database bound to its key', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dataDir = await mkdtemp(path.join(tmpdir(), 'quartieri-key-'));
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the fingerprint of the key it was first used with, never the key', async () => {
    const rows = await t.sql<{ id: number; fingerprint: string }>('select id, fingerprint from pseudonym_key_binding');
    expect(rows).toEqual([{ id: 1, fingerprint: keyFingerprint(Buffer.from(TEST_KEY)) }]);
    expect(JSON.stringify(rows)).not.toContain(TEST_KEY);
  });

  it('refuses to start the hub with another key, naming PSEUDONYM_KEY and DATA_DIR', async () => {
    const start = createApp(configFor(t.databaseUrl, { PSEUDONYM_KEY: 'another key, which this database has never seen' }), {
      log: silent,
    });
    await expect(start).rejects.toBeInstanceOf(PseudonymKeyError);
    await expect(start).rejects.toThrow(/PSEUDONYM_KEY.*DATA_DIR/s);
    // The same key starts.
    const app = await createApp(configFor(t.databaseUrl, { PSEUDONYM_KEY: TEST_KEY }), { log: silent });
    await app.stop();
  });

  it('whatever two keys: the second is accepted exactly when it is the first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 32, maxLength: 48 }), fc.boolean(), async (first, same) => {
        const second = same ? first : `${first}!`;
        await t.sql('delete from pseudonym_key_binding');
        const config = (key: string) => configFor(t.databaseUrl, { PSEUDONYM_KEY: key, DATA_DIR: dataDir });
        await loadPseudonymKey(config(first), silent, t.app.db.pool, { mayGenerate: false });
        const again = loadPseudonymKey(config(second), silent, t.app.db.pool, { mayGenerate: false });
        if (same) await expect(again).resolves.toEqual(Buffer.from(first, 'utf8'));
        else await expect(again).rejects.toBeInstanceOf(PseudonymKeyError);
        const [row] = await t.sql<{ fingerprint: string }>('select fingerprint from pseudonym_key_binding');
        expect(row!.fingerprint).toBe(keyFingerprint(Buffer.from(first, 'utf8')));
      }),
      { numRuns: 25 },
    );
    await t.sql('update pseudonym_key_binding set fingerprint = $1', [keyFingerprint(Buffer.from(TEST_KEY))]);
  });

  describe('npm run import with DATABASE_URL', () => {
    const sample = path.join(PROJECT_ROOT, 'seeds', 'samples', 'partecipanti.csv');
    const importCli = (env: Record<string, string>) => {
      const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env };
      delete childEnv.PSEUDONYM_KEY;
      if (env.PSEUDONYM_KEY) childEnv.PSEUDONYM_KEY = env.PSEUDONYM_KEY;
      return run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['server/cli/import.ts', 'participants', sample], {
        cwd: PROJECT_ROOT,
        env: childEnv,
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    };
    const people = async () => (await t.one<{ n: number }>('select count(*)::int as n from person')).n;

    it('without the hub’s DATA_DIR and without PSEUDONYM_KEY: refuses, generates no key, writes nothing', async () => {
      const before = await people();
      const result = await importCli({});
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/PSEUDONYM_KEY/);
      expect(result.stderr).toMatch(/DATA_DIR/);
      expect(existsSync(path.join(dataDir, 'pseudonym-key'))).toBe(false);
      expect(await people()).toBe(before);
    });

    it('with a DATA_DIR whose pseudonym-key is another key: refuses, writes nothing', async () => {
      const before = await people();
      await writeFile(path.join(dataDir, 'pseudonym-key'), 'yet another key, not the one of this database\n');
      try {
        const result = await importCli({});
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/not the one this database is bound to.*PSEUDONYM_KEY.*DATA_DIR/s);
        expect(await people()).toBe(before);
      } finally {
        await rm(path.join(dataDir, 'pseudonym-key'));
      }
    });

    it('with the right key: imports', async () => {
      const before = await people();
      const result = await importCli({ PSEUDONYM_KEY: TEST_KEY });
      expect(result).toMatchObject({ code: 0 });
      expect(await people()).toBeGreaterThan(before);
    });
  });
});

describe('a hub without PSEUDONYM_KEY', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'quartieri-key-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('generates a key for a new database into DATA_DIR, binds it, and finds it again at the next start', async () => {
    const db = await freshDatabase();
    try {
      const config = configFor(db.url, { DATA_DIR: dataDir });
      const first = await createApp(config, { log: silent });
      await first.stop();
      const file = path.join(dataDir, 'pseudonym-key');
      expect(existsSync(file)).toBe(true);
      const second = await createApp(config, { log: silent });
      await second.stop();
      // Another DATA_DIR, without that file: refused rather than a second key generated.
      const elsewhere = await mkdtemp(path.join(tmpdir(), 'quartieri-key-'));
      try {
        await expect(createApp(configFor(db.url, { DATA_DIR: elsewhere }), { log: silent })).rejects.toThrow(/PSEUDONYM_KEY.*DATA_DIR/s);
        expect(existsSync(path.join(elsewhere, 'pseudonym-key'))).toBe(false);
      } finally {
        await rm(elsewhere, { recursive: true, force: true });
      }
    } finally {
      await db.drop();
    }
  });

  it('never generates a key for a database that already holds people, even one bound to no key yet', async () => {
    const db = await freshDatabase();
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'quartieri-key-'));
    try {
      // A database from before the binding: people, no fingerprint.
      const app = await createApp(configFor(db.url, { PSEUDONYM_KEY: TEST_KEY }), { log: silent });
      await app.db.pool.query(
        `insert into person (fiscal_code_hash, sex, birth_year, labour_status) values ('h', 'FEMALE', 1980, 'UNEMPLOYED')`,
      );
      await app.db.pool.query('delete from pseudonym_key_binding');
      await app.stop();
      await expect(createApp(configFor(db.url, { DATA_DIR: elsewhere }), { log: silent })).rejects.toThrow(
        /already holds people.*PSEUDONYM_KEY.*DATA_DIR/s,
      );
      expect(existsSync(path.join(elsewhere, 'pseudonym-key'))).toBe(false);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
      await db.drop();
    }
  });
});
