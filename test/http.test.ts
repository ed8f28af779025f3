import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';

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
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
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
      { ...loadConfig({ PORT: '0', GRAPHQL_INTROSPECTION: 'false', PSEUDONYM_KEY: 'k'.repeat(32) }), databaseUrl: t.databaseUrl, seedOnStart: false },
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
      { ...loadConfig({ PORT: '0', REQUEST_TIMEOUT_MS: '300', PSEUDONYM_KEY: 'k'.repeat(32) }), databaseUrl: t.databaseUrl, seedOnStart: false },
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
      const waiting = await blocker.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      expect(waiting.rows[0].n).toBe(0);
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
      await app.stop();
      await t.close();
    }
  });
});
