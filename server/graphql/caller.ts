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
  return (await identifyCaller(authorization, adminSecret, pool)).caller;
}

/** A caller, with where its last write ends in the primary's WAL (read replicas: server/db/replicas.ts). */
export interface IdentifiedCaller {
  caller: Caller;
  /**
   * The caller's last recorded write position (`writer_position`), read in the key's own lookup;
   * null when it never wrote (the public never does); undefined when not looked up (the admin,
   * whose position is read only if a report needs it).
   */
  lastWrite: string | null | undefined;
}

/** resolveCaller, and the caller's last write position at no extra statement for an API key. */
export async function identifyCaller(
  authorization: string | undefined,
  adminSecret: string | undefined,
  pool: pg.Pool,
): Promise<IdentifiedCaller> {
  if (authorization === undefined || authorization === '') return { caller: PUBLIC_CALLER, lastWrite: null };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const token = match[1]!;
  if (adminSecret && sameSecret(token, adminSecret)) return { caller: ADMIN_CALLER, lastWrite: undefined };
  try {
    return await callerOfKey(token, pool);
  } catch (error) {
    if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
    throw error;
  }
}

async function callerOfKey(token: string, pool: pg.Pool): Promise<IdentifiedCaller> {
  const { rows } = await pool.query<{
    id: string;
    role: 'ADMIN' | 'OPERATOR' | 'ANALYST';
    project_codes: string[];
    last_used_at: Date | null;
    last_write: string | null;
  }>(
    `select k.id, k.role, k.project_codes, k.last_used_at, w.lsn::text as last_write
       from api_key k left join writer_position w on w.actor = k.id::text
      where k.token_hash = $1 and k.revoked_at is null`,
    [hashToken(token)],
  );
  const key = rows[0];
  if (!key) throw unauthenticated('Unknown or revoked token.');
  if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > LAST_USE_RESOLUTION_MS) {
    await pool.query('update api_key set last_used_at = now() where id = $1', [key.id]);
  }
  const caller: Caller =
    key.role === 'OPERATOR'
      ? { role: 'OPERATOR', actor: key.id, projectCodes: key.project_codes }
      : { role: key.role, actor: key.id, projectCodes: null };
  return { caller, lastWrite: key.last_write };
}
