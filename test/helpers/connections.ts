/**
 * Separate PostgreSQL connections for concurrency tests: each is its own session, so each runs
 * its own transaction; `sendUntilBlocked` sends a statement and returns once it has finished or
 * is waiting for a lock another transaction holds, which pins an interleaving down.
 */
import pg from 'pg';

export interface Connection {
  client: pg.Client;
  /** The backend's process id, to see it in pg_stat_activity. */
  pid: number;
  close(): Promise<void>;
}

export async function connect(databaseUrl: string): Promise<Connection> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // A test that went wrong must fail, not hang: no statement waits longer than this.
  await client.query(`set lock_timeout = '20s'`);
  // Random multi-statement transactions do deadlock at times; find out sooner than the default
  // second (a superuser setting: left as it is when the test's role may not change it).
  await client.query(`set deadlock_timeout = '50ms'`).catch(() => undefined);
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  return { client, pid: rows[0]!.pid, close: () => client.end() };
}

/** What a statement ended with: its rows, or the SQLSTATE of its error. */
export type Outcome = { ok: true; rows: pg.QueryResultRow[] } | { ok: false; code: string; message: string };

export function outcomeOf(promise: Promise<pg.QueryResult>): Promise<Outcome> {
  return promise.then(
    (result) => ({ ok: true as const, rows: result.rows }),
    (error: { code?: string; message?: string }) => ({ ok: false as const, code: error.code ?? 'unknown', message: error.message ?? '' }),
  );
}

/**
 * Sends one statement and resolves when it has finished or is blocked waiting for a lock (the
 * observer pool reads pg_stat_activity). `done` settles with the statement's outcome.
 */
export async function sendUntilBlocked(
  observer: pg.Pool,
  connection: Connection,
  text: string,
  params?: unknown[],
): Promise<{ blocked: boolean; done: Promise<Outcome> }> {
  let finished = false;
  const done = outcomeOf(connection.client.query(text, params)).finally(() => {
    finished = true;
  });
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    if (finished) return { blocked: false, done };
    const { rows } = await observer.query<{ waiting: boolean }>(
      `select coalesce(bool_or(wait_event_type = 'Lock'), false) as waiting from pg_stat_activity where pid = $1`,
      [connection.pid],
    );
    if (rows[0]?.waiting) return { blocked: true, done };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`statement neither finished nor blocked: ${text}`);
}
