/**
 * PostGraphile 5, the peer: not a dependency of the project. On first use the benchmark installs
 * the exact versions below into .bench-peer/ (ignored by git, ESLint and Prettier) with
 * `npm install --prefix`, then runs each instance as a child process from a config file it
 * writes there. Node 20 lacks Promise.withResolvers, which grafast calls: a polyfill loaded with
 * `node --import` supplies it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../../server/config.js';
import { freePort } from '../../../server/db/embedded.js';
import { startServerProcess, type ServerProcess } from './child.js';

export const PEER_DIR = path.join(PROJECT_ROOT, '.bench-peer');

/** Exact versions (the amber preset ships with postgraphile). */
export const PEER_PACKAGES: Record<string, string> = {
  postgraphile: '5.1.5',
  '@graphile/pg-aggregates': '0.2.0-rc.2',
  'postgraphile-plugin-connection-filter': '4.0.1',
};

const run = promisify(execFile);

async function installedVersion(name: string): Promise<string | undefined> {
  const file = path.join(PEER_DIR, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

/** Installs the peer's packages into .bench-peer/ unless those exact versions are there already. */
export async function ensurePeerInstalled(): Promise<void> {
  const versions = await Promise.all(Object.keys(PEER_PACKAGES).map(installedVersion));
  if (Object.values(PEER_PACKAGES).every((version, i) => versions[i] === version)) return;
  await mkdir(PEER_DIR, { recursive: true });
  const manifest = path.join(PEER_DIR, 'package.json');
  if (!existsSync(manifest)) await writeFile(manifest, `${JSON.stringify({ name: 'quartieri-bench-peer', private: true }, null, 2)}\n`);
  const specs = Object.entries(PEER_PACKAGES).map(([name, version]) => `${name}@${version}`);
  console.log(`Installing the peer into ${path.relative(PROJECT_ROOT, PEER_DIR)}/: ${specs.join(', ')}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(npm, ['install', '--prefix', PEER_DIR, '--save-exact', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
    cwd: PEER_DIR,
    maxBuffer: 16 * 1024 * 1024,
  });
}

const POLYFILL = `// Written by test/bench/peer/postgraphile.ts: Promise.withResolvers for Node 20 (grafast calls it).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
`;

function configFile(databaseUrl: string, schemas: string[], port: number): string {
  return `// Written by test/bench/peer/postgraphile.ts for one benchmark run.
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

export default {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: ${JSON.stringify(databaseUrl)}, schemas: ${JSON.stringify(schemas)} })],
  // Filters and ordering on every column, not only on indexed ones (the amber preset's default).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  schema: { connectionFilterRelations: true, connectionFilterSetofFunctions: true },
  grafserv: { host: '127.0.0.1', port: ${port}, graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
`;
}

/**
 * Starts one PostGraphile instance on `schemas` of the database: the postgraphile CLI with a
 * config file written for it (.bench-peer/<name>.config.mjs).
 */
export async function startPostGraphile(name: string, databaseUrl: string, schemas: string[]): Promise<ServerProcess> {
  const port = await freePort();
  const polyfill = path.join(PEER_DIR, 'promise-with-resolvers.mjs');
  await writeFile(polyfill, POLYFILL);
  const config = path.join(PEER_DIR, `${name}.config.mjs`);
  await writeFile(config, configFile(databaseUrl, schemas, port));
  const cli = path.join(PEER_DIR, 'node_modules', 'postgraphile', 'dist', 'cli-run.js');
  return startServerProcess({
    label: `PostGraphile (${name})`,
    args: ['--import', polyfill, cli, '--config', config],
    cwd: PEER_DIR,
    env: { NODE_ENV: 'production' },
    url: `http://127.0.0.1:${port}`,
    probePath: '/graphql',
  });
}
