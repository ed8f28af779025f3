import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type pg from 'pg';
import { DatabaseUnavailableError, isConnectionFailure } from '../db/database.js';
import { ADMIN_CALLER, PUBLIC_CALLER, type Caller } from '../domain/caller.js';
import { hashToken } from '../modules/api-key/api-key.token.js';

export type { Caller } from '../domain/caller.js';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Equal-time comparison of two secrets of any length. */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** How often a key's last use is written back, at most. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * Who is asking: the ADMIN_SECRET token (an ADMIN), an API key (its role, and for an OPERATOR its
 * projects), or, with no Authorization header, the public.
 *
 * No Authorization header: the public. A header that is not "Bearer <token>", or a token that is
 * unknown or revoked, is UNAUTHENTICATED: never silently treated as public. A key that cannot be
 * looked up because the database is away is a DatabaseUnavailableError (503), never a 500.
 */
export async function resolveCaller(authorization: string | undefined, adminSecret: string | undefined, pool: pg.Pool): Promise<Caller> {
  if (authorization === undefined || authorization === '') return PUBLIC_CALLER;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const token = match[1]!;
  if (adminSecret && sameSecret(token, adminSecret)) return ADMIN_CALLER;
  try {
    return await callerOfKey(token, pool);
  } catch (error) {
    if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
    throw error;
  }
}

async function callerOfKey(token: string, pool: pg.Pool): Promise<Caller> {
  const { rows } = await pool.query<{
    id: string;
    role: 'ADMIN' | 'OPERATOR' | 'ANALYST';
    project_codes: string[];
    last_used_at: Date | null;
  }>('select id, role, project_codes, last_used_at from api_key where token_hash = $1 and revoked_at is null', [hashToken(token)]);
  const key = rows[0];
  if (!key) throw unauthenticated('Unknown or revoked token.');
  if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > LAST_USE_RESOLUTION_MS) {
    await pool.query('update api_key set last_used_at = now() where id = $1', [key.id]);
  }
  if (key.role === 'OPERATOR') return { role: 'OPERATOR', actor: key.id, projectCodes: key.project_codes };
  return { role: key.role, actor: key.id, projectCodes: null };
}
