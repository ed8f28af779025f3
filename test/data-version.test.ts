import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLater, ReportCache, type QueryRunner } from '../server/db/report-cache.js';
import { AGGREGATES } from '../server/modules/report/report.service.js';
import { readCatalogue } from '../server/modules/project/project.records.js';
import type { ReportScope } from '../server/reporting/filters.js';
import { startTestApp, type TestApp } from './helpers/app.js';

/**
 * The data version (server/db/sql/data_version.sql) and the report cache keyed by it
 * (server/db/report-cache.ts): the version moves with every committed write and only then, and an
 * answer from the cache is never one of records older than those the request could have seen —
 * with two caches on one database, as two hub processes would have.
 */

/** Tables whose writes are not records (server/db/sql/data_version.sql leaves them out). */
const NOT_RECORDS = ['api_key', 'data_version', 'data_version_pending', 'idempotency_key', 'mikro_orm_migrations', 'writer_position'];

let t: TestApp;
let pools: pg.Pool[] = [];
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
  pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: t.databaseUrl, max: 4 }));
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await t?.close();
});

const version = async () => (await t.one<{ v: string }>('select data_version_key() as v')).v;
const runnerOf = (pool: pg.Pool): QueryRunner => ({ query: (text, params) => pool.query(text, params as unknown[]) });

describe('the data version', () => {
  it('is moved by a write to every table of records, and by nothing else', async () => {
    const tables = await t.sql<{ name: string; touched: boolean }>(
      `select c.relname as name, exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'data_version_touch') as touched
         from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') order by 1`,
    );
    expect(tables.length).toBeGreaterThan(20);
    for (const { name, touched } of tables) expect(touched, name).toBe(!NOT_RECORDS.includes(name));
  });

  it('moves once per committed transaction, not for reads, not for a rollback or a rolled-back savepoint', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const start = await version();
      await client.query('select count(*) from enrolment');
      expect(await version()).toBe(start);

      await client.query('begin');
      await client.query(`update project set place = place where code = 'GOLAB'`);
      await client.query(`update project set place = place where code = 'FORNASE'`);
      // not visible before the commit
      expect(await version()).toBe(start);
      await client.query('commit');
      const afterCommit = await version();
      expect(isLater(afterCommit, start)).toBe(true);
      expect(BigInt(afterCommit.split(':')[1]!) - BigInt(start.split(':')[1]!)).toBe(1n);

      await client.query('begin');
      await client.query(`update project set place = place where code = 'GOLAB'`);
      await client.query('rollback');
      expect(await version()).toBe(afterCommit);

      await client.query('begin');
      await client.query('savepoint s');
      await client.query(`update project set place = place where code = 'GOLAB'`);
      await client.query('rollback to savepoint s');
      await client.query('commit');
      expect(await version()).toBe(afterCommit);
    } finally {
      await client.end();
    }
  });

  it('lets concurrent writers commit, each moving it once, without a deadlock', async () => {
    const start = await version();
    const writers = 12;
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        const client = await pools[i % pools.length]!.connect();
        try {
          await client.query('begin');
          await client.query(`update project set place = place where code = $1`, [i % 2 ? 'GOLAB' : 'FORNASE']);
          await client.query(`select pg_sleep(0.01)`);
          await client.query(`update organisation set name = name where id = (select min(id) from organisation)`);
          await client.query('commit');
        } finally {
          client.release();
        }
      }),
    );
    const end = await version();
    expect(BigInt(end.split(':')[1]!) - BigInt(start.split(':')[1]!)).toBe(BigInt(writers));
  });
});

// ---- the cache against a fresh computation ----

type Kind = 'funding' | 'participation' | 'reach' | 'catalogue';
const KINDS: Kind[] = ['funding', 'participation', 'reach', 'catalogue'];
const AS_OF = ['2019-06-30', '2020-08-31'];

/** The same read the hub makes: a version check, then the cache (or a computation) at that version. */
async function cachedAnswer(cache: ReportCache, kind: Kind, asOf: string): Promise<unknown> {
  const scope: ReportScope = { projectCodes: null, asOf };
  const key = kind === 'catalogue' ? 'catalogue' : `${kind}:${asOf}:null`;
  return cache.get<unknown>(await cache.version(), key, (runner) =>
    kind === 'catalogue' ? readCatalogue(runner) : AGGREGATES[kind](runner, scope),
  );
}

async function freshAnswer(kind: Kind, asOf: string): Promise<unknown> {
  const runner = runnerOf(pools[2]!);
  return kind === 'catalogue' ? readCatalogue(runner) : AGGREGATES[kind](runner, { projectCodes: null, asOf });
}

/** Writes that change what the reports above show: an award, an anonymous headcount, a person's attendance added or removed. */
type Write = { kind: 'award'; cents: number } | { kind: 'headcount'; n: number } | { kind: 'attend' } | { kind: 'unattend' };
const writeArb: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('award' as const), cents: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ kind: fc.constant('headcount' as const), n: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('attend' as const) }),
  fc.record({ kind: fc.constant('unattend' as const) }),
);

async function apply(write: Write): Promise<void> {
  const pool = pools[0]!;
  switch (write.kind) {
    case 'award':
      await pool.query(`update project set awarded_cents = awarded_cents + $1 where code = 'GOLAB'`, [write.cents]);
      return;
    case 'headcount':
      await pool.query(
        `insert into attendance (activity_id, anonymous_headcount)
         select id, $1 from activity where project_code = 'GOLAB' and held_on <= '2019-06-30' order by held_on, id limit 1`,
        [write.n],
      );
      return;
    case 'attend':
      // a person not yet seen by GOLAB, at one of its first activities: reach moves
      await pool.query(
        `insert into attendance (activity_id, person_id)
         select (select id from activity where project_code = 'GOLAB' order by held_on, id limit 1), p.id
           from person p where not exists (select 1 from reach r where r.person_id = p.id and r.project_code = 'GOLAB')
          order by p.id limit 1
         on conflict do nothing`,
      );
      return;
    case 'unattend':
      await pool.query(
        `delete from attendance where id = (
           select a.id from attendance a join activity v on v.id = a.activity_id
            where v.project_code = 'GOLAB' and a.person_id is not null order by a.id desc limit 1)`,
      );
  }
}

const readArb = fc.record({ process: fc.integer({ min: 0, max: 1 }), kind: fc.constantFrom(...KINDS), asOf: fc.constantFrom(...AS_OF) });

describe('the report cache', () => {
  it('answers, in either of two processes, what a fresh computation answers at that moment, whatever the writes in between', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            writeArb.map((w) => ({ write: w })),
            readArb.map((r) => ({ read: r })),
          ),
          { minLength: 4, maxLength: 16 },
        ),
        async (steps) => {
          const caches = [0, 1].map((i) => new ReportCache(runnerOf(pools[i]!), 50));
          for (const step of steps) {
            if ('write' in step) await apply(step.write);
            else {
              const { process, kind, asOf } = step.read;
              expect(await cachedAnswer(caches[process]!, kind, asOf)).toEqual(await freshAnswer(kind, asOf));
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('under concurrent writes, every answer is that of a state the records were in while the request ran (linearizable)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(writeArb, { minLength: 3, maxLength: 8 }),
        fc.array(fc.array(readArb, { minLength: 3, maxLength: 10 }), { minLength: 2, maxLength: 4 }),
        async (writes, readers) => {
          const caches = [0, 1].map((i) => new ReportCache(runnerOf(pools[i]!), 50));
          // The truth at each version: every (kind, asOf) computed fresh after each commit, before the next write.
          const truth = new Map<string, Map<string, unknown>>();
          const record = async () => {
            const at = await version();
            const answers = new Map<string, unknown>();
            for (const kind of KINDS) for (const asOf of AS_OF) answers.set(`${kind}@${asOf}`, await freshAnswer(kind, asOf));
            truth.set(at, answers);
          };
          await record();
          const writer = (async () => {
            for (const write of writes) {
              await apply(write);
              await record();
            }
          })();
          const observations: { from: string; to: string; key: string; answer: unknown }[] = [];
          const reading = readers.map(async (reads) => {
            for (const { process, kind, asOf } of reads) {
              const from = await version();
              const answer = await cachedAnswer(caches[process]!, kind, asOf);
              const to = await version();
              observations.push({ from, to, key: `${kind}@${asOf}`, answer });
            }
          });
          await Promise.all([writer, ...reading]);
          const number = (v: string) => BigInt(v.split(':')[1]!);
          for (const { from, to, key, answer } of observations) {
            const candidates = [...truth.entries()]
              .filter(([v]) => number(v) >= number(from) && number(v) <= number(to))
              .map(([, answers]) => answers.get(key));
            expect(candidates.length, `${key} read between ${from} and ${to}`).toBeGreaterThan(0);
            expect(
              candidates.some((candidate) => JSON.stringify(candidate, bigints) === JSON.stringify(answer, bigints)),
              `${key} read between ${from} and ${to}`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('computes a report once for concurrent requests at one version, and keeps it until the next write', async () => {
    const cache = new ReportCache(runnerOf(pools[0]!), 50);
    const answers = await Promise.all(Array.from({ length: 20 }, () => cachedAnswer(cache, 'participation', '2020-08-31')));
    expect(cache.stats.computed).toBe(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    await cachedAnswer(cache, 'participation', '2020-08-31');
    expect(cache.stats.computed).toBe(1);
    await apply({ kind: 'headcount', n: 3 });
    await cachedAnswer(cache, 'participation', '2020-08-31');
    expect(cache.stats.computed).toBe(2);
  });

  it('with no entries kept (REPORT_CACHE_ENTRIES=0), computes every request and checks no version', async () => {
    const cache = new ReportCache(runnerOf(pools[0]!), 0);
    await Promise.all(Array.from({ length: 5 }, () => cachedAnswer(cache, 'funding', '2020-08-31')));
    expect(cache.stats.computed).toBe(5);
    expect(cache.stats.checks).toBe(0);
  });

  it('keeps answers that no reader can change: a view that changed one in place would fail at once', async () => {
    const cache = new ReportCache(runnerOf(pools[0]!), 50);
    const answer = (await cachedAnswer(cache, 'funding', '2020-08-31')) as { projects: { awardedCents: bigint }[] };
    expect(() => answer.projects.push({ awardedCents: 1n })).toThrow(TypeError);
    expect(() => {
      answer.projects[0]!.awardedCents = 0n;
    }).toThrow(TypeError);
    expect(await cachedAnswer(cache, 'funding', '2020-08-31')).toEqual(await freshAnswer('funding', '2020-08-31'));
  });
});

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}
