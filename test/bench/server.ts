/**
 * The PostgreSQL server a benchmark command works on: the one of DATABASE_URL when set (the
 * command creates and drops its own databases there), otherwise a throw-away embedded one under
 * .data/<prefix>-…, removed when the command stops.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../server/config.js';
import { startEmbeddedPostgres } from '../../server/db/embedded.js';
import type { Logger } from '../../server/logger.js';

export interface BenchServer {
  /** URL of the server's maintenance database ("postgres"). */
  serverUrl: string;
  /** A connection to it, for creating and dropping databases. */
  admin: pg.Client;
  /** The URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * `settings` go to the embedded server only (`-c name=value`); with DATABASE_URL the server is
 * used as it is configured.
 */
export async function benchServer(prefix: string, log: Logger, settings?: Record<string, string>): Promise<BenchServer> {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.pathname = '/postgres';
    serverUrl = url.toString();
  } else {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', `${prefix}-`));
    const embedded = await startEmbeddedPostgres({ dataDir, log, ephemeral: true, settings });
    serverUrl = embedded.serverUrl;
    stopEmbedded = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const base = serverUrl;
  return {
    serverUrl,
    admin,
    urlFor(database) {
      const url = new URL(base);
      url.pathname = `/${database}`;
      return url.toString();
    },
    async stop() {
      await admin.end();
      await stopEmbedded();
    },
  };
}
