/**
 * The GraphQL side of safe retries: a mutation sent with an `Idempotency-Key` HTTP header is done
 * once per caller and key (modules/idempotency/idempotency.service.ts stores the key in the
 * write's transaction). The plugin reads the header into the context; the schema wrapper runs each
 * Mutation field through `idempotent` when the request carries a key. docs/data-entry.md.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, Kind, type GraphQLSchema } from 'graphql';
import { invalid } from '../domain/errors.js';
import { checkIdempotencyKey, IDEMPOTENCY_KEY, idempotent, requestHash } from '../modules/idempotency/idempotency.service.js';
import type { Context } from './context.js';

/** Answers that are never stored: the token of a new API key is shown once. */
const NEVER_STORED = new Set(['createApiKey']);
/** Writes with a transaction of their own on another connection (the file import): see IdempotentOptions. */
const OWN_TRANSACTION = new Set(['importFile']);

/** Puts the request's Idempotency-Key header (if any) into the context. */
export function idempotencyPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ request, contextValue }) {
      contextValue.idempotencyKey = request.http?.headers.get(IDEMPOTENCY_KEY.toLowerCase()) ?? null;
      return Promise.resolve();
    },
  };
}

/** Wraps every Mutation field: with a key, the field's write is done once per caller and key. */
export function applyIdempotency(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    const name = field.name;
    field.resolve = (source, args: Record<string, unknown>, ctx: Context, info) => {
      const key = ctx.idempotencyKey;
      if (key === null || key === undefined) return resolve(source, args, ctx, info);
      checkIdempotencyKey(key);
      if (NEVER_STORED.has(name))
        throw invalid(IDEMPOTENCY_KEY, `${name} takes no Idempotency-Key: its answer is shown once and never stored`);
      const roots = info.operation.selectionSet.selections;
      if (roots.length !== 1 || roots[0]!.kind !== Kind.FIELD) {
        throw invalid(IDEMPOTENCY_KEY, 'A request with an Idempotency-Key carries exactly one mutation field');
      }
      return idempotent(
        ctx.em,
        ctx.caller,
        key,
        requestHash(name, args),
        (em) => resolve(source, args, em === ctx.em ? ctx : { ...ctx, em }, info) as Promise<unknown>,
        { ownTransaction: OWN_TRANSACTION.has(name) },
      );
    };
  }
  return schema;
}
