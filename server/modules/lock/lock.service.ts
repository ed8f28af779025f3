import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, notFound } from '../../domain/errors.js';
import { reasonOf } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { PeriodLock } from './lock.entity.js';

/** Refuses a write dated on or before an active lock, naming the lock. */
export async function assertUnlocked(em: EntityManager, date: string, field: string): Promise<void> {
  const lock = await em.findOne(PeriodLock, { unlockedAt: null, lockedUntil: { $gte: date } }, { orderBy: { lockedUntil: 'desc' } });
  if (lock) {
    throw conflict(field, `${date} is in a locked period: lock ${lock.id} ("${lock.reason}") closes reporting up to ${lock.lockedUntil}`);
  }
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

export async function lockPeriod(ctx: Context, until: string, reason: string): Promise<PeriodLock> {
  const text = reasonOf(reason);
  return ctx.em.transactional(async (em: EntityManager) => {
    const lock = em.create(PeriodLock, { lockedUntil: until, reason: text, lockedBy: ctx.caller.actor });
    await em.flush();
    audit(em, ctx, { action: 'create', entity: 'period_lock', entityId: String(lock.id), after: record(lock), reason: text });
    return lock;
  });
}

export async function unlockPeriod(ctx: Context, id: string, reason: string): Promise<PeriodLock> {
  const text = reasonOf(reason);
  return ctx.em.transactional(async (em: EntityManager) => {
    const lock = /^\d+$/.test(id) ? await em.findOne(PeriodLock, { id: Number(id) }) : null;
    if (!lock) throw notFound('id', `No lock with id ${id}`);
    if (lock.unlockedAt) throw conflict('id', `Lock ${id} was unlocked already`);
    const before = record(lock);
    lock.unlockedAt = new Date();
    lock.unlockedBy = ctx.caller.actor;
    lock.unlockReason = text;
    await em.flush();
    audit(em, ctx, { action: 'update', entity: 'period_lock', entityId: String(lock.id), before, after: record(lock), reason: text });
    return lock;
  });
}
