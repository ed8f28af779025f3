/**
 * Stopping under load: SIGTERM (or a terminal's Ctrl-C, SIGINT to the whole process group) while
 * requests are in flight — some still uploading their body, so certainly in flight when the
 * signal comes. The hub stops accepting, finishes every one of them, stops its PostgreSQL and
 * exits 0; past SHUTDOWN_GRACE_MS it closes what is left and still exits 0.
 */
import http from 'node:http';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../server/db/embedded.js';
import { DEFAULT_DATABASE } from '../server/db/database.js';
import { createLogger } from '../server/logger.js';
import pg from 'pg';
import { AS_HUB_ADMIN, isAlive, newDataDir, postmaster, startHub, stopHub, type Hub } from './helpers/hub.js';
import { analystKey, fiscalCode, sleep } from './helpers/load.js';

interface Sent {
  name: string;
  /** Resolves once the request (or, when held, its headers and half its body) is on the wire. */
  written: Promise<void>;
  response: Promise<{ status: number; body: string }>;
  /** Sends the rest of a held body. */
  finish(): void;
}

/** One request on a connection of its own; `hold` sends the headers and half the body, the rest on finish(). */
function send(
  url: string,
  name: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; hold?: boolean } = {},
): Sent {
  const body = Buffer.from(options.body ?? '');
  const request = http.request(`${url}${path}`, {
    method: options.body === undefined ? 'GET' : 'POST',
    agent: false,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(body.length) }),
      ...options.headers,
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve) => {
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', (error) => resolve({ status: 0, body: String(error) }));
    });
    request.on('error', (error) => resolve({ status: 0, body: String(error) }));
  });
  const half = Math.floor(body.length / 2);
  let written: Promise<void>;
  if (options.hold) {
    written = new Promise((resolve) => request.write(body.subarray(0, half), () => resolve()));
  } else {
    written = new Promise((resolve) => request.once('finish', () => resolve()));
    request.end(body);
  }
  return { name, written, response, finish: () => request.end(body.subarray(half)) };
}

const graphqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const REPORT = graphqlBody(
  '{ esfIndicators(filter: { asOf: "2020-08-31" }) { code total } participation(filter: { asOf: "2020-08-31" }) { attendances } debtRecovery(filter: { asOf: "2020-08-31" }) { __typename } }',
);
const register = (n: number) =>
  graphqlBody('mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
    input: { fiscalCode: fiscalCode('SHT', n), sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' },
  });

/** What is wrong with an answer of a request in flight: anything but a 200 without errors. */
function failure(name: string, answer: { status: number; body: string }): string | null {
  if (answer.status !== 200) return `${name}: ${answer.status} ${answer.body.slice(0, 200)}`;
  if (name.includes('graphql') && (JSON.parse(answer.body) as { errors?: unknown }).errors) return `${name}: ${answer.body.slice(0, 200)}`;
  return null;
}

function messages(hub: Hub): { msg: string; [key: string]: unknown }[] {
  return hub.lines().flatMap((line) => {
    try {
      return [JSON.parse(line) as { msg: string }];
    } catch {
      return [];
    }
  });
}

describe('stopping the hub under load', () => {
  let dataDir: string;
  let hub: Hub | undefined;
  beforeAll(async () => {
    dataDir = await newDataDir('shutdown');
  });
  afterAll(async () => {
    await stopHub(hub);
    const server = postmaster(dataDir);
    if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('SIGTERM: stops accepting, finishes every request in flight, stops PostgreSQL, exits 0; the acknowledged writes are kept', async () => {
    hub = await startHub(dataDir, { SHUTDOWN_GRACE_MS: '30000' });
    const { url } = hub;
    const analyst = await analystKey(url, AS_HUB_ADMIN);
    const pid = postmaster(dataDir)!.pid;

    // Held uploads: certainly in flight when the signal comes.
    const held = [
      send(url, 'graphql held write', '/graphql', { headers: AS_HUB_ADMIN, body: register(1), hold: true }),
      send(url, 'graphql held public report', '/graphql', { body: REPORT, hold: true }),
      send(url, 'graphql held keyed report', '/graphql', { headers: analyst, body: REPORT, hold: true }),
    ];
    // And a burst of every kind, each on a new connection.
    const burst = [
      ...[2, 3, 4, 5].map((n) => send(url, `graphql write ${n}`, '/graphql', { headers: AS_HUB_ADMIN, body: register(n) })),
      ...[1, 2, 3].map((n) => send(url, `graphql public report ${n}`, '/graphql', { body: REPORT })),
      ...[1, 2].map((n) => send(url, `graphql keyed report ${n}`, '/graphql', { headers: analyst, body: REPORT })),
      send(url, 'csv download', '/reports/projects.csv?asOf=2020-08-31'),
      send(url, 'keyed xlsx download', '/reports/esf-indicators.xlsx?asOf=2020-08-31', { headers: analyst }),
      send(url, 'readyz', '/readyz'),
    ];
    await Promise.all([...held, ...burst].map((s) => s.written));
    await sleep(300);
    const exited = hub.exited;
    process.kill(hub.child.pid!, 'SIGTERM');
    // Soon a new connection is refused (or answered 503), while the held requests are still in
    // flight: the hub no longer accepts. Polled, not timed: a loaded machine may take a moment.
    let late = 200;
    for (let tries = 0; tries < 100 && late === 200; tries += 1) {
      await sleep(100);
      late = await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
    }
    expect([0, 503]).toContain(late);
    for (const request of held) request.finish();

    const answers = await Promise.all([...held, ...burst].map(async (s) => ({ name: s.name, answer: await s.response })));
    expect(answers.map(({ name, answer }) => failure(name, answer)).filter(Boolean)).toEqual([]);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
    expect(postmaster(dataDir)).toBeUndefined();

    const log = messages(hub);
    const stopping = log.find((m) => m.msg.startsWith('stopping: no new connections'));
    expect(stopping?.inFlight).toBeGreaterThanOrEqual(held.length);
    expect(log.some((m) => m.msg.startsWith('grace period over'))).toBe(false);
    expect(log.at(-1)?.msg).toBe('stopped');

    // The writes the hub acknowledged are in the database after the stop.
    const ids = answers
      .filter(({ name }) => name.includes('write'))
      .map(({ answer }) => (JSON.parse(answer.body) as { data: { registerPerson: { id: string } } }).data.registerPerson.id);
    expect(ids).toHaveLength(5);
    const server = await startEmbeddedPostgres({ dataDir, log: createLogger('silent'), restart: false });
    try {
      const client = new pg.Client({ connectionString: server.urlFor(DEFAULT_DATABASE) });
      await client.connect();
      const { rows } = await client.query('select id from person where id = any($1::uuid[])', [ids]);
      await client.end();
      expect(rows).toHaveLength(5);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("Ctrl-C in a terminal (SIGINT to the hub's whole process group): PostgreSQL waits for the hub, and a request in flight longer than 10 s still finishes within SHUTDOWN_GRACE_MS", async () => {
    hub = await startHub(dataDir, { SHUTDOWN_GRACE_MS: '30000' });
    const { url } = hub;
    const pid = postmaster(dataDir)!.pid;
    const held = send(url, 'graphql held write', '/graphql', { headers: AS_HUB_ADMIN, body: register(6), hold: true });
    await held.written;
    await sleep(300);
    process.kill(-hub.child.pid!, 'SIGINT');
    await sleep(300);
    // PostgreSQL did not get the terminal's signal: it waits for the hub.
    expect(isAlive(pid)).toBe(true);
    await sleep(10_500);
    held.finish();
    expect(failure(held.name, await held.response)).toBeNull();
    expect(await hub.exited).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
  }, 120_000);

  it('past SHUTDOWN_GRACE_MS, the connections still open are closed, and the hub still stops in order and exits 0', async () => {
    hub = await startHub(dataDir, { SHUTDOWN_GRACE_MS: '500' });
    const { url } = hub;
    const pid = postmaster(dataDir)!.pid;
    const stuck = send(url, 'graphql stuck upload', '/graphql', { body: REPORT, hold: true });
    await stuck.written;
    await sleep(300);
    const signalled = Date.now();
    process.kill(hub.child.pid!, 'SIGTERM');
    expect(await hub.exited).toEqual({ code: 0, signal: null });
    // Apollo's own drain would have waited 10 s.
    expect(Date.now() - signalled).toBeLessThan(7_000);
    expect((await stuck.response).status).toBe(0);
    expect(isAlive(pid)).toBe(false);
    const log = messages(hub);
    expect(log.find((m) => m.msg.startsWith('grace period over'))?.cut).toBe(1);
    expect(log.at(-1)?.msg).toBe('stopped');
  }, 120_000);
});
