/**
 * The HTTP edge on Fastify: request ids, security headers, compression, the one error envelope,
 * the health probes, the downloads, GraphQL and the built dashboard.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import zlib from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { addDownloadRoutes } from './downloads.js';
import { BODY_LIMIT, errorHandler, frameworkErrors, notFoundHandler, sendError } from './errors.js';
import { registerDashboard } from './static.js';

export type HttpServer = FastifyInstance;

/** The id of the HTTP request being answered, for code that only Apollo calls (formatError). */
const currentRequest = new AsyncLocalStorage<string>();

export function currentRequestId(): string | undefined {
  return currentRequest.getStore();
}

/**
 * Content-Security-Policy under which the dashboard and the offline GraphiQL page work: scripts
 * only from this server; inline styles allowed (graphiql.html's own <style>, and GraphiQL's editor
 * sets style attributes); images from data: and blob: (the newsletter's chart pictures, the PNG
 * downloads); fonts from data: (GraphiQL's stylesheet); fetches to this server only. No framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Step one: the Fastify instance (Apollo's drain plugin needs it before Apollo starts). */
export function createHttpServer(config: Config, log: Logger): HttpServer {
  return Fastify({
    loggerInstance: log,
    // Fastify's own ids, never the client's: x-request-id from outside is ignored.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Lines carry `requestId`; one debug line per answered request (onResponse below) instead of two at info.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // The whole request must have arrived within the budget of a GraphQL request.
    requestTimeout: config.requestTimeoutMs,
    frameworkErrors,
  }) as unknown as HttpServer;
}

export interface RouteDeps {
  config: Config;
  log: Logger;
  db: Database;
  apollo: ApolloServer<Context>;
  /** The GraphQL context of one request: resolves the caller from its Authorization header. */
  makeContext: (authorization: string | undefined, requestId: string) => Promise<Context>;
}

/** Step two, once Apollo has started: plugins, hooks and routes. */
export async function registerRoutes(app: HttpServer, deps: RouteDeps): Promise<void> {
  const { config, log, db, apollo } = deps;

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      { method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
  app.setErrorHandler(errorHandler(log));
  app.setNotFoundHandler(notFoundHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Quality 11 (the default) costs seconds on GraphiQL's bundle; 5 is most of the gain.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (await db.ping()) return reply.header('cache-control', 'no-store').send({ status: 'ready' });
    return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'The database is unreachable');
  });

  addDownloadRoutes(app, deps.makeContext);

  const graphql = fastifyApolloHandler<Context>(apollo, {
    context: async (request) => deps.makeContext(request.headers.authorization, request.id),
  });
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: async function (request, reply) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), config.requestTimeoutMs);
      });
      const answer = await Promise.race([
        currentRequest.run(request.id, () => graphql.call(this, request as never, reply as never)),
        timedOut,
      ]).finally(() => clearTimeout(timer));
      if (answer !== 'timeout') return answer;
      // PostgreSQL's statement_timeout (the same budget) cancels the SQL still running.
      log.warn({ requestId: request.id, timeoutMs: config.requestTimeoutMs }, 'GraphQL request timed out');
      return reply
        .code(503)
        .type('application/json; charset=utf-8')
        .send({
          errors: [
            {
              message: `The request took longer than ${config.requestTimeoutMs / 1000} s and was stopped; ask for less at once.`,
              extensions: { code: 'SERVICE_UNAVAILABLE', requestId: request.id },
            },
          ],
        });
    },
  });

  await registerDashboard(app);
}
