/**
 * Safe retries: a write sent with an Idempotency-Key is done once. The key, a hash of what was
 * asked and what the write answered are stored in the write's own transaction, so the key exists
 * exactly when the write committed. A retry with the same key and the same request is answered
 * from what was stored, without writing again; the same key with another request is a CONFLICT.
 * Two requests with one key at the same moment: the second waits for the first to commit (or to
 * roll back, and then it writes). docs/data-entry.md describes the rules for clients.
 */
import { createHash } from 'node:crypto';
import { helper, Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { advisoryLock, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { conflict, invalid } from '../../domain/errors.js';

/** The header (and the field errors name). */
export const IDEMPOTENCY_KEY = 'Idempotency-Key';
/** How long a key is remembered: a retry later than this writes again. */
export const IDEMPOTENCY_DAYS = 30;

/** What is stored of an answer: a record by its entity and primary key (it is read again on a retry), or a plain JSON value. */
type Stored = { entity: string; id: unknown; notices?: string[] } | { value: unknown };

/** 1 to 200 visible ASCII characters (a UUID is the usual choice). */
export function checkIdempotencyKey(key: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw invalid(IDEMPOTENCY_KEY, 'Idempotency-Key must have 1 to 200 visible ASCII characters (a UUID, for instance)');
  }
}

/** SHA-256 of the operation and its arguments (cents as text): what "the same request" means. */
export function requestHash(operation: string, args: unknown): string {
  const json = JSON.stringify([operation, args], (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  return createHash('sha256').update(json).digest('hex');
}

function store(value: unknown): Stored {
  if (Utils.isEntity(value)) {
    const wrapped = helper(value);
    const notices = (value as { notices?: unknown }).notices;
    return {
      entity: wrapped.__meta.className,
      id: wrapped.getPrimaryKey(),
      ...(Array.isArray(notices) ? { notices: notices as string[] } : {}),
    };
  }
  return { value: value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown) };
}

async function replay(em: EntityManager, stored: Stored): Promise<unknown> {
  if ('value' in stored) return stored.value;
  const record = await em.findOne(stored.entity, stored.id as never, { refresh: true });
  if (!record) throw conflict(IDEMPOTENCY_KEY, 'The record this Idempotency-Key created has been voided since');
  if (stored.notices) (record as { notices?: string[] }).notices = stored.notices;
  return record;
}

export interface IdempotentOptions {
  /**
   * The write opens its own transaction on another connection (the file import): it gets the
   * caller's entity manager, and the key is stored just after it commits. A crash in between
   * leaves the write without its key: a retry does it again (for an import, that adds nothing).
   */
  ownTransaction?: boolean;
}

/**
 * Runs `work` once per (caller, key). `work` is given the entity manager of the transaction that
 * also stores the key (unless `ownTransaction`), so that the write and its key commit together.
 */
export async function idempotent<T>(
  em: EntityManager,
  caller: Caller,
  key: string,
  hash: string,
  work: (em: EntityManager) => Promise<T>,
  options: IdempotentOptions = {},
): Promise<T> {
  checkIdempotencyKey(key);
  return writeTransaction(em, async (tx: EntityManager) => {
    // One request per key at a time: a second one waits here until the first has committed.
    await advisoryLock(tx, `quartieri:idempotency:${caller.actor}:${key}`);
    // Forget old keys, a few at a time, never waiting for a row another request holds.
    await tx.execute(
      `delete from idempotency_key where ctid in (select ctid from idempotency_key
        where created_at < now() - make_interval(days => ?) limit 100 for update skip locked)`,
      [IDEMPOTENCY_DAYS],
    );
    const [found] = await tx.execute<{ requestHash: string; result: Stored }[]>(
      `select request_hash as "requestHash", result from idempotency_key
        where actor = ? and key = ? and created_at >= now() - make_interval(days => ?)`,
      [caller.actor, key, IDEMPOTENCY_DAYS],
    );
    if (found) {
      if (found.requestHash !== hash) {
        throw conflict(IDEMPOTENCY_KEY, 'This Idempotency-Key was sent before with another request: use a new key for a new request');
      }
      return (await replay(tx, found.result)) as T;
    }
    const result = await work(options.ownTransaction ? em : tx);
    await tx.execute(
      `insert into idempotency_key (actor, key, request_hash, result) values (?, ?, ?, ?::jsonb)
       on conflict (actor, key) do update set request_hash = excluded.request_hash, result = excluded.result, created_at = now()`,
      [caller.actor, key, hash, JSON.stringify(store(result))],
    );
    return result;
  });
}
