/**
 * How the peer benchmark asks and times: one request of a contender (its documents or statements
 * in parallel), latency of one client, throughput of many (autocannon over HTTP; for SQL through
 * `pg`, as many connections looping), and statements per request from pg_stat_statements.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import type { Ask } from './questions.js';

/** Where a contender answers: a GraphQL endpoint (with its headers), or a pool of the database. */
export type Endpoint = { kind: 'graphql'; url: string; headers: Record<string, string> } | { kind: 'sql'; pool: pg.Pool };

/** Sends one request (every document or statement of `ask` in parallel); returns the raw answers. */
export async function send(endpoint: Endpoint, ask: Ask): Promise<unknown> {
  if (ask.kind === 'graphql') {
    if (endpoint.kind !== 'graphql') throw new Error('a GraphQL ask needs a GraphQL endpoint');
    return Promise.all(
      ask.documents.map(async (document) => {
        const response = await fetch(`${endpoint.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...endpoint.headers },
          body: JSON.stringify(document),
        });
        const text = await response.text();
        let body: { data?: Record<string, unknown>; errors?: unknown };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
        }
        if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? body).slice(0, 600));
        return body.data;
      }),
    );
  }
  if (endpoint.kind !== 'sql') throw new Error('a SQL ask needs a pool');
  return Promise.all(
    ask.statements.map(async ({ text, values }) => (await endpoint.pool.query<Record<string, unknown>>(text, values)).rows),
  );
}

/** The answer in its canonical form. */
export async function answer(endpoint: Endpoint, ask: Ask): Promise<unknown> {
  const raw = await send(endpoint, ask);
  return ask.kind === 'graphql' ? ask.canonical(raw as Record<string, unknown>[]) : ask.canonical(raw as Record<string, unknown>[][]);
}

/** Where two canonical answers first differ (a path and both values), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median latency in ms of `runs` requests of one client, after `warmups`. */
export async function latency(endpoint: Endpoint, ask: Ask, runs: number, warmups = 3): Promise<number> {
  for (let i = 0; i < warmups; i += 1) await send(endpoint, ask);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await send(endpoint, ask);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

export interface Throughput {
  requestsPerSecond: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failures: number;
  /** The first failure's message, when known. */
  firstFailure?: string;
}

/**
 * Requests per second with `connections` clients for `seconds`: autocannon over HTTP (an ask of
 * one document), or that many `pg` connections each sending the ask's statements in a loop.
 */
export async function throughput(endpoint: Endpoint, ask: Ask, connections: number, seconds: number): Promise<Throughput> {
  if (endpoint.kind === 'graphql' && ask.kind === 'graphql') {
    if (ask.documents.length !== 1) throw new Error('throughput is measured on one-document questions');
    // A GraphQL error comes with status 200: the bodies are read too.
    let graphqlErrors = 0;
    let firstError: string | undefined;
    const result = await autocannon({
      url: endpoint.url,
      connections,
      duration: seconds,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', ...endpoint.headers },
          body: JSON.stringify(ask.documents[0]),
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes('"errors"')) {
              graphqlErrors += 1;
              firstError ??= body.slice(0, 200);
            }
          },
        },
      ],
    });
    const failures = result.non2xx + result.errors + result.timeouts + graphqlErrors;
    return {
      requestsPerSecond: result.requests.total / result.duration,
      failures,
      firstFailure: failures
        ? `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${graphqlErrors} GraphQL errors${firstError ? `: ${firstError}` : ''}`
        : undefined,
    };
  }
  if (endpoint.kind !== 'sql' || ask.kind !== 'sql') throw new Error('mismatched endpoint and ask');
  const pool = new pg.Pool({
    connectionString: (endpoint.pool.options as { connectionString: string }).connectionString,
    max: connections,
  });
  pool.on('error', () => undefined);
  try {
    let done = 0;
    let failures = 0;
    let firstFailure: string | undefined;
    const started = Date.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) {
          try {
            await send({ kind: 'sql', pool }, ask);
            done += 1;
          } catch (error) {
            failures += 1;
            firstFailure ??= (error as Error).message;
          }
        }
      }),
    );
    return { requestsPerSecond: done / ((Date.now() - started) / 1000), failures, firstFailure };
  } finally {
    await pool.end();
  }
}

/**
 * Statements the database ran per request, from pg_stat_statements (top-level statements, without
 * utility commands such as BEGIN; this database only): one request, the database quiet, reset,
 * `requests` requests one after another, then the calls counted, the harness's own reading
 * excluded.
 */
export async function statementsPerRequest(stats: pg.Client, endpoint: Endpoint, ask: Ask, requests = 10): Promise<number> {
  await send(endpoint, ask);
  await quiesce(stats);
  await stats.query('select pg_stat_statements_reset()');
  for (let i = 0; i < requests; i += 1) await send(endpoint, ask);
  const { rows } = await stats.query<{ calls: string }>(
    `select coalesce(sum(calls), 0)::text as calls from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'`,
  );
  return Number(rows[0]!.calls) / requests;
}

/**
 * Waits until no other connection to this database is running a statement (a server may go on
 * with requests that autocannon abandoned when its time ran out), for at most `timeoutMs`.
 */
export async function quiesce(stats: pg.Client, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Quiet for a whole second: a server's queued request runs its statements one after another.
  let quiet = 0;
  while (quiet < 5 && Date.now() < deadline) {
    const { rows } = await stats.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
    );
    quiet = rows[0]!.n === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
