import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';

describe('HTTP endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers /healthz and /readyz while the database is up', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves an Italian-first page at / (the dashboard, or how to build it)', async () => {
    const page = await fetch(`${t.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<title>Quartieri · Laboratori Sociali di Quartiere</title>');
  });

  it('serves docs/indicators.md, the footer’s definitions: a readable page to a browser, the Markdown otherwise', async () => {
    const markdown = readFileSync(path.join(PROJECT_ROOT, 'docs', 'indicators.md'), 'utf8');
    const page = await fetch(`${t.url}/docs/indicators.md`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<title>Indicators: what every figure means · Quartieri</title>');
    expect(html).toContain('# Indicators: what every figure means');
    expect(html).toContain('<pre>');
    const plain = await fetch(`${t.url}/docs/indicators.md`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await plain.text()).toBe(markdown);
    // Only the listed documents: no other file of docs/ or of the project.
    expect((await fetch(`${t.url}/docs/ARCHITECTURE.md`)).status).toBe(404);
    expect((await fetch(`${t.url}/docs/..%2fpackage.json`)).status).toBe(404);
  });

  it('does not serve files outside the dashboard', async () => {
    expect((await fetch(`${t.url}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${t.url}/assets/..%2f..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('answers 404 for an unknown path', async () => {
    expect((await fetch(`${t.url}/nope`)).status).toBe(404);
  });

  it('refuses a body over the limit with 413, not a 500', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ projects { code } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('too large');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });

  it('refuses a simple cross-site GET query (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ projects { code } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ projects { code } }' }, { query: '{ programme { code } }' }]),
    });
    expect(response.status).toBe(400);
  });

  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  /** The one error envelope of every non-GraphQL error, with the id the x-request-id header gives. */
  async function envelope(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(body.error.requestId).toMatch(UUID);
    expect(response.headers.get('x-request-id')).toBe(body.error.requestId);
    return body.error;
  }

  it('answers a malformed path with 400 in the envelope, not a crash', async () => {
    await envelope(await fetch(`${t.url}/%`), 400, 'BAD_REQUEST');
    await envelope(await fetch(`${t.url}/assets/%ff`), 400, 'BAD_REQUEST');
  });

  it('answers an unknown path with a 404 envelope and a method a path does not take with 405', async () => {
    await envelope(await fetch(`${t.url}/nope`), 404, 'NOT_FOUND');
    await envelope(await fetch(`${t.url}/healthz`, { method: 'POST' }), 405, 'METHOD_NOT_ALLOWED');
  });

  it('answers a bad body and a body over the limit in the envelope', async () => {
    const post = (body: string) => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await envelope(await post('{"query": '), 400, 'BAD_REQUEST');
    const tooLarge = await envelope(
      await post(JSON.stringify({ query: `{ projects { code } } # ${'x'.repeat(2 * 1024 * 1024)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(tooLarge.message).toContain('too large');
  });

  it('answers an unknown token with 401 and the request id, on GraphQL and on the downloads', async () => {
    const headers = { authorization: 'Bearer nope-nope-nope' };
    await envelope(await fetch(`${t.url}/reports/projects.csv`, { headers }), 401, 'UNAUTHENTICATED');
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ projects { code } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: response.headers.get('x-request-id') });
    expect(body.errors[0]!.extensions.requestId).toMatch(UUID);
  });

  it('gives every response its own request id, never one the client sent', async () => {
    const response = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'chosen-by-the-client' } });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
    const csrf = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ projects { code } }')}`);
    const body = (await csrf.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.requestId).toBe(csrf.headers.get('x-request-id'));
  });

  it('sends the security headers under which the dashboard runs', async () => {
    const page = await fetch(`${t.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('names the problem in a query error, with its code and a request id', async () => {
    const response = await t.gql('{ projects { nope } }');
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toContain('nope');
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(response.errors![0]!.extensions!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('limits on abusive requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t?.close());

  const post = (body: unknown) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses 200 aliases with a 4xx and a clear message', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: programme { code }`).join(' ')} }`;
    const response = await post({ query });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/aliases/i);
  });

  it('refuses a 5,000-token query with a 4xx and a clear message', async () => {
    const query = `{ projects { ${Array.from({ length: 2500 }, () => 'code').join(' ')} } }`;
    const response = await post({ query });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/token/i);
  });

  it('refuses a query nested too deep', async () => {
    let selection = 'code';
    for (let i = 0; i < 6; i += 1) selection = `project { ${selection} }`;
    const response = await post({ query: `{ participation { ${selection} } }` });
    expect(response.status).toBe(400);
  });

  it('does not suggest field names', async () => {
    const body = (await (await post({ query: '{ projectz { code } }' })).json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('configuration', () => {
  it('turns introspection off when GRAPHQL_INTROSPECTION=false', async () => {
    const { createApp } = await import('../server/app.js');
    const { loadConfig } = await import('../server/config.js');
    const { createLogger } = await import('../server/logger.js');
    const t = await startTestApp({ seed: false });
    const closed = await createApp(
      {
        ...loadConfig({ PORT: '0', GRAPHQL_INTROSPECTION: 'false', PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
        databaseUrl: t.databaseUrl,
        seedOnStart: false,
      },
      { log: createLogger('silent') },
    );
    try {
      const response = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      const open = (await t.gql('{ __schema { queryType { name } } }')) as { data?: unknown };
      expect(open.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await closed.stop();
      await t.close();
    }
  });
});

describe('a request that takes too long', () => {
  it('is answered 503 with a clear message, and its SQL is cancelled', async () => {
    const { createApp } = await import('../server/app.js');
    const { loadConfig } = await import('../server/config.js');
    const { createLogger } = await import('../server/logger.js');
    const pg = (await import('pg')).default;
    const t = await startTestApp({ seed: true });
    const app = await createApp(
      {
        ...loadConfig({ PORT: '0', REQUEST_TIMEOUT_MS: '300', PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
        databaseUrl: t.databaseUrl,
        seedOnStart: false,
      },
      { log: createLogger('silent') },
    );
    // Another session holds the project table: the report's SQL waits behind it.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table project in access exclusive mode');
      const started = Date.now();
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ projects { code } }' }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.message).toContain('took longer than 0.3 s');
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(5000);
      // The waiting statement was cancelled by PostgreSQL's statement_timeout, not left behind.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const waiting = await blocker.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      expect(waiting.rows[0]!.n).toBe(0);
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await app.stop();
      await t.close();
    }
  });
});
