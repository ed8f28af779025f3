import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '../domain/errors.js';
import { notLocked } from '../domain/period.js';
import { MASKED_MESSAGE, toPublicError } from './errors.js';

const formatted = (message: string, code?: string) => ({ message, ...(code ? { extensions: { code } } : {}) });

describe('toPublicError', () => {
  it("keeps a domain error's message and field, with its GraphQL code", () => {
    const result = toPublicError(new DomainError(ErrorCode.INVALID_INPUT, 'amount must be positive', 'amount'), formatted('x'));
    expect(result).toEqual({
      error: { message: 'amount must be positive', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } },
      masked: false,
    });
  });

  it("tells a locked period from another conflict: the lock's last day as lockedUntil, beside the field", () => {
    let thrown: unknown;
    try {
      notLocked('paidOn', '2019-12-20', { id: 3, lockedUntil: '2019-12-31', reason: 'Reported to the Region for 2019' });
    } catch (error) {
      thrown = error;
    }
    expect(toPublicError(thrown, formatted('x')).error.extensions).toEqual({
      code: 'CONFLICT',
      field: 'paidOn',
      lockedUntil: '2019-12-31',
    });
    expect(() => notLocked('paidOn', '2020-01-01', { id: 3, lockedUntil: '2019-12-31', reason: 'r' })).not.toThrow();
    expect(toPublicError(new DomainError(ErrorCode.CONFLICT, 'one open enrolment', 'personId'), formatted('x')).error.extensions).toEqual({
      code: 'CONFLICT',
      field: 'personId',
    });
  });

  it.each([
    [ErrorCode.NOT_FOUND, 'NOT_FOUND'],
    [ErrorCode.CONFLICT, 'CONFLICT'],
    [ErrorCode.FORBIDDEN, 'FORBIDDEN'],
    [ErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED'],
  ])('maps %s to %s', (code, graphqlCode) => {
    expect(toPublicError(new DomainError(code, 'm'), formatted('m')).error.extensions?.code).toBe(graphqlCode);
  });

  it('masks an unexpected error: no message, no SQL, no stack', () => {
    const result = toPublicError(new Error('relation "person" does not exist: select * from person'), formatted('relation "person"…'));
    expect(result).toEqual({ error: { message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, masked: true });
  });

  it('masks a GraphQLError that carries no public code', () => {
    expect(toPublicError(new GraphQLError('secret detail'), formatted('secret detail')).error.message).toBe(MASKED_MESSAGE);
  });

  it('says SERVICE_UNAVAILABLE when the database cannot be reached', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const result = toPublicError(error, formatted(error.message));
    expect(result.error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.error.message).not.toContain('127.0.0.1');
  });

  it('passes validation errors through', () => {
    const result = toPublicError(
      new GraphQLError('Cannot query field "nope"'),
      formatted('Cannot query field "nope"', 'GRAPHQL_VALIDATION_FAILED'),
    );
    expect(result).toEqual({
      error: { message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      masked: false,
    });
  });
});
