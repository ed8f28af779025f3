import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PROJECT_ROOT } from '../config.js';
import { placeholderPage } from './placeholder.js';

export const DASHBOARD_DIR = path.join(PROJECT_ROOT, 'dashboard', 'dist');

/** Vite's content-hashed output: a new build gets new names, so these never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function dashboardBuilt(): boolean {
  return existsSync(path.join(DASHBOARD_DIR, 'index.html'));
}

/**
 * The built dashboard (dashboard/dist) with ETags: / is index.html, /graphiql is graphiql.html
 * (both revalidated on every load, so a new build is picked up at once), /assets/* are cached for
 * a year. While the dashboard is not built, / answers a page that says how to build it.
 */
export async function registerDashboard(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: DASHBOARD_DIR,
    index: false,
    redirect: false,
    etag: true,
    lastModified: true,
    cacheControl: false,
    dotfiles: 'ignore',
    // The folder may not exist yet: / then answers the placeholder.
    suppressWarning: true,
    setHeaders(reply, file) {
      const relative = path.relative(DASHBOARD_DIR, file);
      reply.header('cache-control', relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : 'no-cache');
    },
  });

  app.get('/', async (_request, reply) => {
    if (dashboardBuilt()) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(placeholderPage());
  });
  app.get('/graphiql', async (_request, reply) => {
    if (existsSync(path.join(DASHBOARD_DIR, 'graphiql.html'))) return reply.sendFile('graphiql.html');
    return reply.callNotFound();
  });
}

/** Builds the dashboard with Vite (a development dependency): `npm run build`, or a development start. */
export async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'dashboard', 'vite.config.ts'), logLevel: 'warn' });
}
