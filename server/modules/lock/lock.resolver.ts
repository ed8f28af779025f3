import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { PeriodLock } from './lock.entity.js';
import { listLocks, lockPeriod, unlockPeriod } from './lock.service.js';

@Resolver(() => PeriodLock)
export class LockResolver {
  @Query(() => [PeriodLock], { description: 'Every lock, the newest first (admins only).' })
  periodLocks(@Ctx() ctx: Context): Promise<PeriodLock[]> {
    return listLocks(ctx.em);
  }

  @Mutation(() => PeriodLock, { description: 'Locks reporting up to a day: writes dated on or before it are refused with CONFLICT.' })
  lockPeriod(
    @Arg('until', () => DateScalar) until: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<PeriodLock> {
    return lockPeriod(ctx.em, ctx.caller, until, reason);
  }

  @Mutation(() => PeriodLock, { description: 'Lifts a lock; the reason is kept in the audit trail.' })
  unlockPeriod(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<PeriodLock> {
    return unlockPeriod(ctx.em, ctx.caller, id, reason);
  }
}
