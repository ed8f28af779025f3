/**
 * The HTTP edge on Fastify: request ids, security headers, compression, the one error envelope,
 * the health probes, the downloads, GraphQL and the built dashboard.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { Budget, withBudget } from '../db/budget.js';
import type { Database } from '../db/database.js';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { addDownloadRoutes } from './downloads.js';
import { BODY_LIMIT, errorHandler, frameworkErrors, notFoundHandler, sendError } from './errors.js';
import { presentsToken, type HubMetrics } from './metrics.js';
import { registerDashboard, registerDocs } from './static.js';

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
  metrics: HubMetrics;
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
    deps.metrics.observeHttp(request, reply);
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
    if (await db.ping()) {
      // With read replicas, how many are in use (their names and addresses are for /metrics only).
      const states = db.replicas?.states();
      const replicas = states && { configured: states.length, available: states.filter((r) => r.available && r.standby).length };
      return reply.header('cache-control', 'no-store').send({ status: 'ready', ...(replicas ? { replicas } : {}) });
    }
    return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'The database is unreachable');
  });

  addDownloadRoutes(app, deps.makeContext);

  // Prometheus metrics: only with METRICS_TOKEN, only to a caller presenting it.
  const metricsToken = config.metricsToken;
  if (metricsToken) {
    app.get('/metrics', async (request, reply) => {
      if (!presentsToken(request.headers.authorization, metricsToken)) {
        return sendError(
          reply.header('www-authenticate', 'Bearer'),
          401,
          'UNAUTHENTICATED',
          'The metrics need METRICS_TOKEN as a bearer token',
        );
      }
      const body = await deps.metrics.registry.metrics();
      return reply.header('cache-control', 'no-store').type(deps.metrics.registry.contentType).send(body);
    });
  }

  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: async function (request, reply) {
      // The request's time budget: its transactions start, last and commit within it (db/budget.ts).
      const budget = new Budget(config.requestTimeoutMs);
      const work = currentRequest.run(request.id, () =>
        withBudget(budget, () =>
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: toGraphQLRequest(request),
            context: () => deps.makeContext(request.headers.authorization, request.id),
          }),
        ),
      );
      // (A failure after the 503 has no one to go to: it must not become an unhandled rejection.)
      work.catch(() => undefined);
      let answer = await settleWithin(work, budget.remainingMs());
      // Out of time: the request's transactions end by themselves (their timeouts are the budget
      // left); wait a little for that, so that the answer says what really happened.
      if (answer === TIMED_OUT) answer = await settleWithin(work, Math.min(config.requestTimeoutMs, SETTLE_MS));
      if (answer === TIMED_OUT) {
        // Given up: from now on nothing of this request commits. A commit already under way is
        // waited for, and then the client gets the real answer, never a 503 for a write that stays.
        budget.abandon();
        if (budget.mayHaveCommitted()) answer = await work;
      }
      if (answer !== TIMED_OUT && !(budget.remainingMs() === 0 && !budget.mayHaveCommitted() && failed(answer))) {
        return send(reply, answer);
      }
      // Nothing of it committed: its SQL was cancelled and its transactions rolled back.
      log.warn({ requestId: request.id, timeoutMs: config.requestTimeoutMs }, 'GraphQL request timed out');
      return reply
        .code(503)
        .type('application/json; charset=utf-8')
        .send({
          errors: [
            {
              message: `The request took longer than ${config.requestTimeoutMs / 1000} s and was stopped; nothing it wrote was kept. Ask for less at once.`,
              extensions: { code: 'SERVICE_UNAVAILABLE', requestId: request.id },
            },
          ],
        });
    },
  });

  registerDocs(app);
  await registerDashboard(app);
}

/** How long, at most, the edge waits past the budget for a request's transactions to end. */
const SETTLE_MS = 5_000;
const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT when it takes longer than `ms` (a rejection is thrown). */
async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** An answer that failed on the server's side: a 5xx, or an error the caller only sees masked (a cancelled statement). */
function failed(answer: HTTPGraphQLResponse): boolean {
  if ((answer.status ?? 200) >= 500) return true;
  if (answer.body.kind !== 'complete') return false;
  try {
    const { errors } = JSON.parse(answer.body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    return (errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'SERVICE_UNAVAILABLE');
  } catch {
    return false;
  }
}

/** Fastify's request as Apollo's (what @as-integrations/fastify does). */
function toGraphQLRequest(request: FastifyRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return {
    method: request.method.toUpperCase(),
    headers,
    search: new URL(request.url, `${request.protocol}://${request.hostname}/`).search,
    body: request.body,
  };
}

/** Apollo's answer through Fastify's reply. */
function send(reply: FastifyReply, answer: HTTPGraphQLResponse): FastifyReply | string {
  for (const [key, value] of answer.headers) void reply.header(key, value);
  void reply.code(answer.status ?? 200);
  if (answer.body.kind === 'complete') return answer.body.string;
  return reply.send(Readable.from(answer.body.asyncIterator));
}
