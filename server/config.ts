import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (where package.json lives): the parent of server/, whether this module
 * runs from its source (server/config.ts, under tsx or vitest) or compiled (dist/server/config.js).
 */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(serverDir: string): string {
  const parent = path.dirname(serverDir);
  return path.basename(parent) === 'dist' && path.basename(serverDir) === 'server' ? path.dirname(parent) : parent;
}

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  /** HTTP port; 0 picks a free one (tests). */
  port: number;
  host: string;
  /** External PostgreSQL; when absent the app runs an embedded server under dataDir. */
  databaseUrl: string | undefined;
  /** Streaming hot standbys of DATABASE_URL's server that the reports may read from (empty: none). */
  databaseReplicaUrls: string[];
  /** How long a writer's report may wait for a replica to replay its last write before it reads the primary. */
  replicaWaitMs: number;
  dataDir: string;
  /** Seed the article's projects (and, outside production, the synthetic demo population) into an empty database. */
  seedOnStart: boolean;
  /** Scale of the demo population seeded at start (1 = about 800 participants); always 0 in production. */
  demoScale: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The admin bearer token; absent = no admin token exists (and nothing can be written). */
  adminSecret: string | undefined;
  /** Key of the fiscal-code HMAC; absent outside production = generated under dataDir. */
  pseudonymKey: string | undefined;
  /** Schema introspection (the Region builds its clients from it); on unless turned off. */
  introspection: boolean;
  /** A GraphQL request still running after this is answered 503, and its SQL is cancelled. */
  requestTimeoutMs: number;
  /** On SIGTERM/SIGINT, how long the requests in flight may take to finish before their connections are closed. */
  shutdownGraceMs: number;
  /** Counts from 1 to this minus one are hidden from the public in breakdowns below a project. */
  suppressionThreshold: number;
  /** ANALYST keys may run only the documents of schema/operations/. */
  trustedDocuments: boolean;
  /** Bearer token of GET /metrics; absent = no /metrics at all. */
  metricsToken: string | undefined;
  /** Minutes between the hub's own checks of the summaries (0 = never; the first at start). */
  summariesCheckMinutes: number;
  /** Report answers kept, keyed by the data version (server/db/report-cache.ts); 0 = no cache and no sharing. */
  reportCacheEntries: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'must name a database (…/quartieri)');
  return raw;
}

/** DATABASE_REPLICA_URLS: comma-separated postgres:// URLs, each naming a database. */
function readReplicaUrls(env: Env): string[] {
  const raw = env.DATABASE_REPLICA_URLS;
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part, index) => {
    const value = part.trim();
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError('DATABASE_REPLICA_URLS', `item ${index + 1} is not a URL (expected postgres://user@host:port/database)`);
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new ConfigError(
        'DATABASE_REPLICA_URLS',
        `item ${index + 1} must start with postgres:// or postgresql://, got "${url.protocol}//"`,
      );
    }
    if (url.pathname.length <= 1) throw new ConfigError('DATABASE_REPLICA_URLS', `item ${index + 1} must name a database (…/quartieri)`);
    return value;
  });
}

/** NODE_ENV alone (development when unset): what a command checks before it reads the rest. */
export function readNodeEnv(env: Env = process.env): NodeEnv {
  return readEnum(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
}

/**
 * Reads and validates the environment once; throws a ConfigError naming the bad variable. In
 * production, PSEUDONYM_KEY and ADMIN_SECRET are required and DEMO_SCALE is refused (no synthetic
 * population in a production database: SEED_ON_START loads the article's projects only).
 */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = readNodeEnv(env);
  const dataDir = path.resolve(PROJECT_ROOT, env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : '.data');
  return {
    nodeEnv,
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    databaseUrl: readDatabaseUrl(env),
    databaseReplicaUrls: readReplicaUrls(env),
    replicaWaitMs: readInt(env, 'REPLICA_WAIT_MS', 200, 0, 10_000),
    dataDir,
    seedOnStart: readBool(env, 'SEED_ON_START', true),
    demoScale: readDemoScale(env, nodeEnv),
    logLevel: readEnum(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    adminSecret: readAdminSecret(env, nodeEnv),
    pseudonymKey: readPseudonymKey(env, nodeEnv),
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', true),
    requestTimeoutMs: readInt(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    shutdownGraceMs: readInt(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    suppressionThreshold: readInt(env, 'SUPPRESSION_THRESHOLD', 10, 2, 1000),
    trustedDocuments: readBool(env, 'TRUSTED_DOCUMENTS', false),
    metricsToken: readSecret(env, 'METRICS_TOKEN', 16),
    summariesCheckMinutes: readInt(env, 'SUMMARIES_CHECK_MINUTES', nodeEnv === 'test' ? 0 : 60, 0, 10_080),
    reportCacheEntries: readInt(env, 'REPORT_CACHE_ENTRIES', 1000, 0, 1_000_000),
  };
}

function readSecret(env: Env, name: string, minLength: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < minLength) throw new ConfigError(name, `must be at least ${minLength} characters long`);
  return raw;
}

function readPseudonymKey(env: Env, nodeEnv: NodeEnv): string | undefined {
  const key = readSecret(env, 'PSEUDONYM_KEY', 32);
  if (!key && nodeEnv === 'production') {
    throw new ConfigError(
      'PSEUDONYM_KEY',
      'is required in production: the key of the fiscal-code hashes (32 characters or more), kept secret and never changed',
    );
  }
  return key;
}

function readAdminSecret(env: Env, nodeEnv: NodeEnv): string | undefined {
  const secret = readSecret(env, 'ADMIN_SECRET', 16);
  if (!secret && nodeEnv === 'production') {
    throw new ConfigError(
      'ADMIN_SECRET',
      'is required in production: the admin bearer token (16 characters or more), without which nobody can make API keys or write anything',
    );
  }
  return secret;
}

/** The demo population is synthetic: a production database never gets one (0 is the only value allowed there). */
function readDemoScale(env: Env, nodeEnv: NodeEnv): number {
  if (nodeEnv !== 'production') return readInt(env, 'DEMO_SCALE', 1, 0, 1000);
  const scale = readInt(env, 'DEMO_SCALE', 0, 0, 1000);
  if (scale !== 0) {
    throw new ConfigError(
      'DEMO_SCALE',
      `is refused in production, got ${scale}: the demo population is synthetic and never goes into a production database (unset DEMO_SCALE; SEED_ON_START loads the article's projects only)`,
    );
  }
  return 0;
}
