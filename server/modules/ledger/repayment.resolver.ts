import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Repayment } from './repayment.entity.js';
import { RepaymentInput } from './repayment.input.js';
import { recordRepayment } from './repayment.service.js';

@Resolver(() => Repayment)
export class RepaymentResolver {
  @Mutation(() => Repayment, { description: 'Records a repayment of rent debt by a participant.' })
  recordRepayment(@Arg('input', () => RepaymentInput) input: RepaymentInput, @Ctx() ctx: Context): Promise<Repayment> {
    return recordRepayment(ctx.em, ctx.caller, input);
  }
}
