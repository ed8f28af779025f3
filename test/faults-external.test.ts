/**
 * Faults with an external database (DATABASE_URL): nothing to restart, so the pool must reconnect
 * by itself. The test's database loses every connection (pg_terminate_backend), and then refuses
 * new ones for a while (ALLOW_CONNECTIONS false), under the same small load as the embedded case.
 */
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createLogger } from '../server/logger.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { analystKey, Load, sleep } from './helpers/load.js';

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgServerUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('an external database that goes away', () => {
  let t: TestApp;
  let database: string;
  const lines: string[] = [];
  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        callback();
      },
    });
    t = await startTestApp({ log: createLogger('info', { destination, format: 'json' }) });
    database = decodeURIComponent(new URL(t.databaseUrl).pathname.slice(1));
  });
  afterAll(async () => {
    await onServer((c) => c.query(`alter database ${pg.escapeIdentifier(database)} allow_connections true`));
    await t?.close();
  });

  const terminate = () =>
    onServer((c) =>
      c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]),
    );

  it('loses every connection under load: the pools reconnect by themselves, no answer is a 500', async () => {
    const analyst = await analystKey(t.url, AS_ADMIN);
    const load = new Load(t.url, analyst, AS_ADMIN, 'EXT');
    await sleep(500);
    for (let round = 0; round < 5; round += 1) {
      await terminate();
      await sleep(300);
    }
    await sleep(500);
    const settledAt = Date.now();
    await sleep(500);
    await load.stop();
    expect(load.problems()).toEqual([]);
    // Once the terminations stop, everything is answered again (no restart: nothing to restart).
    const after = load.answers.filter((a) => a.sent > settledAt);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
  });

  it('refuses connections for a while: clean 503s for every client, served again within 5 s of its return, logged once', async () => {
    const analyst = await analystKey(t.url, AS_ADMIN);
    const load = new Load(t.url, analyst, AS_ADMIN, 'EXU');
    await sleep(500);
    const logLinesBefore = lines.length;
    await onServer((c) => c.query(`alter database ${pg.escapeIdentifier(database)} allow_connections false`));
    await terminate();
    await sleep(1500);
    await onServer((c) => c.query(`alter database ${pg.escapeIdentifier(database)} allow_connections true`));
    const backAt = Date.now();
    let servedAt = 0;
    while (!servedAt && Date.now() - backAt < 30_000) {
      const ready = await fetch(`${t.url}/readyz`);
      if (ready.status === 200) servedAt = Date.now();
      else await sleep(50);
    }
    await sleep(1000);
    await load.stop();

    expect(load.problems()).toEqual([]);
    const away = load.answers.filter((a) => a.status === 503);
    for (const client of ['public', 'analyst', 'admin', 'writer', 'download', 'keyed-download', 'probe']) {
      expect(
        away.some((a) => a.client === client),
        `${client} saw the outage`,
      ).toBe(true);
    }
    expect(servedAt - backAt).toBeLessThan(5000);
    const after = load.answers.filter((a) => a.sent > servedAt);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
    const present = await t.sql<{ id: string }>('select id from person where id = any($1::uuid[])', [load.acknowledged]);
    expect(present.length).toBe(new Set(load.acknowledged).size);

    const during = lines.slice(logLinesBefore);
    const messages = during.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((m) => m.startsWith('database unreachable'))).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('database back after'))).toHaveLength(1);
    expect(during.filter((line) => /"stack"/.test(line))).toEqual([]);
    expect(during.length).toBeLessThan(20);
  });
});
