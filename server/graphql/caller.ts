import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/**
 * Who is asking. For now the ADMIN_SECRET bearer token is the only credential (the contract's
 * ADMIN key); no header is the public caller. API keys and their roles come with access control.
 */
export type Caller = { role: 'ADMIN'; actor: 'admin' } | { role: 'PUBLIC'; actor: 'public' };

export const PUBLIC_CALLER: Caller = { role: 'PUBLIC', actor: 'public' };

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Equal-time comparison of two secrets of any length. */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * No Authorization header: the public. A header that is not "Bearer <token>", or a token that is
 * not known, is UNAUTHENTICATED: never silently treated as public.
 */
export function resolveCaller(authorization: string | undefined, adminSecret: string | undefined): Caller {
  if (authorization === undefined || authorization === '') return PUBLIC_CALLER;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  if (adminSecret && sameSecret(match[1]!, adminSecret)) return { role: 'ADMIN', actor: 'admin' };
  throw unauthenticated('Unknown or revoked token.');
}
