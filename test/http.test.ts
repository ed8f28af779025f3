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

  it('serves an Italian-first page at /', async () => {
    const page = await fetch(`${t.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('/graphql');
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
