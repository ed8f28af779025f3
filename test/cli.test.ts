/** Every command a person runs answers --help, and refuses wrong words with a usage line. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../server/app.js';
import { loadConfig, PROJECT_ROOT } from '../server/config.js';
import { createLogger } from '../server/logger.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

describe.each([
  ['npm start', 'server/main.ts', 'Usage: npm start'],
  ['npm run migrate', 'server/cli/migrate.ts', 'Usage: npm run migrate'],
  ['npm run seed', 'seeds/cli.ts', 'Usage: npm run seed'],
  ['npm run schema', 'server/cli/emit-schema.ts', 'Usage: npm run schema'],
  ['npm run import', 'server/cli/import.ts', 'Usage: npm run import'],
  ['npm run bench', 'test/bench/run.ts', 'Usage: npm run bench'],
  ['npm run load', 'test/bench/load.ts', 'Usage: npm run load'],
  ['npm run operations:examples', 'server/cli/operations-examples.ts', 'Usage: npm run operations:examples'],
  ['npm run ptable', 'server/cli/ptable.ts', 'Usage: npm run ptable'],
  ['npm run backup', 'server/cli/backup.ts', 'Usage: npm run backup'],
  ['npm run restore', 'server/cli/restore.ts', 'Usage: npm run restore'],
])('%s', (_name, script, usage) => {
  it('answers --help without touching a database', async () => {
    const { stdout } = await run(TSX, [script, '--help'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(stdout).toContain(usage);
  });
});

describe('npm run import', () => {
  it('refuses a missing kind with the usage, exit code 2', async () => {
    const failure = await run(TSX, ['server/cli/import.ts', 'people.csv'], { cwd: PROJECT_ROOT }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Usage: npm run import');
  });
});

describe('npm start -- --help', () => {
  /** The variables a source file reads: `env.NAME`, `env, 'NAME'` (config.ts's readers), `process.env.NAME`. */
  const readIn = (file: string) =>
    [...readFileSync(path.join(PROJECT_ROOT, file), 'utf8').matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|, '([A-Z][A-Z0-9_]+)')/g)].map(
      (match) => match[1] ?? match[2]!,
    );

  it('lists every environment variable the configuration reads, and only those, as .env.example does', async () => {
    const read = new Set([...readIn('server/config.ts'), ...readIn('server/logger.ts')]);
    expect(read).toContain('DATABASE_URL');
    expect(read).toContain('LOG_FORMAT');
    const { stdout } = await run(TSX, ['server/main.ts', '--help'], { cwd: PROJECT_ROOT });
    const listed = new Set([...stdout.matchAll(/^ {2}([A-Z][A-Z0-9_]+) {2,}/gm)].map((match) => match[1]!));
    expect([...listed].sort()).toEqual([...read].sort());
    const example = readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
    const inExample = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!));
    expect([...inExample].sort()).toEqual([...read].sort());
  });
});

describe('npm run import, without the hub’s database', () => {
  const importDryRun = (env: Record<string, string | undefined>) =>
    run(TSX, ['server/cli/import.ts', 'participants', 'seeds/samples/partecipanti.csv', '--dry-run'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: undefined, ...env },
    }).catch((error: { code: number; stderr: string }) => error);

  it('refuses a DATA_DIR with no cluster, naming DATA_DIR and DATABASE_URL, and creates nothing', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'quartieri-import-'));
    try {
      const dataDir = path.join(parent, 'data');
      const failure = await importDryRun({ DATA_DIR: dataDir });
      expect(failure).toMatchObject({ code: 1 });
      const { stderr } = failure as { stderr: string };
      expect(stderr).toContain('Nothing imported');
      expect(stderr).toContain('DATA_DIR');
      expect(stderr).toContain('DATABASE_URL');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('npm run migrate refuses a DATA_DIR with no cluster too, and creates nothing', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'quartieri-migrate-'));
    try {
      const dataDir = path.join(parent, 'data');
      const failure = await run(TSX, ['server/cli/migrate.ts', 'status'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
      }).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toMatch(/Nothing migrated: .*DATA_DIR.*DATABASE_URL/s);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('refuses a DATABASE_URL naming a database that does not exist, and does not create it', async () => {
    const url = new URL(inject('pgServerUrl'));
    const name = `quartieri_missing_${process.pid}`;
    url.pathname = `/${name}`;
    const failure = await importDryRun({ DATABASE_URL: url.toString() });
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(`the database "${name}" does not exist`);
    const client = new pg.Client({ connectionString: inject('pgServerUrl') });
    await client.connect();
    try {
      expect((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('while the hub runs on DATA_DIR, imports and backs up through its embedded PostgreSQL (no second server, no new cluster)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quartieri-running-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      DEMO_SCALE: '0',
      ADMIN_SECRET: 'a-running-hub-admin-secret',
    });
    const hub = await createApp(config, { log: createLogger('silent') });
    try {
      const people = async () => Number((await hub.db.pool.query<{ n: string }>('select count(*) as n from person')).rows[0]!.n);
      expect(await people()).toBe(0);
      const imported = await run(TSX, ['server/cli/import.ts', 'participants', 'seeds/samples/partecipanti.csv'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: '', PSEUDONYM_KEY: '', DATA_DIR: dataDir },
      });
      expect(imported.stdout).toMatch(/partecipanti\.csv: [\d.]+ rows imported/);
      // The running hub sees the rows at once: one database.
      expect(await people()).toBeGreaterThan(0);
      const file = path.join(dataDir, 'backup.sql.gz');
      const backup = await run(TSX, ['server/cli/backup.ts', '--out', file], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: '', PSEUDONYM_KEY: '', DATA_DIR: dataDir },
      });
      expect(backup.stdout).toMatch(/backup\.sql\.gz: \d+ tables/);
    } finally {
      await hub.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
