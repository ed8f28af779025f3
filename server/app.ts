import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
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
import { trustedDocumentsPlugin } from './graphql/operations.js';
import { createSchema } from './graphql/schema.js';
import { placeholderPage } from './http/placeholder.js';
import { serveDashboardFile } from './http/static.js';
import { isExportRoute, serveExport } from './modules/export/export.routes.js';
import { createLogger, type Logger } from './logger.js';
import { loadPseudonymKey } from './secrets.js';
import { isSeeded, seedDatabase } from '../seeds/seed.js';

/** Largest request body accepted, bytes. */
const BODY_LIMIT = 1024 * 1024;

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

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Everything `npm start` does after reading the configuration: database, seed, schema, HTTP. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const db = options.db ?? (await openDatabase(config, log, { statementTimeoutMs: config.requestTimeoutMs }));
  try {
    if (config.seedOnStart && !(await isSeeded(db.pool))) {
      log.info('seeding the article\'s projects and the synthetic demo population', { scale: config.demoScale });
      const summary = await seedDatabase(db.pool, { demoScale: config.demoScale, onProgress: (m) => log.info(m) });
      log.info('seeded', { ...summary });
    }
    const pseudonymKey = await loadPseudonymKey(config, log);
    const armor = new ApolloArmor(QUERY_LIMITS).protect();
    const apollo = new ApolloServer<Context>({
      schema: await createSchema(),
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
        errorPlugin(log),
        ...(config.trustedDocuments ? [trustedDocumentsPlugin()] : []),
      ],
      formatError: (formatted, error) => toPublicError(unwrapResolverError(error), formatted).error,
    });
    await apollo.start();

    const server = http.createServer((req, res) => {
      handle(req, res).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) log.error('request failed', { url: req.url, error });
        if (!res.headersSent) {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ error: status === 500 ? 'Internal server error' : (error as Error).message }));
        } else {
          res.destroy();
        }
      });
    });

    async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/graphql') return graphql(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
      if (isExportRoute(url.pathname)) {
        return serveExport(url, res, async () =>
          createContext(
            { db, log, pseudonymKey, suppressionThreshold: config.suppressionThreshold },
            randomUUID(),
            await resolveCaller(req.headers.authorization, config.adminSecret, db.pool),
          ),
        );
      }
      switch (url.pathname) {
        case '/healthz':
          return sendJson(res, 200, { status: 'ok' });
        case '/readyz': {
          const ready = await db.ping();
          return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable' });
        }
        default:
          if (await serveDashboardFile(url.pathname, res, req.method === 'HEAD')) return;
          if (url.pathname === '/') {
            // Not built yet (npm start builds it): say how, rather than a blank page.
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(placeholderPage());
            return;
          }
          throw new HttpError(404, 'Not found');
      }
    }

    async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
      const requestId = randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), config.requestTimeoutMs);
      });
      const response = await Promise.race([
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () =>
            createContext({ db, log, pseudonymKey, suppressionThreshold: config.suppressionThreshold }, requestId, await resolveCaller(req.headers.authorization, config.adminSecret, db.pool)),
        }),
        timedOut,
      ]).finally(() => clearTimeout(timer));
      if (response === 'timeout') {
        log.warn('GraphQL request timed out', { requestId, timeoutMs: config.requestTimeoutMs });
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
        res.end(JSON.stringify({
          errors: [{
            message: `The request took longer than ${config.requestTimeoutMs / 1000} s and was stopped; ask for less at once.`,
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
          }],
        }));
        return;
      }
      const outHeaders: Record<string, string> = { 'x-request-id': requestId };
      for (const [key, value] of response.headers) outHeaders[key] = value;
      res.writeHead(response.status ?? 200, outHeaders);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    }

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
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
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
          });
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

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT) throw new HttpError(413, `Request body too large: the limit is ${BODY_LIMIT} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new HttpError(413, `Request body too large: the limit is ${BODY_LIMIT} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

/** Logs, with the request id, every error that the caller will only see masked; stamps the id on errors. */
function errorPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const { masked } = toPublicError(original, { message: error.message, extensions: error.extensions });
            if (masked) {
              log.error('unexpected error in a GraphQL request', {
                requestId: contextValue.requestId,
                path: error.path,
                error: original instanceof Error ? original : String(original),
              });
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            for (const error of response.body.singleResult.errors) {
              (error as { extensions?: Record<string, unknown> }).extensions = {
                ...error.extensions,
                requestId: contextValue.requestId,
              };
            }
          }
        },
      };
    },
  };
}
