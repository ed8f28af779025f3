import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { resolveCaller } from './graphql/caller.js';
import { createContext, type Context } from './graphql/context.js';
import { toPublicError } from './graphql/errors.js';
import { idempotencyPlugin } from './graphql/idempotency.js';
import { trustedDocumentsPlugin } from './graphql/operations.js';
import { createSchema } from './graphql/schema.js';
import { createHttpServer, currentRequestId, registerRoutes } from './http/server.js';
import { createLogger, type Logger } from './logger.js';
import { loadPseudonymKey } from './secrets.js';
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
  const db = options.db ?? (await openDatabase(config, log, { statementTimeoutMs: config.requestTimeoutMs }));
  try {
    if (config.seedOnStart && !(await isSeeded(db.pool))) {
      log.info({ scale: config.demoScale }, "seeding the article's projects and the synthetic demo population");
      const summary = await seedDatabase(db.pool, { demoScale: config.demoScale, onProgress: (m) => log.info(m) });
      log.info({ ...summary }, 'seeded');
    }
    const pseudonymKey = await loadPseudonymKey(config, log);
    const deps = { db, log, pseudonymKey, suppressionThreshold: config.suppressionThreshold };
    const http = createHttpServer(config, log);
    const armor = new ApolloArmor(QUERY_LIMITS).protect();
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
        fastifyApolloDrainPlugin(http),
        errorPlugin(log),
        idempotencyPlugin(),
        ...(config.trustedDocuments ? [trustedDocumentsPlugin()] : []),
      ],
      // Every GraphQL error, the context's 401 included, carries the request id.
      formatError: (formatted, error) => {
        const { error: shown } = toPublicError(unwrapResolverError(error), formatted);
        const requestId = currentRequestId();
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
        makeContext: async (authorization, requestId) =>
          createContext(deps, requestId, await resolveCaller(authorization, config.adminSecret, db.pool)),
      });
      await http.listen({ port: config.port, host: config.host });
    } catch (error) {
      await apollo.stop();
      throw error;
    }
    const server = http.server;
    const address = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;

    let stopping: Promise<void> | undefined;
    return {
      config,
      db,
      log,
      server,
      url,
      stop() {
        stopping ??= (async () => {
          // Apollo's drain plugin closes Fastify (and its idle connections) first.
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

/** Logs, with the request id, every error that the caller will only see masked. */
function errorPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const { masked } = toPublicError(original, { message: error.message, extensions: error.extensions });
            if (masked) {
              log.error(
                {
                  requestId: contextValue.requestId,
                  path: error.path,
                  err: original instanceof Error ? original : new Error(String(original)),
                },
                'unexpected error in a GraphQL request',
              );
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
