import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { ActiveLock } from '../../domain/period.js';
import { dateInRange, reasonOf } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { PeriodLock } from './lock.entity.js';

/** The active lock that reaches furthest: the one fact the lock rule needs (services and imports read it alike). */
export const ACTIVE_LOCK_SQL =
  'select id, locked_until::text as "lockedUntil", reason from period_lock where unlocked_at is null order by locked_until desc limit 1';

export async function activeLock(em: EntityManager): Promise<ActiveLock | null> {
  const [row] = await em.execute<ActiveLock[]>(ACTIVE_LOCK_SQL);
  return row ? { id: Number(row.id), lockedUntil: row.lockedUntil, reason: row.reason } : null;
}

export function listLocks(em: EntityManager): Promise<PeriodLock[]> {
  return em.find(PeriodLock, {}, { orderBy: { id: 'desc' } });
}

const record = (lock: PeriodLock) => ({
  id: lock.id,
  lockedUntil: lock.lockedUntil,
  reason: lock.reason,
  lockedBy: lock.lockedBy,
  unlockedAt: lock.unlockedAt ?? null,
  unlockedBy: lock.unlockedBy ?? null,
  unlockReason: lock.unlockReason ?? null,
});

export async function lockPeriod(em: EntityManager, caller: Caller, until: string, reason: string): Promise<PeriodLock> {
  // A lock names a day the hub can hold facts for: 2000-01-01 to ten years ahead (docs/data-entry.md).
  dateInRange('until', until);
  const text = reasonOf(reason);
  return writeTransaction(em, async (em: EntityManager) => {
    const lock = em.create(PeriodLock, { lockedUntil: until, reason: text, lockedBy: caller.actor });
    await em.flush();
    audit(em, caller, { action: 'create', entity: 'period_lock', entityId: String(lock.id), after: record(lock), reason: text });
    return lock;
  });
}

export async function unlockPeriod(em: EntityManager, caller: Caller, id: string, reason: string): Promise<PeriodLock> {
  const text = reasonOf(reason);
  return writeTransaction(em, async (em: EntityManager) => {
    // Locked: of two unlocks at once, the second sees the first one's.
    const there = /^\d{1,9}$/.test(id) && (await lockRow(em, 'period_lock', Number(id), 'update'));
    const lock = there ? await em.findOne(PeriodLock, { id: Number(id) }, { refresh: true }) : null;
    if (!lock) throw notFound('id', `No lock with id ${id}`);
    if (lock.unlockedAt) throw conflict('id', `Lock ${id} was unlocked already`);
    const before = record(lock);
    lock.unlockedAt = new Date();
    lock.unlockedBy = caller.actor;
    lock.unlockReason = text;
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'period_lock', entityId: String(lock.id), before, after: record(lock), reason: text });
    return lock;
  });
}
