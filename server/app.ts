import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { Config } from './config.js';
import {
  DATABASE_DOWN_MESSAGE,
  DatabaseUnavailableError,
  isConnectionFailure,
  openDatabase,
  underStartLock,
  type Database,
} from './db/database.js';
import { currentBudget } from './db/budget.js';
import { RECORD_POSITION_SQL } from './db/replicas.js';
import { identifyCaller } from './graphql/caller.js';
import { createContext, type Context } from './graphql/context.js';
import { toPublicError } from './graphql/errors.js';
import { idempotencyPlugin } from './graphql/idempotency.js';
import { trustedDocumentsPlugin } from './graphql/operations.js';
import { createSchema } from './graphql/schema.js';
import { sendDatabaseDown } from './http/errors.js';
import { HubMetrics } from './http/metrics.js';
import { createHttpServer, currentRequestId, registerRoutes, type HttpServer } from './http/server.js';
import { checkSummaries } from './db/summaries.js';
import { createLogger, type Logger } from './logger.js';
import { loadPseudonymKey } from './secrets.js';
import { disclosurePolicy } from './disclosure/audience.js';
import { isSeeded, seedDatabase } from '../seeds/seed.js';

/**
 * Limits on what one GraphQL document may ask (graphql-armor). The dashboard's whole document is
 * about 250 tokens deep 6 with no alias; these leave room for any real client and stop abuse.
 */
export const MAX_TOKENS = 2000;
export const QUERY_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 20 },
  // Tokens are limited by graphql-js's own parser (parseOptions below), which Apollo reports as a
  // 400 parse failure; the armor plugin for it surfaces as a 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 20_000 },
  blockFieldSuggestion: { enabled: true },
};

export interface App {
  config: Config;
  db: Database;
  log: Logger;
  server: http.Server;
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  /** What GET /metrics serves (when METRICS_TOKEN is set). */
  metrics: HubMetrics;
  /** Compares the summaries with their recomputation now, as the periodic check does (SUMMARIES_CHECK_MINUTES). */
  checkSummariesNow(): Promise<number>;
  /**
   * Stops in order: no new connections; the requests in flight finish (their connections close
   * after the answer), at most `config.shutdownGraceMs`, after which the connections still open are
   * closed; then Apollo, the ORM and the pool, and the embedded PostgreSQL.
   */
  stop(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
  /** Use this database instead of opening one from the configuration (tests share one). */
  db?: Database;
}

/** Everything `npm start` does after reading the configuration: database, seed, schema, HTTP. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const db = options.db ?? (await openDatabase(config, log, { statementTimeoutMs: config.requestTimeoutMs, replicas: true }));
  try {
    // Before anything is written: a key other than the one the database is bound to stops the start.
    const pseudonymKey = await loadPseudonymKey(config, log, db.pool, { mayGenerate: config.nodeEnv !== 'production' });
    // Asked again under the start lock: of several hubs starting at once on an empty database, one seeds it.
    if (config.seedOnStart && !(await isSeeded(db.pool))) {
      await underStartLock(db.pool, async () => {
        if (await isSeeded(db.pool)) return;
        // Never a synthetic population in production, whatever the caller's config says.
        const demoScale = config.nodeEnv === 'production' ? 0 : config.demoScale;
        if (demoScale > 0) log.info({ scale: demoScale }, "seeding the article's projects and the synthetic demo population");
        else log.info("seeding the article's projects (no demo population)");
        const summary = await seedDatabase(db.pool, { demoScale, onProgress: (m) => log.info(m) });
        log.info({ ...summary }, 'seeded');
      });
    }
    const deps = { db, log, pseudonymKey, disclosurePolicy: disclosurePolicy(config.suppressionThreshold, pseudonymKey) };
    const http = createHttpServer(config, log);
    const edge = guardEdge(http, db);
    const armor = new ApolloArmor(QUERY_LIMITS).protect();
    const metrics = new HubMetrics(db.pool, db.reports);
    metrics.watchReplicas(db);
    const apollo = new ApolloServer<Context>({
      schema: await createSchema(),
      logger: log.child({ module: 'apollo' }),
      introspection: config.introspection,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      validationRules: armor.validationRules,
      parseOptions: { maxTokens: MAX_TOKENS },
      // Cache-control hints and inline traces would wrap every field resolver; nothing here uses them.
      plugins: [
        // (graphql-armor types its plugins against the CommonJS build of @apollo/server: the same objects.)
        ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        drainPlugin(http, edge, config, log),
        errorPlugin(log, db),
        metrics.plugin<Context>(),
        idempotencyPlugin(),
        ...(db.replicas ? [replicaPlugin(db, log)] : []),
        ...(config.trustedDocuments ? [trustedDocumentsPlugin()] : []),
      ],
      // Every GraphQL error, the context's 401 included, carries the request id.
      formatError: (formatted, error) => {
        const requestId = currentRequestId();
        if (databaseAway.has(error as object) || isConnectionFailure(unwrapResolverError(error))) {
          // The same answer whatever failed first: the caller lookup, a loader or a service.
          return { message: DATABASE_DOWN_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', ...(requestId ? { requestId } : {}) } };
        }
        const { error: shown } = toPublicError(unwrapResolverError(error), formatted);
        return requestId ? { ...shown, extensions: { ...shown.extensions, requestId } } : shown;
      },
    });
    await apollo.start();
    try {
      await registerRoutes(http, {
        config,
        log,
        db,
        apollo,
        metrics,
        makeContext: async (authorization, requestId) => {
          let identified;
          try {
            identified = await identifyCaller(authorization, config.adminSecret, db.pool);
          } catch (error) {
            if (error instanceof GraphQLError) throw error;
            // A lookup that failed because the database is away is a 503 (a probe says so), never a 500.
            if (error instanceof DatabaseUnavailableError || !(await db.health.check())) {
              db.health.suspect();
              throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
            }
            throw error;
          }
          return createContext(deps, requestId, identified.caller, identified.lastWrite);
        },
      });
      await http.listen({ port: config.port, host: config.host });
    } catch (error) {
      await apollo.stop();
      throw error;
    }
    const server = http.server;
    const address = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;

    // The hub's own check of its summaries: at start, then every SUMMARIES_CHECK_MINUTES.
    const checkSummariesNow = async (): Promise<number> => {
      const started = Date.now();
      const checks = await checkSummaries(db.pool);
      const differences = checks.reduce((sum, c) => sum + c.differences, 0);
      metrics.recordSummariesCheck({ at: new Date(), seconds: (Date.now() - started) / 1000, differences });
      if (differences > 0) {
        log.error(
          { tables: checks.map((c) => c.table), differences },
          'summaries differ from their recomputation: npm run summaries -- --rebuild',
        );
      } else log.debug({ ms: Date.now() - started }, 'summaries checked: exact');
      return differences;
    };
    const periodicCheck = () =>
      void checkSummariesNow().catch((error: unknown) => log.warn({ err: error }, 'the check of the summaries could not run'));
    let timer: NodeJS.Timeout | undefined;
    if (config.summariesCheckMinutes > 0) {
      periodicCheck();
      timer = setInterval(periodicCheck, config.summariesCheckMinutes * 60_000);
      timer.unref();
    }

    let stopping: Promise<void> | undefined;
    return {
      config,
      db,
      log,
      server,
      url,
      metrics,
      checkSummariesNow,
      stop() {
        stopping ??= (async () => {
          clearInterval(timer);
          // Apollo drains the HTTP server first (drainPlugin: the requests in flight finish), then stops.
          await apollo.stop();
          if (!options.db) await db.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
}

/**
 * Apollo's drain step, which replaces @as-integrations/fastify's (its grace is a fixed 10 s): stop
 * accepting, let the requests in flight finish — their keep-alive connections close after the
 * answer — and past SHUTDOWN_GRACE_MS close the connections still open.
 */
function drainPlugin(http: HttpServer, edge: Edge, config: Config, log: Logger): ApolloServerPlugin<Context> {
  const drainServer = async () => {
    const server = http.server;
    const inFlight = edge.beginStop();
    log.info({ inFlight, graceMs: config.shutdownGraceMs }, 'stopping: no new connections, finishing the requests in flight');
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const grace = setTimeout(() => {
      const cut = edge.inFlight();
      if (cut > 0)
        log.warn({ cut, graceMs: config.shutdownGraceMs }, 'grace period over: closing the connections of requests still running');
      server.closeAllConnections();
    }, config.shutdownGraceMs);
    try {
      await http.close();
    } finally {
      clearInterval(sweep);
      clearTimeout(grace);
    }
    log.info({ finished: edge.finished() }, 'HTTP stopped');
  };
  return { serverWillStart: () => Promise.resolve({ drainServer }) };
}

/**
 * Read replicas (server/db/replicas.ts): a mutation's reports read the primary; and once a request
 * of a caller has written, before its answer leaves, the caller's position in the primary's WAL is
 * recorded in PostgreSQL (writer_position), so that the caller's next reports, through any hub
 * process, read only a replica that has replayed it. One place for every write through the API.
 */
function replicaPlugin(db: Database, log: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          if (operation?.operation !== OperationTypeNode.QUERY) contextValue.readAfter = undefined;
          return Promise.resolve();
        },
        async willSendResponse({ contextValue, operation }) {
          const caller = contextValue.caller;
          if (caller.role === 'PUBLIC') return;
          if (operation?.operation !== OperationTypeNode.MUTATION && !currentBudget()?.mayHaveCommitted()) return;
          try {
            await db.query(RECORD_POSITION_SQL, [caller.actor]);
          } catch (error) {
            // The write stays committed: only this caller's next reports may read a replica that lacks it.
            log.error(
              { requestId: contextValue.requestId, err: error },
              'could not record the writer position: its next reports may miss the write on a replica',
            );
          }
        },
      });
    },
  };
}

/** GraphQL errors to be answered as SERVICE_UNAVAILABLE (formatError reads it; the request's status becomes 503). */
const databaseAway = new WeakSet<object>();

/** Routes that need the database: while it is away they answer 503 at once. /healthz and the dashboard's files do not. */
function needsDatabase(url: string): boolean {
  const pathname = url.split('?')[0]!;
  return pathname === '/graphql' || pathname === '/readyz' || pathname.startsWith('/reports/');
}

interface Edge {
  /** From now on every answer closes its connection; returns the requests in flight. */
  beginStop(): number;
  inFlight(): number;
  /** Requests answered since beginStop(). */
  finished(): number;
}

/**
 * The hub's own hooks on the HTTP edge: while the database is away, every route that needs it is a
 * 503 before any work (in the envelope, or a GraphQL error for /graphql); a request that met a
 * lost connection has the database probed; the requests in flight are counted for the shutdown.
 */
function guardEdge(http: HttpServer, db: Database): Edge {
  const active = new Set<object>();
  let stopping = false;
  let finished = 0;
  const done = (request: object) => {
    if (active.delete(request) && stopping) finished += 1;
  };
  http.addHook('onRequest', (request, _reply, next) => {
    active.add(request);
    next();
  });
  http.addHook('onResponse', (request, _reply, next) => {
    done(request);
    next();
  });
  http.addHook('onRequestAbort', (request, next) => {
    done(request);
    next();
  });
  http.addHook('preHandler', async (request, reply) => {
    if (db.health.available || !needsDatabase(request.url)) return;
    return sendDatabaseDown(reply, request.url.split('?')[0] === '/graphql');
  });
  http.addHook('onSend', async (_request, reply, payload) => {
    if (stopping) reply.header('connection', 'close');
    return payload;
  });
  http.addHook('onError', async (_request, _reply, error) => {
    if (isConnectionFailure(error)) db.health.suspect();
  });
  return {
    beginStop() {
      stopping = true;
      return active.size;
    },
    inFlight: () => active.size,
    finished: () => finished,
  };
}

/**
 * Logs, with the request id, every error that the caller will only see masked. An error that comes
 * from the database being away is not logged here (the outage is logged once, db/database.ts): it
 * is answered SERVICE_UNAVAILABLE with HTTP 503, like every other request meanwhile.
 */
function errorPlugin(log: Logger, db: Database): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didEncounterErrors({ contextValue, errors, response }) {
          let away = false;
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const { masked } = toPublicError(original, { message: error.message, extensions: error.extensions });
            if (!masked) continue;
            // A lost connection, or an unexpected error while a probe finds the database away.
            if (isConnectionFailure(original) || !(await db.health.check())) {
              databaseAway.add(error);
              db.health.suspect();
              away = true;
              continue;
            }
            log.error(
              {
                requestId: contextValue.requestId,
                path: error.path,
                err: original instanceof Error ? original : new Error(String(original)),
              },
              'unexpected error in a GraphQL request',
            );
          }
          if (away) response.http.status = 503;
        },
      });
    },
  };
}
