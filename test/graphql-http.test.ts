/**
 * GraphQL over HTTP conformance (issue #16): graphql-http's server audits, run against the real
 * endpoint. Every MUST passes; the audits that do not pass are exactly the ones docs/http.md
 * lists, each with its reason (a new failure, or a listed one that starts passing, fails here).
 */
import { readFileSync } from 'node:fs';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let results: AuditResult[] = [];
beforeAll(async () => {
  t = await startTestApp({ seed: false });
  results = [];
  for (const audit of serverAudits({ url: `${t.url}/graphql`, fetchFn: fetch })) results.push(await audit.fn());
});
afterAll(() => t?.close());

/** The audits docs/http.md lists as not passing: "| 572B | SHOULD | …". */
function documented(): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of readFileSync(new URL('../docs/http.md', import.meta.url), 'utf8').split('\n')) {
    const match = /^\| ([0-9A-F]{4}) \| (MUST|SHOULD|MAY) \|/.exec(line);
    if (match) listed.set(match[1]!, match[2]!);
  }
  return listed;
}

describe('the GraphQL over HTTP audits (graphql-http)', () => {
  it('ran them all', () => {
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
  });

  it('passes every MUST', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failed.map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
  });

  it('fails exactly the audits docs/http.md lists, at the level it says', () => {
    const failing = new Map(results.filter((r) => r.status !== 'ok').map((r) => [r.id, r.name.split(' ')[0]!]));
    expect(Object.fromEntries(failing)).toEqual(Object.fromEntries(documented()));
  });

  it('serves a GET that carries the preflight header, and refuses a mutation over GET', async () => {
    const query = encodeURIComponent('{ __typename }');
    const ok = await fetch(`${t.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const refused = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(refused.status).toBe(405);
  });
});
