/**
 * Once per `npm test`: a PostgreSQL server for every test file. The embedded one by default (a
 * throw-away cluster, fsync off), or the server DATABASE_URL names. Each test file then creates
 * its own fresh database on it (test/helpers/app.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../server/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/db/embedded.js';
import { createLogger } from '../server/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; test files create their own databases there. */
    pgServerUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = '/postgres';
    project.provide('pgServerUrl', url.toString());
    return;
  }
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-'));
  embedded = await startEmbeddedPostgres({ dataDir, log: createLogger('warn'), ephemeral: true });
  project.provide('pgServerUrl', embedded.serverUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
