/**
 * Faults: the embedded PostgreSQL is killed (SIGKILL of its postmaster) under a small load of
 * public queries, keyed queries, writes, downloads and probes. While it is away every answer is a
 * clean 503 SERVICE_UNAVAILABLE in the route's own shape; the hub restarts it and serves again
 * within 5 s of it being back; every acknowledged write is there afterwards; the outage is
 * logged once, without a stack trace.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_HUB_ADMIN, hubSql, isAlive, newDataDir, postmaster, startHub, stopHub, type Hub } from './helpers/hub.js';
import { analystKey, Load, post, sleep } from './helpers/load.js';

describe('the embedded PostgreSQL killed under load', () => {
  let dataDir: string;
  let hub: Hub | undefined;
  beforeAll(async () => {
    dataDir = await newDataDir('faults');
    hub = await startHub(dataDir);
  });
  afterAll(async () => {
    await stopHub(hub);
    const server = postmaster(dataDir);
    if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers clean 503s while it is away, restarts it, serves within 5 s of its return, keeps every acknowledged write and logs the outage once', async () => {
    const { url } = hub!;
    const analyst = await analystKey(url, AS_HUB_ADMIN);
    const load = new Load(url, analyst, AS_HUB_ADMIN, 'FLT');

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
    // From that moment, when does the hub answer again?
    let servedAt = 0;
    while (!servedAt && Date.now() - backAt < 30_000) {
      const ready = await fetch(`${url}/readyz`);
      const query = await fetch(`${url}/graphql`, post('{ projects { code } }', {}, analyst));
      if (ready.status === 200 && query.status === 200) servedAt = Date.now();
      else await sleep(50);
    }
    await sleep(1000);
    await load.stop();
    const { answers, acknowledged } = load;

    // The outage was seen by every client, and every answer was clean, for every client and route.
    expect(load.problems()).toEqual([]);
    const away = answers.filter((a) => a.status === 503);
    for (const client of ['public', 'analyst', 'admin', 'writer', 'download', 'keyed-download', 'probe']) {
      expect(
        away.some((a) => a.client === client),
        `${client} saw the outage`,
      ).toBe(true);
    }
    expect(answers.filter((a) => a.client === 'liveness' && a.status !== 200)).toEqual([]);

    // Back within 5 s of the database being back; every client served after that.
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
    const during = hub!.lines().slice(logLinesBefore);
    for (const line of during) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    const messages = during.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((m) => m.startsWith('database unreachable'))).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('database back after'))).toHaveLength(1);
    expect(during.filter((line) => /"stack"|\\n\s+at /.test(line))).toEqual([]);
    expect(during.length).toBeLessThan(20);
  }, 120_000);
});
