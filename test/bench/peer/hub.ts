/**
 * The hub as the peer benchmark runs it: `node --import tsx server/main.ts` (or the compiled
 * dist/server/main.js when a build made one) in a child process of its own, on the benchmark's
 * database, with an admin secret; REPORT_CACHE_ENTRIES sets its report cache (0 = off).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../server/config.js';
import { freePort } from '../../../server/db/embedded.js';
import { startServerProcess, type ServerProcess } from './child.js';

export interface HubProcess extends ServerProcess {
  adminSecret: string;
  /** How it was started, for the output. */
  command: string;
}

/** `pseudonymKey`: the same for every hub on one database (the first binds the database to it). */
export async function startHub(databaseUrl: string, pseudonymKey: string, reportCacheEntries: number, heapMb = 0): Promise<HubProcess> {
  const port = await freePort();
  const adminSecret = randomBytes(24).toString('hex');
  const compiled = path.join(PROJECT_ROOT, 'dist', 'server', 'main.js');
  const heap = heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
  const args = [...heap, ...(existsSync(compiled) ? [compiled] : ['--import', 'tsx', path.join('server', 'main.ts')])];
  const server = await startServerProcess({
    label: `the hub (REPORT_CACHE_ENTRIES=${reportCacheEntries})`,
    args,
    cwd: PROJECT_ROOT,
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ADMIN_SECRET: adminSecret,
      PSEUDONYM_KEY: pseudonymKey,
      REPORT_CACHE_ENTRIES: String(reportCacheEntries),
      SEED_ON_START: 'false',
      SUMMARIES_CHECK_MINUTES: '0',
      LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${port}`,
    probePath: '/healthz',
  });
  return { ...server, adminSecret, command: `node ${args.join(' ')}` };
}
