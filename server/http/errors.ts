/**
 * The one error envelope of every non-GraphQL answer (404, 405, 400, 413, 415, 401 on the
 * downloads, 500 masked, 503 database down):
 *
 *   { "error": { "code": "NOT_FOUND", "message": "…", "field"?: "asOf", "requestId": "<uuid>" } }
 *
 * GraphQL errors keep GraphQL's own shape (`errors[].extensions.code/requestId`).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DATABASE_DOWN_MESSAGE, isConnectionFailure } from '../db/database.js';
import { isDatabaseUnavailable } from '../graphql/errors.js';
import type { Logger } from '../logger.js';

export interface ErrorEnvelope {
  error: { code: string; message: string; field?: string; requestId: string };
}

/** An error that the edge answers as it is: status, code, message and the field at fault. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Largest request body accepted, bytes (Fastify's bodyLimit). */
export const BODY_LIMIT = 1024 * 1024;

export { DATABASE_DOWN_MESSAGE };

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

export function envelope(requestId: string, code: string, message: string, field?: string): ErrorEnvelope {
  return { error: { code, message, ...(field ? { field } : {}), requestId } };
}

/**
 * The answer while the database is away, on any route that needs it: 503 with Retry-After, in the
 * envelope, or for /graphql as a GraphQL error (`errors[0].extensions.code`).
 */
export function sendDatabaseDown(reply: FastifyReply, graphql: boolean): FastifyReply {
  reply.header('retry-after', '1');
  if (!graphql) return sendError(reply, 503, 'SERVICE_UNAVAILABLE', DATABASE_DOWN_MESSAGE);
  return reply
    .code(503)
    .header('x-request-id', reply.request.id)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: DATABASE_DOWN_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', requestId: reply.request.id } }] });
}

/** Sends the envelope. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, field?: string): FastifyReply {
  return reply
    .code(status)
    .header('x-request-id', reply.request.id)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .type('application/json; charset=utf-8')
    .send(envelope(reply.request.id, code, message, field));
}

/** What the caller may see of an error, and whether it was unexpected (to be logged in full). */
export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  field?: string;
  unexpected: boolean;
}

export function describeError(error: unknown): ErrorAnswer {
  if (error instanceof HttpError)
    return { status: error.status, code: error.code, message: error.message, field: error.field, unexpected: false };
  const fastifyError = error as Partial<FastifyError> | null;
  switch (fastifyError?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `Request body too large: the limit is ${BODY_LIMIT} bytes`,
        unexpected: false,
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON', unexpected: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json', unexpected: false };
    case 'FST_ERR_BAD_URL':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request path is not a valid URL (bad percent-encoding)', unexpected: false };
  }
  // The database being away is no fault of this request: a 503, logged once per outage (db/database.ts), not here.
  if (isConnectionFailure(error) || isDatabaseUnavailable(error))
    return { status: 503, code: 'SERVICE_UNAVAILABLE', message: DATABASE_DOWN_MESSAGE, unexpected: false };
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's and @fastify/static's own client errors: their messages name no internals.
    if (status === 403) return { status: 404, code: 'NOT_FOUND', message: 'Not found', unexpected: false };
    return { status, code: CODES[status] ?? 'BAD_REQUEST', message: fastifyError?.message ?? 'Bad request', unexpected: false };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', unexpected: true };
}

/** Fastify's setErrorHandler: every thrown error becomes the envelope; the unexpected ones are logged. */
export function errorHandler(log: Logger) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const described = describeError(error);
    if (described.unexpected) {
      (request.log ?? log).error({ err: error, method: request.method, url: request.url }, 'request failed');
    }
    if (reply.sent) return reply;
    return sendError(reply, described.status, described.code, described.message, described.field);
  };
}

/** Fastify's frameworkErrors: a malformed path (GET /%, /assets/%ff) is a 400 in the envelope. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const described = describeError(error);
  void sendError(reply, described.status, described.code, described.message);
}

/** Fastify's setNotFoundHandler: 405 for a method the path does not answer, 404 otherwise. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const pathname = request.url.split('?')[0]!;
  const allowed = pathname === '/graphql' ? ['GET', 'POST'] : ['GET', 'HEAD'];
  if (!allowed.includes(request.method)) {
    return sendError(reply.header('allow', allowed.join(', ')), 405, 'METHOD_NOT_ALLOWED', `Method ${request.method} is not allowed here`);
  }
  return sendError(reply, 404, 'NOT_FOUND', 'Not found');
}
