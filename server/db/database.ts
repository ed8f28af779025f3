import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { currentBudget } from './budget.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { ReplicaSet } from './replicas.js';
import { migrateUp, openOrm, ormLogging } from './orm.js';
import { ReportCache } from './report-cache.js';

export const DEFAULT_DATABASE = 'quartieri';

/** What a caller is told while the database is away (GraphQL errors and the HTTP envelope alike). */
export const DATABASE_DOWN_MESSAGE = 'The database is not reachable right now; try again shortly.';

/**
 * The database is away: thrown where a request meets a connection failure (the caller lookup, the
 * context), answered 503 SERVICE_UNAVAILABLE. Its `extensions` are what Apollo gives the GraphQL
 * error that wraps it when it fails the context (HTTP status included).
 */
export class DatabaseUnavailableError extends Error {
  readonly extensions = { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } };
  constructor(cause?: unknown) {
    super(DATABASE_DOWN_MESSAGE, cause === undefined ? undefined : { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** SQLSTATEs and socket errors that mean "the server is not there" rather than "the statement is wrong". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // class 08: connection exception
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
  // admin_shutdown (pg_terminate_backend, a fast shutdown), crash_shutdown, cannot_connect_now (starting, recovering)
  '57P01',
  '57P02',
  '57P03',
  // too_many_connections
  '53300',
]);
// "Transaction query already complete": knex's answer to a statement of a transaction whose
// connection was lost between two statements (the server rolled it back).
const CONNECTION_MESSAGES =
  /Transaction query already complete|Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|timeout exceeded when trying to connect|Timeout acquiring a connection|connect ECONNREFUSED|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|is not currently accepting connections/i;

/**
 * Does this error (or one it wraps: `cause`, MikroORM's `previous`, GraphQL's `originalError`) say
 * that the database is away — refused, reset, shutting down, recovering — rather than that a
 * statement is wrong? Such a request is answered 503, never 500.
 */
export function isConnectionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return true;
    const fields = current as { code?: unknown; message?: unknown; cause?: unknown; previous?: unknown; originalError?: unknown };
    if (typeof fields.code === 'string' && CONNECTION_CODES.has(fields.code)) return true;
    if (typeof fields.message === 'string' && CONNECTION_MESSAGES.test(fields.message)) return true;
    current = fields.cause ?? fields.previous ?? fields.originalError;
  }
  return false;
}

/** How often an away database is probed; a probe gives up after PROBE_TIMEOUT_MS. */
const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 2000;

/**
 * Whether the database answers, known without asking it on every request. It is marked away when
 * the embedded server dies, or when a failure that looks like a lost connection is confirmed by a
 * probe (a fresh connection running `select 1`); from then on it is probed every 250 ms until it
 * answers again. Each outage is logged twice, whatever the number of requests it fails: when it
 * starts ("database unreachable") and when it ends ("database back after N s").
 */
export class DatabaseHealth {
  private away = false;
  private since = 0;
  private probing: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Number of outages seen since the start (tests read it). */
  outages = 0;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    /** A read replica's name: its outages are logged as such (reads then go to the primary, no 503). */
    private readonly replica?: string,
  ) {}

  /** false while the database is known to be away: requests are then answered 503 at once. */
  get available(): boolean {
    return !this.away;
  }

  /** A failure that may mean the database is away: probe now (one probe at a time). */
  suspect(): void {
    if (!this.away) void this.check();
  }

  /** Probes the database now; marks it away or back accordingly. */
  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(!this.away);
    this.probing ??= this.probe().then((reachable) => {
      this.probing = undefined;
      if (reachable) this.markBack();
      else this.markAway('a fresh connection failed');
      return reachable;
    });
    return this.probing;
  }

  /** The database is away (e.g. the embedded server died): every request is a 503 until a probe succeeds. */
  markAway(reason: string): void {
    if (this.closed) return;
    if (!this.away) {
      this.away = true;
      this.since = Date.now();
      this.outages += 1;
      if (this.replica)
        this.log.warn({ replica: this.replica, reason }, 'read replica unreachable: its reads go to the primary until it answers');
      else this.log.error({ reason }, 'database unreachable: answering 503 SERVICE_UNAVAILABLE until it is back');
    }
    this.schedule();
  }

  /** No more probes or log lines (the hub is stopping). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.timer = setTimeout(() => {
      if (this.away) void this.check();
    }, PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  private markBack(): void {
    if (!this.away || this.closed) return;
    this.away = false;
    clearTimeout(this.timer);
    const seconds = Math.round((Date.now() - this.since) / 100) / 10;
    if (this.replica) this.log.info({ replica: this.replica, seconds }, `read replica back after ${seconds} s`);
    else this.log.info({ seconds }, `database back after ${seconds} s`);
  }

  private async probe(): Promise<boolean> {
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** Counts SQL statements sent to PostgreSQL, through the ORM and through the reporting pool. */
export class StatementCounter {
  count = 0;
  readonly log: string[] = [];
  record(sql: string): void {
    this.count += 1;
    if (this.log.length < 1000) this.log.push(sql);
  }
  reset(): void {
    this.count = 0;
    this.log.length = 0;
  }
}

/** What runs one parameterised statement: the database itself, or a report's reader (replicas). */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface ReadOptions {
  /**
   * The reader's last write (a pg_lsn, `writer_position`): a replica serves the read only once it
   * has replayed up to it. null: any replica (a caller who never wrote, the public).
   */
  after?: string | null;
}

/** Which server answered the reads (tests and /metrics read it). */
export interface ReadCounts {
  primary: number;
  replica: number;
}

export interface Database {
  /** The ORM, for entities and writes. */
  orm: MikroORM;
  /** Runs one parameterised statement ($1, $2 …) on the shared pool: reporting and bulk loads. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /**
   * Runs one read-only statement (a report) on a read replica when DATABASE_REPLICA_URLS names
   * any, else on the primary (server/db/replicas.ts): on a replica that has replayed
   * `options.after`, or on the primary when none has within REPLICA_WAIT_MS, when none is
   * reachable, or when the current request already committed a write. Without replicas, `query`.
   */
  read<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    params?: unknown[],
    options?: ReadOptions,
  ): Promise<pg.QueryResult<R>>;
  /** The read replicas, when configured. */
  replicas: ReplicaSet | undefined;
  /** Reads (`read`) answered by the primary and by a replica since the start. */
  reads: ReadCounts;
  /** The pool itself, for transactions that span several statements. */
  pool: pg.Pool;
  statements: StatementCounter;
  /** Report answers keyed by the data version, and the version checks (server/db/report-cache.ts). */
  reports: ReportCache;
  /** true when the server is the embedded one this process started. */
  embedded: boolean;
  /** Is the server reachable? (for /readyz) */
  ping(): Promise<boolean>;
  /** Whether the database is known to be away, and the one log line per outage. */
  health: DatabaseHealth;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrate?: boolean;
  /** PostgreSQL's statement_timeout for every connection; 0 = none (migrations, seeds, imports from the CLI). */
  statementTimeoutMs?: number;
  /**
   * Create what is missing: the embedded cluster under DATA_DIR, the database on the server
   * (default true). false: refuse (NoEmbeddedClusterError, NoDatabaseError) and create nothing,
   * for the commands that work on the hub's existing data (npm run import).
   */
  create?: boolean;
  /** Report answers kept (default: the configuration's REPORT_CACHE_ENTRIES); 0 = no cache. */
  reportCacheEntries?: number;
  /** Open pools to the configuration's read replicas (DATABASE_REPLICA_URLS): the hub does, the commands do not. */
  replicas?: boolean;
}

/** The database DATABASE_URL names does not exist, and the caller may not create it. */
export class NoDatabaseError extends Error {
  constructor(readonly database: string) {
    super(`the database "${database}" does not exist on the server DATABASE_URL names, and it was not created`);
    this.name = 'NoDatabaseError';
  }
}

/** Creates the database on the server when it does not exist yet (or, with create false, throws NoDatabaseError). */
export async function ensureDatabase(url: string, create = true): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      if (!create) throw new NoDatabaseError(name);
      await client.query(`create database ${pg.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
}

/** The session-level advisory lock a process holds while it migrates or seeds the database at start. */
export const START_LOCK = 'quartieri:start';

/**
 * Runs `work` while holding START_LOCK, so that processes starting at once on one database (several
 * hubs, a hub and `npm run migrate`) migrate and seed it one after the other: the second finds the
 * migrations applied and the database seeded. The lock is held by a session of `pool` with no
 * statement timeout (the wait lasts as long as another process's seed), and that connection is
 * closed afterwards rather than given back with its timeout changed. A process that dies holding
 * it loses its connection, and the lock with it.
 */
export async function underStartLock<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('set statement_timeout = 0');
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [START_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [START_LOCK]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // Never back into the pool: its statement_timeout was changed (and the session may be broken).
    client.release(broken ?? true);
  }
}

/**
 * Opens the database the configuration names: DATABASE_URL, or an embedded PostgreSQL under
 * DATA_DIR started here and stopped by close(). Applies the committed migrations unless told not to.
 */
export async function openDatabase(config: Config, log: Logger, options: OpenOptions = {}): Promise<Database> {
  const statementTimeoutMs = options.statementTimeoutMs ?? 0;
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log, create: options.create });
    url = embedded.urlFor(DEFAULT_DATABASE);
  }
  try {
    await ensureDatabase(url, options.create);
    const replicas = options.replicas ? config.databaseReplicaUrls : [];
    const db = await connect(url, log, statementTimeoutMs, options.reportCacheEntries ?? config.reportCacheEntries, {
      urls: replicas,
      waitMs: config.replicaWaitMs,
    });
    // The embedded server's death is known at once (its process exits); its restart ends the outage.
    embedded?.onStateChange((state) => {
      if (state === 'down') db.health.markAway('the embedded PostgreSQL stopped');
      else void db.health.check();
    });
    if (options.migrate !== false) {
      // Hubs (and commands) starting at once on one database take turns: one migrates, the others
      // then find nothing left to apply.
      const applied = await underStartLock(db.pool, () => migrateUp(db.orm));
      if (applied.length > 0) log.info({ applied }, 'database migrated');
    }
    const close = db.close;
    return {
      ...db,
      embedded: embedded !== undefined,
      async close() {
        await close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function connect(
  url: string,
  log: Logger,
  statementTimeoutMs: number,
  reportCacheEntries: number,
  replicaOptions: { urls: readonly string[]; waitMs: number } = { urls: [], waitMs: 0 },
): Promise<Omit<Database, 'embedded'>> {
  const statements = new StatementCounter();
  // knex prints its own warnings with console.log (one "Connection Error" per connection lost in an
  // outage): through pino instead, at debug level, since the outage itself is logged once.
  const knexLog = (message: unknown) => log.debug({ module: 'knex', message: String(message) }, 'knex');
  const orm = await openOrm(url, {
    ...ormLogging(log),
    driverOptions: {
      log: { debug: knexLog, warn: knexLog, error: knexLog, deprecate: knexLog },
      ...(statementTimeoutMs > 0 ? { connection: { statement_timeout: statementTimeoutMs } } : {}),
    },
  });
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', (query: { sql: string }) => statements.record(query.sql));

  const health = new DatabaseHealth(url, log);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 10_000,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  });
  pool.on('error', (error) => {
    // An idle connection lost (the server stopped, or pg_terminate_backend): the pool drops it and
    // opens a new one when needed. Whether the server itself is away is the probe's to say, once.
    log.debug({ code: (error as { code?: string }).code, message: error.message }, 'idle database connection lost');
    health.suspect();
  });
  const replicas =
    replicaOptions.urls.length > 0
      ? new ReplicaSet(replicaOptions.urls, log, { statementTimeoutMs, waitMs: replicaOptions.waitMs })
      : undefined;
  const reads: ReadCounts = { primary: 0, replica: 0 };
  const query = async <R extends pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>> => {
    statements.record(text);
    try {
      return await pool.query<R>(text, params);
    } catch (error) {
      if (isConnectionFailure(error)) health.suspect();
      throw error;
    }
  };
  return {
    orm,
    pool,
    statements,
    health,
    reports: new ReportCache({ query }, reportCacheEntries),
    replicas,
    reads,
    query,
    async read<R extends pg.QueryResultRow>(text: string, params?: unknown[], options: ReadOptions = {}) {
      // A request that wrote reads its own writes: the primary, whatever its recorded position says
      // (it is recorded only when the request ends).
      if (replicas && !currentBudget()?.mayHaveCommitted()) {
        const result = await replicas.tryRead<R>(text, params, options.after ?? null, (sql) => statements.record(sql));
        if (result) {
          reads.replica += 1;
          return result;
        }
      }
      reads.primary += 1;
      return query<R>(text, params);
    },
    async ping() {
      if (!health.available) return false;
      try {
        await pool.query('select 1');
        return true;
      } catch {
        health.suspect();
        return false;
      }
    },
    async close() {
      health.close();
      await orm.close(true);
      await pool.end();
      await replicas?.close();
    },
  };
}
