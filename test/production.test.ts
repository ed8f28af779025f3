/**
 * Production mode (NODE_ENV=production) on an empty database of the test cluster: `npm start`
 * (server/start.js) runs the compiled JavaScript of `npm run build` (dist/), built here from the
 * current sources, and says to build when it is missing or older than the sources; the hub refuses to start without
 * ADMIN_SECRET or PSEUDONYM_KEY, or with DEMO_SCALE, naming the variable and touching nothing;
 * started, it loads the article's projects and no synthetic person, serves the prebuilt dashboard,
 * answers reports, and `npm run seed` refuses --reset and the demo population. The compiled code
 * carries tsc's decorator metadata (tsx emits none): the schema it emits and the database schema
 * its entities describe are checked to be the ones of the sources.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECTS } from '../seeds/article.js';
import { PROJECT_ROOT } from '../server/config.js';
import { buildDashboard, dashboardBuilt } from '../server/http/static.js';
import { SYNTHETIC_SQL } from '../server/reporting/synthetic.js';
import { fakeFiscalCode } from './helpers/csv-files.js';
import { AS_HUB_ADMIN, HUB_ADMIN_SECRET, newDataDir, startHub, stopHub, type Hub } from './helpers/hub.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const TSC = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc');
/** What `npm start` runs. */
const START = 'server/start.js';
const PSEUDONYM_KEY = 'a production pseudonymisation key for this test only';

let databaseName: string;
let databaseUrl: string;
let dataDir: string;
let hub: Hub | undefined;

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const sql = <R extends pg.QueryResultRow>(text: string) => onServer(databaseUrl, async (client) => (await client.query<R>(text)).rows);
const count = async (table: string) => (await sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

/** The environment of a production start on the test's database, with `changes` (undefined removes a variable). */
function productionEnv(changes: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ADMIN_SECRET: HUB_ADMIN_SECRET,
    PSEUDONYM_KEY,
  };
  delete env.DEMO_SCALE;
  delete env.SEED_ON_START;
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Runs a program to its end: its exit code and what it wrote. */
async function execute(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: PROJECT_ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Runs a script: TypeScript through tsx (the CLI commands), JavaScript (npm start's launcher, compiled modules) with Node itself. */
const command = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  execute(script.endsWith('.ts') ? TSX : process.execPath, [script, ...args], env);

beforeAll(async () => {
  // A production start needs the built dashboard (npm install builds it; a fresh worktree may not
  // have) and the compiled server, compiled here from the current sources (what `npm run
  // build:server` does, without emptying dist/ first) so that an old build is never what is tested.
  if (!dashboardBuilt()) await buildDashboard();
  await run(TSC, ['-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, timeout: 120_000 });
  databaseName = `quartieri_production_${randomBytes(6).toString('hex')}`;
  const server = inject('pgServerUrl');
  await onServer(server, (client) => client.query(`create database ${databaseName}`));
  const url = new URL(server);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  dataDir = await newDataDir('production');
});

afterAll(async () => {
  await stopHub(hub);
  if (databaseName) await onServer(inject('pgServerUrl'), (client) => client.query(`drop database if exists ${databaseName} with (force)`));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('NODE_ENV=production', () => {
  it('refuses to start without ADMIN_SECRET or PSEUDONYM_KEY, or with DEMO_SCALE, naming the variable (exit 2), and writes nothing', async () => {
    const cases: [Record<string, string | undefined>, string, string][] = [
      [{ ADMIN_SECRET: undefined }, 'ADMIN_SECRET', 'is required in production'],
      [{ ADMIN_SECRET: '' }, 'ADMIN_SECRET', 'is required in production'],
      [{ PSEUDONYM_KEY: undefined }, 'PSEUDONYM_KEY', 'is required in production'],
      [{ DEMO_SCALE: '1' }, 'DEMO_SCALE', 'is refused in production'],
      [{ DEMO_SCALE: '100', SEED_ON_START: 'true' }, 'DEMO_SCALE', 'is refused in production'],
    ];
    const outcomes = await Promise.all(cases.map(([changes]) => command(START, [], productionEnv(changes))));
    outcomes.forEach(({ code, stderr }, i) => {
      const [changes, variable, reason] = cases[i]!;
      expect({ changes, code, refusal: stderr.includes(`Invalid configuration: ${variable} ${reason}`) }).toEqual({
        changes,
        code: 2,
        refusal: true,
      });
    });
    expect(await sql("select tablename from pg_tables where schemaname = 'public'")).toEqual([]);
  }, 120_000);

  it('stops with a message saying to run `npm run build` when the compiled server is missing or older than the sources', async () => {
    // The launcher in a copy of the project, first never built, then built before a source changed.
    const clone = await mkdtemp(path.join(tmpdir(), 'quartieri-unbuilt-'));
    try {
      await mkdir(path.join(clone, 'server', 'db'), { recursive: true });
      await copyFile(path.join(PROJECT_ROOT, START), path.join(clone, START));
      await copyFile(path.join(PROJECT_ROOT, 'package.json'), path.join(clone, 'package.json'));
      await writeFile(path.join(clone, 'server', 'db', 'orm.ts'), 'export {};\n');
      const launch = () => command(path.join(clone, START), [], productionEnv());
      const unbuilt = await launch();
      expect(unbuilt.code).toBe(1);
      expect(unbuilt.stderr).toContain('the compiled server is missing');
      expect(unbuilt.stderr).toContain('run `npm run build` first');

      const main = path.join(clone, 'dist', 'server', 'main.js');
      await mkdir(path.dirname(main), { recursive: true });
      await writeFile(main, "console.log('the compiled hub ran');\n");
      const hourAgo = new Date(Date.now() - 3_600_000);
      await utimes(main, hourAgo, hourAgo);
      const stale = await launch();
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain(`the compiled server (dist/) is older than ${path.join('server', 'db', 'orm.ts')}`);
      expect(stale.stderr).toContain('run `npm run build` first');
      // A test file is no source of the build.
      await utimes(main, new Date(), new Date());
      await writeFile(path.join(clone, 'server', 'db', 'orm.test.ts'), 'export {};\n');
      await utimes(path.join(clone, 'server', 'db', 'orm.test.ts'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
      expect(await launch()).toEqual({ code: 0, stdout: 'the compiled hub ran\n', stderr: '' });
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
    expect(await sql("select tablename from pg_tables where schemaname = 'public'")).toEqual([]);
  });

  it("starts on the empty database with the article's projects and no synthetic record, serving the prebuilt dashboard", async () => {
    hub = await startHub(dataDir, productionEnv({ SEED_ON_START: 'true' }) as Record<string, string>);
    // npm start ran the compiled server, not the TypeScript sources.
    expect(hub.lines().find((line) => line.includes('Quartieri is running'))).toContain('compiled JavaScript (dist/)');
    expect(await count('project')).toBe(PROJECTS.length);
    expect(await count('person')).toBe(0);
    expect(await count('activity')).toBe(0);
    expect((await sql<{ demo: boolean }>(SYNTHETIC_SQL))[0]!.demo).toBe(false);
    // Production logs are JSON lines, and say that no demo population was seeded.
    const lines = hub.lines();
    expect(() => lines.map((line) => JSON.parse(line) as unknown)).not.toThrow();
    expect(lines.some((line) => line.includes('no demo population'))).toBe(true);
    expect(lines.some((line) => /synthetic demo population/.test(line))).toBe(false);

    // The dashboard is Vite's build output: hashed assets, no development client.
    const page = await fetch(`${hub.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('@vite/client');
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${hub.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // The public sees the article's projects.
    const projects = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects { code } }' }),
    });
    expect(((await projects.json()) as { data: { projects: unknown[] } }).data.projects).toHaveLength(PROJECTS.length);
  }, 120_000);

  it("answers reports, and the compiled code's decorator metadata changes neither the GraphQL schema nor the entities", async () => {
    expect(hub, 'the production hub of the previous test').toBeDefined();
    const report = async (headers: Record<string, string>) => {
      const response = await fetch(`${hub!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: '{ participation(filter: { asOf: "2020-08-31" }) { project { code } peopleReached } esfIndicators { code total } }',
        }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as {
        errors?: unknown;
        data: {
          participation: { project: { code: string }; peopleReached: number }[];
          esfIndicators: { code: string; total: number | null }[];
        };
      };
    };
    for (const answer of [await report({}), await report(AS_HUB_ADMIN)]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.participation.map((row) => row.project.code).sort()).toEqual(PROJECTS.map((project) => project.code).sort());
      expect(answer.data.participation.every((row) => row.peopleReached === 0)).toBe(true);
      expect(answer.data.esfIndicators.map((row) => row.code)).toContain('CO01');
    }
    // The compiled schema emitter finds the committed schema/schema.graphql up to date.
    const emitted = await command('dist/server/cli/emit-schema.js', ['--check'], productionEnv());
    expect(emitted).toMatchObject({ code: 0, stdout: expect.stringContaining('up to date') as unknown });
    // The compiled entities describe exactly the database the migrations built.
    const diff = await execute(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { openOrm } from './dist/server/db/orm.js';
         const orm = await openOrm(process.env.DATABASE_URL);
         process.stdout.write(JSON.stringify(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })));
         await orm.close();`,
      ],
      productionEnv(),
    );
    expect(diff.stderr).toBe('');
    expect((JSON.parse(diff.stdout) as string).trim()).toBe('');
  }, 120_000);

  it('refuses npm run seed -- --reset and the demo population, leaving the recorded people; --article-only runs', async () => {
    expect(hub, 'the production hub of the previous test').toBeDefined();
    const registered = await fetch(`${hub!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AS_HUB_ADMIN },
      body: JSON.stringify({
        query: 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
        variables: { input: { fiscalCode: fakeFiscalCode(1, 'M', 1985), sex: 'MALE', birthYear: 1985, labourStatus: 'UNEMPLOYED' } },
      }),
    });
    expect(((await registered.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await count('person')).toBe(1);

    const resets = [['--reset'], ['--reset', '--article-only'], ['--reset', '--scale', '10']];
    const [demo, bare, ...refused] = await Promise.all([
      command('seeds/cli.ts', ['--scale', '1'], productionEnv()),
      // Refused before the rest of the environment is read: the secrets' absence is not what stops it.
      command('seeds/cli.ts', ['--reset'], productionEnv({ ADMIN_SECRET: undefined, PSEUDONYM_KEY: undefined })),
      ...resets.map((args) => command('seeds/cli.ts', args, productionEnv())),
    ]);
    for (const [i, reset] of [bare, ...refused].entries()) {
      expect(reset.code, `case ${i}`).toBe(1);
      expect(reset.stderr).toContain('Refused: `npm run seed -- --reset`');
      expect(reset.stderr).toContain('NODE_ENV is production. Nothing was changed.');
    }
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain('Refused: the demo population is synthetic and NODE_ENV is production');
    expect(await count('person')).toBe(1);
    expect((await sql<{ demo: boolean }>(SYNTHETIC_SQL))[0]!.demo).toBe(false);

    const article = await command('seeds/cli.ts', ['--article-only'], productionEnv());
    expect(article.stderr).toBe('');
    expect(article.code).toBe(0);
    expect(article.stdout).toContain(`Seeded ${PROJECTS.length} projects`);
    expect(await count('person')).toBe(1);
  }, 120_000);
});
