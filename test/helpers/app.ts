import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger, type Logger } from '../../server/logger.js';
import type { TypedDocumentString } from '../gql/graphql.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  app: App;
  url: string;
  /** The database's own URL, for direct SQL in a test. */
  databaseUrl: string;
  /** A typed document (from test/gql) gives its result type; a plain string takes `T`. */
  gql<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentString<T, V>,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  sql<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<R[]>;
  /** The first row of a query that must return one. */
  one<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Scale of the synthetic demo population (0 = the article's projects only). */
  demoScale?: number;
  seed?: boolean;
  /** The app's logger (default: silent, or debug on stderr with TEST_LOG_LEVEL=debug). */
  log?: Logger;
  /** Environment variables on top of the test's own (e.g. METRICS_TOKEN). */
  env?: Record<string, string>;
  /** An existing database of the test server (kept at close) instead of a new one. */
  databaseUrl?: string;
}

/** The pseudonymisation key of every test app: a second app on a test's database must use it too (the database is bound to it). */
export const TEST_PSEUDONYM_KEY = 'a fixed pseudonymisation key for the tests only';

/** The admin bearer token of every test app. */
export const ADMIN_SECRET = 'test-admin-secret-0123456789';
export const AS_ADMIN = { authorization: `Bearer ${ADMIN_SECRET}` };

export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgServerUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Boots the real app on a fresh, migrated (and seeded) database of its own, on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const name = `quartieri_test_${randomBytes(6).toString('hex')}`;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    await admin((client) => client.query(`create database ${name}`));
    const url = new URL(inject('pgServerUrl'));
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ADMIN_SECRET,
      PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
      ...options.env,
    }),
    databaseUrl,
    seedOnStart: options.seed ?? true,
    demoScale: options.demoScale ?? 0,
  };
  const app = await createApp(config, { log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent') });
  return {
    app,
    url: app.url,
    databaseUrl,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    async sql(text, params) {
      const result = await app.db.pool.query<never>(text, params);
      return result.rows;
    },
    async one(text, params) {
      const [row] = (await app.db.pool.query<never>(text, params)).rows;
      if (row === undefined) throw new Error(`no row for: ${text}`);
      return row;
    },
    async close() {
      await app.stop();
      if (!options.databaseUrl) await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
