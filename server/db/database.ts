import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { migrateUp, openOrm, ormLogging } from './orm.js';

export const DEFAULT_DATABASE = 'quartieri';

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

export interface Database {
  /** The ORM, for entities and writes. */
  orm: MikroORM;
  /** Runs one parameterised statement ($1, $2 …) on the shared pool: reporting and bulk loads. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** The pool itself, for transactions that span several statements. */
  pool: pg.Pool;
  statements: StatementCounter;
  /** true when the server is the embedded one this process started. */
  embedded: boolean;
  /** Is the server reachable? (for /readyz) */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrate?: boolean;
  /** PostgreSQL's statement_timeout for every connection; 0 = none (migrations, seeds, imports from the CLI). */
  statementTimeoutMs?: number;
}

/** Creates the database on the server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
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
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
    url = embedded.urlFor(DEFAULT_DATABASE);
  }
  try {
    await ensureDatabase(url);
    const db = await connect(url, log, statementTimeoutMs);
    if (options.migrate !== false) {
      const applied = await migrateUp(db.orm);
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

async function connect(url: string, log: Logger, statementTimeoutMs: number): Promise<Omit<Database, 'embedded'>> {
  const statements = new StatementCounter();
  const orm = await openOrm(url, {
    ...ormLogging(log),
    ...(statementTimeoutMs > 0 ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } } : {}),
  });
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', (query: { sql: string }) => statements.record(query.sql));

  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 10_000,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  });
  pool.on('error', (error) => {
    // 57P01 is PostgreSQL's own shutdown notice: expected while the server stops.
    const expected = (error as { code?: string }).code === '57P01';
    if (expected) log.debug({ err: error }, 'idle database connection failed');
    else log.warn({ err: error }, 'idle database connection failed');
  });
  return {
    orm,
    pool,
    statements,
    async query(text, params) {
      statements.record(text);
      return pool.query(text, params as unknown[]);
    },
    async ping() {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await orm.close(true);
      await pool.end();
    },
  };
}
