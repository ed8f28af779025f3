/**
 * `npm start` as a user runs it: the real entry point in a child process with the embedded
 * PostgreSQL under its own DATA_DIR, stopped with Ctrl-C (SIGINT), then started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(dataDir: string): Promise<Running> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', DEMO_SCALE: '1', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['server/start.js'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /Quartieri is running: dashboard (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

async function interrupt(running: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
  running.child.kill('SIGINT');
  return exited;
}

function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function countProjects(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ projects { code } }' }),
  });
  const body = (await response.json()) as { data: { projects: unknown[] } };
  return body.data.projects.length;
}

describe('npm start with the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(async () => {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'start-test-'));
  });
  afterAll(async () => {
    const pid = postmasterPid(dataDir);
    if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts from nothing, seeds once, stops cleanly on Ctrl-C, keeps the data for the next start and reports a lost database as SERVICE_UNAVAILABLE', async () => {
    const first = await startServer(dataDir);
    expect(await countProjects(first.url)).toBe(8);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    expect(first.output()).toContain('seeding the article');
    const pid = postmasterPid(dataDir);
    expect(pid && isAlive(pid)).toBe(true);

    expect(await interrupt(first)).toBe(0);
    expect(isAlive(pid!)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startServer(dataDir);
    try {
      expect(await countProjects(second.url)).toBe(8);
      expect(second.output()).not.toContain('seeding the article');
      expect(second.output()).not.toContain('creating a new cluster');

      // The database goes away under the running server: it says so, and leaks nothing.
      process.kill(postmasterPid(dataDir)!, 'SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ready = await fetch(`${second.url}/readyz`);
      expect(ready.status).toBe(503);
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ projects { code } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]!.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(body)).not.toMatch(/select|ECONNREFUSED|at .*\.ts/i);
    } finally {
      expect(await interrupt(second)).toBe(0);
    }
  });
});

describe('npm start -- --help', () => {
  it('lists every environment variable the configuration reads', async () => {
    const { execFileSync } = await import('node:child_process');
    const help = execFileSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['server/main.ts', '--help'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const source = readFileSync(path.join(PROJECT_ROOT, 'server', 'config.ts'), 'utf8');
    const variables = new Set([...source.matchAll(/env(?:\.|, ')([A-Z][A-Z_]+)/g)].map((m) => m[1]!));
    expect(variables.size).toBeGreaterThan(10);
    for (const name of variables) expect(help, name).toContain(name);
  });
});
