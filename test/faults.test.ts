/**
 * Faults: the embedded PostgreSQL is killed (SIGKILL of its postmaster) under a small load of
 * public queries, keyed queries, writes, downloads and probes. While it is away every answer is a
 * clean 503 SERVICE_UNAVAILABLE in the route's own shape; the hub restarts it and serves again
 * within 5 s of it being back; every acknowledged write is there afterwards; the outage is
 * logged once, without a stack trace.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { AS_HUB_ADMIN, hubSql, isAlive, newDataDir, postmaster, sleep, startHub, stopHub, type Hub } from './helpers/hub.js';

interface Answer {
  client: string;
  route: string;
  /** When the request was sent and answered (ms since the epoch). */
  sent: number;
  answered: number;
  /** 0: no HTTP answer at all (the connection failed). */
  status: number;
  body: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What a clean answer never shows: stack frames, driver errors, SQL. */
const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+|ECONN|Connection terminated|select |insert |knex|mikro|postgres/i;

/** What is wrong with an answer, or null: 200 with a clean body, or a clean 503 in the route's shape. */
function problemOf(answer: Answer): string | null {
  const { route, status, body } = answer;
  if (status === 0) return `no HTTP answer: ${body}`;
  if (LEAK.test(body) && status !== 200) return `leaks internals: ${body.slice(0, 300)}`;
  const graphql = route.startsWith('/graphql');
  if (status === 200) {
    if (!graphql) return null;
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return parsed.errors ? `200 with errors: ${body.slice(0, 300)}` : null;
  }
  if (status !== 503) return `status ${status}: ${body.slice(0, 300)}`;
  let parsed: { errors?: { extensions?: { code?: string; requestId?: string } }[]; error?: { code?: string; requestId?: string } };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `503 that is not JSON: ${body.slice(0, 300)}`;
  }
  if (graphql) {
    const error = parsed.errors?.[0]?.extensions;
    if (parsed.errors?.length !== 1 || error?.code !== 'SERVICE_UNAVAILABLE' || !UUID.test(error.requestId ?? ''))
      return `GraphQL 503 not in shape: ${body.slice(0, 300)}`;
    return null;
  }
  if (parsed.error?.code !== 'SERVICE_UNAVAILABLE' || !UUID.test(parsed.error.requestId ?? ''))
    return `503 not in the envelope: ${body.slice(0, 300)}`;
  return null;
}

const fiscalCode = (n: number) => {
  const letters = [...n.toString(26).padStart(3, '0')].map((c) => String.fromCharCode(65 + parseInt(c, 26))).join('');
  const first15 = `FLT${letters}80A01F205`;
  return first15 + checkCharacter(first15);
};

describe('the embedded PostgreSQL killed under load', () => {
  let dataDir: string;
  let hub: Hub | undefined;
  beforeAll(async () => {
    dataDir = await newDataDir('faults');
    hub = await startHub(dataDir, { DEMO_SCALE: '1' });
  });
  afterAll(async () => {
    await stopHub(hub);
    const server = postmaster(dataDir);
    if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers clean 503s while it is away, restarts it, serves within 5 s of its return, keeps every acknowledged write and logs the outage once', async () => {
    const { url } = hub!;
    const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const created = await fetch(
      `${url}/graphql`,
      post('mutation { createApiKey(input: { label: "faults", role: ANALYST }) { token } }', {}, AS_HUB_ADMIN),
    );
    const { data } = (await created.json()) as { data: { createApiKey: { token: string } } };
    const asAnalyst = { authorization: `Bearer ${data.createApiKey.token}` };

    const answers: Answer[] = [];
    const acknowledged: string[] = [];
    let running = true;
    let written = 0;
    const ask = async (client: string, route: string, init?: RequestInit): Promise<Answer> => {
      const sent = Date.now();
      let answer: Answer;
      try {
        const response = await fetch(`${url}${route}`, init);
        answer = { client, route, sent, answered: Date.now(), status: response.status, body: await response.text() };
      } catch (error) {
        answer = { client, route, sent, answered: Date.now(), status: 0, body: String(error) };
      }
      answers.push(answer);
      return answer;
    };
    const loop = async (work: () => Promise<unknown>) => {
      while (running) {
        await work();
        await sleep(15);
      }
    };
    const report = `{ esfIndicators(filter: { asOf: "2020-08-31" }) { code total } participation(filter: { asOf: "2020-08-31" }) { attendances } }`;
    const clients = [
      loop(() => ask('public', '/graphql', post(report))),
      loop(() => ask('analyst', '/graphql', post(report, {}, asAnalyst))),
      loop(() => ask('admin', '/graphql', post('{ projects { code } auditLog(first: 5) { entries { id } } }', {}, AS_HUB_ADMIN))),
      loop(async () => {
        const n = (written += 1);
        const answer = await ask(
          'writer',
          '/graphql#registerPerson',
          post(
            'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
            { input: { fiscalCode: fiscalCode(n), sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } },
            AS_HUB_ADMIN,
          ),
        );
        if (answer.status === 200) {
          const body = JSON.parse(answer.body) as { data?: { registerPerson?: { id: string } } };
          if (body.data?.registerPerson) acknowledged.push(body.data.registerPerson.id);
        }
      }),
      loop(() => ask('download', '/reports/projects.csv?asOf=2020-08-31')),
      loop(() => ask('keyed-download', '/reports/esf-indicators.xlsx?asOf=2020-08-31', { headers: asAnalyst })),
      loop(() => ask('probe', '/readyz')),
      loop(() => ask('liveness', '/healthz')),
    ];

    await sleep(1500);
    const before = postmaster(dataDir)!;
    const logLinesBefore = hub!.lines().length;
    const killedAt = Date.now();
    process.kill(before.pid, 'SIGKILL');

    // The test's own view: when does a new server on the same folder accept connections again?
    let backAt = 0;
    while (!backAt && Date.now() - killedAt < 60_000) {
      const now = postmaster(dataDir);
      if (now && now.pid !== before.pid && isAlive(now.pid)) {
        const ok = await hubSql(dataDir, now.port, 'select 1').then(
          () => true,
          () => false,
        );
        if (ok) backAt = Date.now();
      }
      if (!backAt) await sleep(50);
    }
    expect(backAt, 'the hub restarted its PostgreSQL').toBeGreaterThan(0);
    // When does the hub answer again, from the first moment the database is back?
    let servedAt = 0;
    while (!servedAt && Date.now() - backAt < 30_000) {
      const ready = await fetch(`${url}/readyz`);
      const query = await fetch(`${url}/graphql`, post('{ projects { code } }', {}, asAnalyst));
      if (ready.status === 200 && query.status === 200) servedAt = Date.now();
      else await sleep(50);
    }
    await sleep(1000);
    running = false;
    await Promise.all(clients);

    // The outage was seen by the load, and every answer was clean for every client and route.
    const away = answers.filter((a) => a.status === 503);
    expect(away.length).toBeGreaterThan(0);
    const problems = answers.map((a) => ({ client: a.client, route: a.route, problem: problemOf(a) })).filter((p) => p.problem);
    expect(problems).toEqual([]);
    for (const client of ['public', 'analyst', 'admin', 'writer', 'download', 'keyed-download', 'probe']) {
      expect(
        away.some((a) => a.client === client),
        `${client} saw the outage`,
      ).toBe(true);
    }
    expect(answers.filter((a) => a.client === 'liveness').every((a) => a.status === 200)).toBe(true);

    // Back within 5 s of the database being back; and serving every client after it.
    expect(servedAt - backAt).toBeLessThan(5000);
    const after = answers.filter((a) => a.sent > servedAt);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
    const server = postmaster(dataDir)!;
    expect(server.pid).not.toBe(before.pid);

    // Every write the hub acknowledged is in the database.
    expect(acknowledged.length).toBeGreaterThan(0);
    const present = await hubSql<{ id: string }>(dataDir, server.port, 'select id from person where id = any($1::uuid[])', [acknowledged]);
    expect(present.length).toBe(new Set(acknowledged).size);

    // The outage is logged once (its start and its end), as JSON lines, without stack traces.
    const lines = hub!.lines();
    const during = lines.slice(logLinesBefore);
    for (const line of during) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    const messages = during.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((m) => m.startsWith('database unreachable'))).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('database back after'))).toHaveLength(1);
    expect(during.filter((line) => /"stack"|\\n\s+at /.test(line))).toEqual([]);
    expect(during.length).toBeLessThan(20);
    expect(answers.length).toBeGreaterThan(100);
  }, 120_000);
});
