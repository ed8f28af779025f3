import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const DASHBOARD_DIR = path.join(PROJECT_ROOT, 'dashboard', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export function dashboardBuilt(): boolean {
  return existsSync(path.join(DASHBOARD_DIR, 'index.html'));
}

/**
 * Serves a file of the built dashboard. Hashed assets are cached for a year; index.html never,
 * so a new build is picked up at once. Returns false when there is no such file.
 */
export async function serveDashboardFile(pathname: string, res: http.ServerResponse, head: boolean): Promise<boolean> {
  const relative =
    pathname === '/' ? 'index.html' : pathname === '/graphiql' ? 'graphiql.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(DASHBOARD_DIR, relative);
  if (!file.startsWith(DASHBOARD_DIR + path.sep) || !existsSync(file)) return false;
  const body = await readFile(file).catch(() => null);
  if (!body) return false;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(head ? undefined : body);
  return true;
}

/** Builds the dashboard with Vite (a development dependency): `npm start` does it when dist is missing. */
export async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'dashboard', 'vite.config.ts'), logLevel: 'warn' });
}
