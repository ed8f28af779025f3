import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Programme } from './programme.entity.js';
import { programmeFacts } from './programme.service.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { description: 'The EU programme that funds the labs.' })
  async programme(@Ctx() ctx: Context): Promise<Programme> {
    return (await programmeFacts(ctx)).programme;
  }

  @FieldResolver(() => Boolean, { description: 'true while the hub holds synthetic demo records: figures shown over them must say so.' })
  async usesSyntheticData(@Ctx() ctx: Context): Promise<boolean> {
    return (await programmeFacts(ctx)).usesSyntheticData;
  }
}
