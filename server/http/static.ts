import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 * The built dashboard (dashboard/dist) with ETags: / is index.html, /graphiql is graphiql.html,
 * /workspace is workspace.html (the operators' workspace); the pages are revalidated on every
 * load, so a new build is picked up at once, and /assets/* are cached for a year. While the
 * dashboard is not built, / answers a page that says how to build it.
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
  for (const [route, file] of [
    ['/graphiql', 'graphiql.html'],
    ['/workspace', 'workspace.html'],
  ] as const) {
    app.get(route, async (_request, reply) => {
      if (existsSync(path.join(DASHBOARD_DIR, file))) return reply.sendFile(file);
      return reply.callNotFound();
    });
  }
}

/** The documents the dashboard links to, served from docs/ (a fixed list: no path comes from the request). */
const SERVED_DOCS: Record<string, string> = { 'indicators.md': path.join(PROJECT_ROOT, 'docs', 'indicators.md') };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * GET /docs/indicators.md, the definitions the dashboard's footer points to: a readable page for a
 * browser (the Markdown as wrapped text; no renderer in production), the Markdown itself
 * (text/markdown) for anything that does not ask for HTML (curl, a script).
 */
export function registerDocs(app: FastifyInstance): void {
  app.get<{ Params: { name: string } }>('/docs/:name', async (request, reply) => {
    const file = Object.hasOwn(SERVED_DOCS, request.params.name) ? SERVED_DOCS[request.params.name] : undefined;
    if (!file) return reply.callNotFound();
    const markdown = await readFile(file, 'utf8');
    reply.header('cache-control', 'no-cache').header('vary', 'accept');
    if (!(request.headers.accept ?? '').includes('text/html')) return reply.type('text/markdown; charset=utf-8').send(markdown);
    const title = /^# (.+)$/m.exec(markdown)?.[1] ?? request.params.name;
    return reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Quartieri</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d2733; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.5 ui-monospace, monospace; }
</style>
</head>
<body>
<p><a href="/">Quartieri</a></p>
<pre>${escapeHtml(markdown)}</pre>
</body>
</html>
`);
  });
}

/** Builds the dashboard with Vite (a development dependency): `npm run build`, or a development start. */
export async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'dashboard', 'vite.config.ts'), logLevel: 'warn' });
}
