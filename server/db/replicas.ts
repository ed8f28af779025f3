/**
 * Read replicas (DATABASE_REPLICA_URLS): PostgreSQL streaming hot standbys of the primary that the
 * reports read from, with read-your-writes for the writer (docs/ARCHITECTURE.md, "Read replicas").
 *
 * - One pg.Pool per replica, used in turn (round robin). A replica that fails with a connection
 *   error is skipped — its reads go to the primary — and probed every 250 ms until it answers
 *   again (DatabaseHealth): a replica that is down never makes a request fail.
 * - Where a writer's last write ends in the primary's WAL is kept in PostgreSQL, on the primary
 *   (`writer_position`, recorded right after the write committed), never in one hub process's
 *   memory: every hub process on the database knows it. A read with `after` (that position) runs
 *   on a replica only once the replica has replayed up to it — checked on the very connection
 *   that then runs the statement, for up to REPLICA_WAIT_MS — else the caller reads the primary.
 * - A report stays one statement on one server: one snapshot, never split across servers.
 */
import pg from 'pg';
import type { Logger } from '../logger.js';
import { DatabaseHealth, isConnectionFailure } from './database.js';

/** A position in the WAL, 'X/Y' (pg_lsn's text form), as a number that compares. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!match) throw new Error(`not a pg_lsn: ${text}`);
  return (BigInt(`0x${match[1]!}`) << 32n) | BigInt(`0x${match[2]!}`);
}

/**
 * Records, on the primary, that `actor` has written: the WAL insert position now, at or after the
 * commit record of everything the actor committed before this call. Never moves back (two hub
 * processes may record the same actor's writes in either order).
 */
export const RECORD_POSITION_SQL = `insert into writer_position as w (actor, lsn, at) values ($1, pg_current_wal_insert_lsn(), now())
on conflict (actor) do update set lsn = greatest(w.lsn, excluded.lsn), at = excluded.at
returning lsn::text as lsn`;

/** The actor's last recorded position (null: it never wrote). */
export const WRITER_POSITION_SQL = `select lsn::text as lsn from writer_position where actor = $1`;

/** How a replica's replay position is asked for: null when the server is not a standby. */
const REPLAY_SQL = 'select pg_last_wal_replay_lsn()::text as lsn';
/** Between two asks while waiting for a replica to catch up. */
const POLL_MS = 10;

/** SQLSTATEs of a standby cancelling a query that conflicts with replay: the primary answers instead. */
const RECOVERY_CONFLICTS = new Set(['40001', '40P01']);

export type FallbackReason = 'unavailable' | 'lagging' | 'conflict' | 'not-a-standby';

export interface ReplicaState {
  name: string;
  /** false while it is known to be away (its reads go to the primary). */
  available: boolean;
  /** false when it answered that it is not a standby: never read from (until the hub restarts). */
  standby: boolean;
  /** Reports it answered. */
  reads: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Replica {
  readonly pool: pg.Pool;
  readonly health: DatabaseHealth;
  reads = 0;
  standby = true;
  /**
   * Replay position last seen on each connection. A connection lives within one run of its
   * server, where the replay position only grows; a restarted standby may restart replay from an
   * earlier point, but it also gets new connections, so this never claims more than is true.
   */
  readonly replayed = new WeakMap<pg.ClientBase, bigint>();
  /** Connections with a listener for their 'error' event. */
  readonly listening = new WeakSet<pg.ClientBase>();

  constructor(
    readonly name: string,
    url: string,
    log: Logger,
    statementTimeoutMs: number,
  ) {
    this.health = new DatabaseHealth(url, log, name);
    this.pool = new pg.Pool({
      connectionString: url,
      max: 10,
      idleTimeoutMillis: 10_000,
      // A replica that does not answer is skipped: do not let a request wait long for it.
      connectionTimeoutMillis: 2_000,
      application_name: 'quartieri-replica-read',
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    });
    this.pool.on('error', (error) => {
      log.debug({ replica: name, message: error.message }, 'idle replica connection lost');
      this.health.suspect();
    });
  }
}

/** The replica's host, port and database: what the logs and /readyz name it by (never its password). */
function replicaName(url: string, index: number): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return `replica ${index + 1}`;
  }
}

export interface ReplicaSetOptions {
  statementTimeoutMs: number;
  /** REPLICA_WAIT_MS: how long a read with `after` may wait for a replica to replay it. */
  waitMs: number;
}

export class ReplicaSet {
  private readonly replicas: Replica[];
  private next = 0;
  /** Reads the replicas handed back to the primary, by reason. */
  readonly fallbacks: Record<FallbackReason, number> = { unavailable: 0, lagging: 0, conflict: 0, 'not-a-standby': 0 };

  constructor(
    urls: readonly string[],
    private readonly log: Logger,
    private readonly options: ReplicaSetOptions,
  ) {
    this.replicas = urls.map((url, index) => new Replica(replicaName(url, index), url, log, options.statementTimeoutMs));
  }

  get size(): number {
    return this.replicas.length;
  }

  states(): ReplicaState[] {
    return this.replicas.map((r) => ({ name: r.name, available: r.health.available, standby: r.standby, reads: r.reads }));
  }

  /** The next usable replica in turn, or undefined when none is. */
  private pick(): Replica | undefined {
    for (let tried = 0; tried < this.replicas.length; tried += 1) {
      const replica = this.replicas[this.next % this.replicas.length]!;
      this.next = (this.next + 1) % this.replicas.length;
      if (replica.standby && replica.health.available) return replica;
    }
    return undefined;
  }

  private fallback(reason: FallbackReason): undefined {
    this.fallbacks[reason] += 1;
    return undefined;
  }

  /**
   * Runs one read-only statement on a replica that has replayed `after` (any replica when `after`
   * is null), or returns undefined: the caller then runs it on the primary. Throws only what the
   * statement itself would throw on any server (a wrong statement, a cancelled one).
   */
  async tryRead<R extends pg.QueryResultRow>(
    text: string,
    params: unknown[] | undefined,
    after: string | null,
    record: (sql: string) => void,
  ): Promise<pg.QueryResult<R> | undefined> {
    const replica = this.pick();
    if (!replica) return this.fallback('unavailable');
    let client: pg.PoolClient;
    try {
      client = await replica.pool.connect();
    } catch (error) {
      if (isConnectionFailure(error)) replica.health.markAway('a connection to it failed');
      else this.log.warn({ replica: replica.name, err: error }, 'read replica: no connection');
      return this.fallback('unavailable');
    }
    // A connection lost while checked out must not crash the process (pg-pool listens only while idle).
    if (!replica.listening.has(client)) {
      replica.listening.add(client);
      client.on('error', () => undefined);
    }
    let broken: Error | undefined;
    try {
      const target = after === null ? 0n : parseLsn(after);
      // A new connection is always asked (is the server a standby at all?); a known one only when
      // the position it last reported is short of the writer's.
      let seen = replica.replayed.get(client);
      const deadline = Date.now() + this.options.waitMs;
      while (seen === undefined || seen < target) {
        record(REPLAY_SQL);
        const { rows } = await client.query<{ lsn: string | null }>(REPLAY_SQL);
        const lsn = rows[0]?.lsn ?? null;
        if (lsn === null) {
          replica.standby = false;
          this.log.error(
            { replica: replica.name },
            'a DATABASE_REPLICA_URLS server is not a standby (not in recovery): never reading from it',
          );
          return this.fallback('not-a-standby');
        }
        seen = parseLsn(lsn);
        replica.replayed.set(client, seen);
        if (seen >= target) break;
        if (Date.now() >= deadline) return this.fallback('lagging');
        await sleep(Math.min(POLL_MS, Math.max(1, deadline - Date.now())));
      }
      record(text);
      const result = await client.query<R>(text, params);
      replica.reads += 1;
      return result;
    } catch (error) {
      if (isConnectionFailure(error)) {
        broken = error as Error;
        replica.health.suspect();
        return this.fallback('unavailable');
      }
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RECOVERY_CONFLICTS.has(code)) return this.fallback('conflict');
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    for (const replica of this.replicas) replica.health.close();
    await Promise.all(this.replicas.map((replica) => replica.pool.end()));
  }
}
