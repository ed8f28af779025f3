/**
 * The hub as `npm start` runs it, in a child process with its embedded PostgreSQL under a
 * DATA_DIR of its own: for the fault and shutdown tests, which kill its database and signal it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../server/config.js';

export const HUB_ADMIN_SECRET = 'hub-test-admin-secret-0123456789';
export const AS_HUB_ADMIN = { authorization: `Bearer ${HUB_ADMIN_SECRET}` };

export interface Hub {
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** Every line the hub wrote (stdout and stderr), in order. */
  lines(): string[];
  /** The hub's exit: status and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function newDataDir(prefix: string): Promise<string> {
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  return mkdtemp(path.join(PROJECT_ROOT, '.data', `${prefix}-`));
}

/**
 * Starts `node server/start.js` (npm start: the compiled server with NODE_ENV=production, else tsx)
 * on `dataDir` (or on `env.DATABASE_URL`), in a process group of its own (a terminal job), until it serves.
 */
export async function startHub(dataDir: string, env: Record<string, string> = {}): Promise<Hub> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_SCALE: '0',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ADMIN_SECRET: HUB_ADMIN_SECRET,
    PSEUDONYM_KEY: 'a pseudonymisation key for the hub tests only',
    ...env,
  };
  // The test's own DATABASE_URL (npm test against an external server) is not the hub's; one given in `env` is.
  if (env.DATABASE_URL === undefined) delete childEnv.DATABASE_URL;
  // What `npm start` runs: one process (compiled, or tsx as a loader), so that signals reach the hub itself.
  const child = spawn(process.execPath, ['server/start.js'], {
    cwd: PROJECT_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let buffer = '';
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    lines.push(...parts.filter((line) => line.trim() !== ''));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start:\n${lines.join('\n')}`)), 90_000);
    const check = () => {
      const match = lines.map((line) => /Quartieri is running: dashboard (http:\/\/[^/\s]+)\//.exec(line)).find(Boolean);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited with ${code}:\n${lines.join('\n')}`));
    });
  });
  return { child, url, dataDir, lines: () => [...lines], exited };
}

/** The postmaster's pid and port, from its lock file; undefined when no server runs on the folder. */
export function postmaster(dataDir: string): { pid: number; port: number } | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A direct connection to the hub's database (the test's own view, not the hub's). */
export async function hubSql<R extends pg.QueryResultRow>(dataDir: string, port: number, text: string, params?: unknown[]): Promise<R[]> {
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const client = new pg.Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/quartieri`,
    connectionTimeoutMillis: 1000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Stops a hub that a test left running: SIGTERM to its process group, then its exit. */
export async function stopHub(hub: Hub | undefined): Promise<void> {
  if (!hub || hub.child.exitCode !== null || hub.child.signalCode !== null) return;
  try {
    process.kill(-hub.child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  await hub.exited;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
