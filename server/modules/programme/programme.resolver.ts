import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { usesSyntheticData } from '../../reporting/synthetic.js';
import { Programme } from './programme.entity.js';
import { getProgramme } from './programme.service.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { description: 'The EU programme that funds the labs.' })
  programme(@Ctx() ctx: Context): Promise<Programme> {
    return getProgramme(ctx.em);
  }

  @FieldResolver(() => Boolean, { description: 'true while the hub holds synthetic demo records: figures shown over them must say so.' })
  usesSyntheticData(@Ctx() ctx: Context): Promise<boolean> {
    return usesSyntheticData(ctx.db);
  }
}
