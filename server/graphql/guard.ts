import type { Context } from './context.js';
import { DomainError, ErrorCode } from './errors.js';

/**
 * Writes and personal records need an ADMIN caller until API keys with roles exist: the public
 * is told to authenticate, any other caller that it may not.
 */
export function requireAdmin(ctx: Context, what: string): void {
  if (ctx.caller.role === 'ADMIN') return;
  if (ctx.caller.role === 'PUBLIC') {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Sign in to ${what}: send Authorization: Bearer <token>.`);
  }
  throw new DomainError(ErrorCode.FORBIDDEN, `This key may not ${what}.`);
}
