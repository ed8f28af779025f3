import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ErrorCode, DomainError } from '../../domain/errors.js';
import { usesSyntheticData } from '../../reporting/synthetic.js';
import { Programme } from './programme.entity.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { description: 'The EU programme that funds the labs.' })
  async programme(@Ctx() ctx: Context): Promise<Programme> {
    const [programme] = await ctx.em.find(Programme, {}, { limit: 1 });
    if (!programme) throw new DomainError(ErrorCode.NOT_SEEDED, 'The programme has not been loaded yet: run npm run seed.');
    return programme;
  }

  @FieldResolver(() => Boolean, { description: 'true while the hub holds synthetic demo records: figures shown over them must say so.' })
  usesSyntheticData(@Ctx() ctx: Context): Promise<boolean> {
    return usesSyntheticData(ctx.db);
  }
}
