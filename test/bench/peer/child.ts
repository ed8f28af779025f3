/**
 * Server processes of the peer benchmark: each contender's server runs as a child process of its
 * own, so that its resident memory is its own; this module starts one and waits until it answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface ServerProcess {
  /** http://127.0.0.1:port */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns `node args…` with `env`, then polls `url + probePath` (GET; any answer below 500 counts)
 * until it answers, for at most `timeoutMs`. Its output is kept (the last 4,000 characters) for the
 * error when it exits or never answers.
 */
export async function startServerProcess(options: {
  label: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  url: string;
  probePath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const { label, args, env, cwd, url, probePath, timeoutMs = 120_000 } = options;
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `${signal ?? code}`;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) throw new Error(`${label} exited with ${exited} before answering: ${output.trim()}`);
    try {
      const response = await fetch(url + probePath);
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${label} did not answer ${url}${probePath} within ${timeoutMs / 1000} s: ${output.trim()}`);
    }
    await sleep(250);
  }
  return { url, pid: child.pid!, stop };
}

/** Resident and peak resident memory of a process, in MiB (Linux: /proc/<pid>/status). */
export async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
