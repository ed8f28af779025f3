/**
 * Prometheus metrics (issue #16, server/http/metrics.ts): GET /metrics exists only with
 * METRICS_TOKEN and answers only a caller that presents it; it counts operations by name and
 * type with their latency, errors by code, the database pool, and the summaries' last check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const TOKEN = 'a-metrics-token-for-the-tests';
let t: TestApp;
let plain: TestApp;
beforeAll(async () => {
  [t, plain] = await Promise.all([startTestApp({ env: { METRICS_TOKEN: TOKEN } }), startTestApp({ seed: false })]);
});
afterAll(() => Promise.all([t?.close(), plain?.close()]));

async function scrape(): Promise<string> {
  const response = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample line, e.g. `quartieri_graphql_errors_total{code="FORBIDDEN"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
  });

  it('refuses a caller without the token, or with another one (the admin token included)', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-the-metrics-token' }, AS_ADMIN]) {
      const response = await fetch(`${t.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { error: { code: string; requestId: string } };
      expect(body.error.code).toBe('UNAUTHENTICATED');
      expect(body.error.requestId).toMatch(/\S/);
    }
  });

  it('counts each operation by name and type, its latency, and the errors by code', async () => {
    const before = await scrape();
    const name = 'MetricsProbeProjects';
    for (let i = 0; i < 3; i += 1) expect((await t.gql(`query ${name} { projects { code } }`)).errors).toBeUndefined();
    const refused = await t.gql('mutation MetricsProbeWrite { voidRecord(input: { record: ENROLMENT, id: "x", reason: "x" }) }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const after = await scrape();
    const ops = (text: string) => sample(text, `quartieri_graphql_operations_total{operation="${name}",type="query"}`) ?? 0;
    expect(ops(after) - ops(before)).toBe(3);
    expect(sample(after, `quartieri_graphql_operation_duration_seconds_count{operation="${name}",type="query"}`)).toBe(ops(after));
    const errors = (text: string) => sample(text, 'quartieri_graphql_errors_total{code="UNAUTHENTICATED"}') ?? 0;
    expect(errors(after) - errors(before)).toBe(1);
    expect(sample(after, 'quartieri_http_requests_total{route="/graphql",method="POST",status="200"}')).toBeGreaterThanOrEqual(3);
  });

  it('never grows past a hundred operation names: the rest, and names that are not identifiers, count as "other"', async () => {
    for (let i = 0; i < 120; i += 1) await t.gql(`query Many${i} { __typename }`);
    await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', operationName: 'not an identifier' }),
    });
    const text = await scrape();
    const names = new Set([...text.matchAll(/^quartieri_graphql_operations_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(102); // 100 names, "anonymous", "other"
    expect(names.has('other')).toBe(true);
  });

  it('shows the database pool', async () => {
    const text = await scrape();
    for (const state of ['in_use', 'idle', 'waiting'])
      expect(sample(text, `quartieri_db_pool_connections{state="${state}"}`)).toBeGreaterThanOrEqual(0);
  });

  it('reports the last check of the summaries: exact, then the drift a path around the triggers left', async () => {
    expect(await t.app.checkSummariesNow()).toBe(0);
    const exact = await scrape();
    expect(sample(exact, 'quartieri_summaries_last_check_differences')).toBe(0);
    expect(sample(exact, 'quartieri_summaries_last_check_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
    await t.sql(`insert into esf_daily (project_code, day, sex, code, participants) values ('SAPERI', '2019-01-01', 'MALE', 'CO01', 3)`);
    // esf_daily's key, and esf_monthly's month, which its own trigger keeps from esf_daily
    expect(await t.app.checkSummariesNow()).toBe(2);
    expect(sample(await scrape(), 'quartieri_summaries_last_check_differences')).toBe(2);
    await t.sql(`delete from esf_daily where (project_code, day, sex, code) = ('SAPERI', '2019-01-01', 'MALE', 'CO01')`);
  });
});
