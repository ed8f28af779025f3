import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { translateDatabaseError } from '../db/conflicts.js';
import { DomainError, ErrorCode } from '../domain/errors.js';
import { argumentOfExecutionError, fieldOfVariableError } from './input-guard.js';

/** The domain's error codes as GraphQL error codes: the one place they are mapped. */
const GRAPHQL_CODES: Record<ErrorCode, string> = {
  [ErrorCode.INVALID_INPUT]: 'BAD_USER_INPUT',
  [ErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ErrorCode.CONFLICT]: 'CONFLICT',
  [ErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [ErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [ErrorCode.NOT_SEEDED]: 'SERVICE_UNAVAILABLE',
};

/** Codes that graphql-js and Apollo themselves assign, which are safe to show as they are. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
]);

export const MASKED_MESSAGE = 'Internal server error';

/** PostgreSQL and driver failures that mean "the database is not there", not "the code is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003'].includes(code)
  ) {
    return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    message,
  );
}

/**
 * Turns any error a resolver threw into what the caller may see. Domain errors keep their
 * message and field; validation errors keep theirs; a write PostgreSQL refused because a
 * concurrent one won (unique, exclusion or foreign-key violation, deadlock) is a CONFLICT
 * (db/conflicts.ts; the services translate their own, this catches any other path); everything else becomes a masked
 * INTERNAL_SERVER_ERROR (or SERVICE_UNAVAILABLE when the database is down). `masked` tells the
 * caller of this function to log the original.
 */
export function toPublicError(thrown: unknown, formatted: GraphQLFormattedError): { error: GraphQLFormattedError; masked: boolean } {
  const original = translateDatabaseError(thrown);
  const base = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (original instanceof DomainError) {
    return {
      error: {
        ...base,
        message: original.message,
        extensions: {
          code: GRAPHQL_CODES[original.code],
          ...(original.field ? { field: original.field } : {}),
          ...(original.lockedUntil ? { lockedUntil: original.lockedUntil } : {}),
        },
      },
      masked: false,
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      error: {
        ...base,
        message: 'The database is not reachable right now; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
      masked: true,
    };
  }
  const code = formatted.extensions?.code;
  const fromGraphql = original instanceof GraphQLError || original === undefined;
  // graphql-js refusing an argument's value while executing: the caller's input, not a fault.
  const argument = original instanceof GraphQLError && !original.originalError ? argumentOfExecutionError(original.message) : undefined;
  if (argument !== undefined) {
    return { error: { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT', field: argument } }, masked: false };
  }
  if (fromGraphql && typeof code === 'string' && PUBLIC_CODES.has(code)) {
    // A variable graphql-js could not coerce names its field in the message only: give it as `field` too.
    const field = formatted.extensions?.field ?? (code === 'BAD_USER_INPUT' ? fieldOfVariableError(formatted.message) : undefined);
    return { error: { ...base, message: formatted.message, extensions: { code, ...(field ? { field } : {}) } }, masked: false };
  }
  return { error: { ...base, message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, masked: true };
}
