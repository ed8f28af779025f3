/**
 * A request answered 503 has rolled back. A second app on the test database runs with a budget of
 * 400 ms (REQUEST_TIMEOUT_MS); triggers make the inserts of a write slow (each under the budget,
 * together sometimes over it). Whatever the delays, the answer tells the truth: a 503 left no
 * committed write, a success left exactly its write, and nothing else is ever answered.
 */
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { Budget, BudgetExhaustedError, withBudget, beginTransaction, commitTransaction } from '../server/db/budget.js';
import { createLogger } from '../server/logger.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { ADMIN_SECRET, AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { fakeFiscalCode } from './helpers/csv-files.js';

const BUDGET_MS = 400;

let t: TestApp;
let slow: App;
beforeAll(async () => {
  t = await startTestApp();
  slow = await createApp(
    {
      ...loadConfig({
        PORT: '0',
        REQUEST_TIMEOUT_MS: String(BUDGET_MS),
        ADMIN_SECRET,
        PSEUDONYM_KEY: 'a fixed pseudonymisation key for the tests only',
      }),
      databaseUrl: t.databaseUrl,
      seedOnStart: false,
    },
    { log: createLogger('silent') },
  );
  // Statement triggers that sleep as long as test_delay says, per table.
  await t.sql(`create table test_delay (tbl text primary key, ms int not null)`);
  await t.sql(`create function test_sleep() returns trigger language plpgsql as $$
    begin
      perform pg_sleep(coalesce((select ms from test_delay where tbl = tg_table_name), 0) / 1000.0);
      return null;
    end $$`);
  for (const table of ['activity', 'audit_entry']) {
    await t.sql(`create trigger test_sleep after insert on ${table} for each statement execute function test_sleep()`);
  }
});
afterAll(async () => {
  await slow?.stop();
  await t?.close();
});

async function delays(activityMs: number, auditMs: number): Promise<void> {
  await t.sql(
    `insert into test_delay (tbl, ms) values ('activity', $1), ('audit_entry', $2)
    on conflict (tbl) do update set ms = excluded.ms`,
    [activityMs, auditMs],
  );
}

async function post<T, V>(document: TypedDocumentString<T, V>, variables: V) {
  const response = await fetch(`${slow.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AS_ADMIN },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, ...body };
}

/** Waits until no other session of the test database is running or holding a transaction open. */
async function settled(): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { n } = await t.one<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
          and state in ('active', 'idle in transaction', 'idle in transaction (aborted)')`,
    );
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('a transaction of the timed-out request is still open');
}

const RECORD_ACTIVITY = graphql(`
  mutation TimeoutsRecordActivity($input: ActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);

const IMPORT = graphql(`
  mutation TimeoutsImport($csv: String!, $fileName: String) {
    importFile(kind: ATTENDANCE, csv: $csv, fileName: $fileName) {
      written
      errors {
        message
      }
    }
  }
`);

let runs = 0;
/** One write through GraphQL, by mutation or by import, tagged so that its rows can be counted. */
async function write(via: 'mutation' | 'import'): Promise<{ status: number; ok: boolean; errors: unknown; count: () => Promise<number> }> {
  runs += 1;
  const title = `Timeout run ${runs}`;
  const count = async () => (await t.one<{ n: number }>(`select count(*)::int as n from activity where title = $1`, [title])).n;
  if (via === 'mutation') {
    const r = await post(RECORD_ACTIVITY, { input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-05-02', title } });
    return { status: r.status, ok: r.status === 200 && !r.errors && !!r.data?.recordActivity.id, errors: r.errors, count };
  }
  const csv = `progetto;data;tipo;titolo;codice_fiscale;sesso;anno_nascita;condizione;persone_non_registrate
GOLAB;02/05/2019;OTHER;${title};${fakeFiscalCode(runs, 'F', 1980)};F;1980;inattivo;\n`;
  const r = await post(IMPORT, { csv, fileName: `timeouts-${runs}.csv` });
  return { status: r.status, ok: r.status === 200 && !r.errors && r.data?.importFile.written === true, errors: r.errors, count };
}

describe('a request cut by the timeout', () => {
  it.each(['mutation', 'import'] as const)('left no committed write (%s, two slow inserts together well over the budget)', async (via) => {
    // Each insert takes 300 ms, under the budget; both together, 600 ms, well over it.
    await delays(300, 300);
    const answer = await write(via);
    await settled();
    await delays(0, 0);
    const { ends } = await t.one<{ ends: boolean }>(`select current_setting('transaction_timeout', true) is not null as ends`);
    if (ends) {
      // PostgreSQL 17: transaction_timeout ends the transaction just after the budget.
      expect(answer.status).toBe(503);
      expect(await answer.count()).toBe(0);
    } else {
      // Older servers: the transaction may finish while the edge waits for it; then the answer is the real one.
      expect(answer.status === 503 ? 0 : 1).toBe(await answer.count());
    }
  });

  it('answers the truth whatever the delays: 503 with nothing written, or success with exactly its write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('mutation' as const, 'import' as const),
        fc.integer({ min: 0, max: BUDGET_MS - 50 }),
        fc.integer({ min: 0, max: BUDGET_MS - 50 }),
        async (via, activityMs, auditMs) => {
          await delays(activityMs, auditMs);
          const answer = await write(via);
          await settled();
          await delays(0, 0);
          expect([200, 503], JSON.stringify(answer.errors)).toContain(answer.status);
          if (answer.status === 503) expect(await answer.count()).toBe(0);
          else {
            expect(answer.ok, JSON.stringify(answer.errors)).toBe(true);
            expect(await answer.count()).toBe(1);
          }
        },
      ),
      { numRuns: 16 },
    );
  });
});

describe('the budget of a request', () => {
  it('refuses a commit once the edge has given the request up, and a start once the time is spent', async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const budget = new Budget(60_000);
      await withBudget(budget, async () => {
        await beginTransaction(client);
        await client.query(`insert into period_lock (locked_until, reason, locked_by) values ('2000-01-02', 'budget test', 'test')`);
        budget.abandon();
        await expect(commitTransaction(client)).rejects.toBeInstanceOf(BudgetExhaustedError);
        await client.query('rollback');
      });
      expect(budget.mayHaveCommitted()).toBe(false);
      expect((await t.one<{ n: number }>(`select count(*)::int as n from period_lock where reason = 'budget test'`)).n).toBe(0);

      const spent = new Budget(0);
      await withBudget(spent, async () => {
        await expect(beginTransaction(client)).rejects.toBeInstanceOf(BudgetExhaustedError);
      });

      const kept = new Budget(60_000);
      await withBudget(kept, async () => {
        await beginTransaction(client);
        // The transaction is bounded by the time left: PostgreSQL 17's transaction_timeout, and statement_timeout.
        const { rows } = await client.query<{ s: string }>(`select current_setting('statement_timeout') as s`);
        expect(rows[0]!.s).not.toBe('0');
        await commitTransaction(client);
      });
      expect(kept.mayHaveCommitted()).toBe(true);
    } finally {
      await client.end();
    }
  });
});
