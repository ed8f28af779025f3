import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ArrearsCase } from './arrears-case.entity.js';
import { ArrearsCaseInput, ArrearsCaseStatusInput } from './arrears-case.input.js';
import { changeArrearsCaseStatus, openArrearsCase } from './arrears-case.service.js';

@Resolver(() => ArrearsCase)
export class ArrearsCaseResolver {
  @Mutation(() => ArrearsCase, { description: 'Opens a case file for the blameless-arrears committee (status PREPARED).' })
  openArrearsCase(@Arg('input', () => ArrearsCaseInput) input: ArrearsCaseInput, @Ctx() ctx: Context): Promise<ArrearsCase> {
    return openArrearsCase(ctx.em, ctx.caller, input);
  }

  @Mutation(() => ArrearsCase, { description: 'Moves a case file on: PREPARED → SUBMITTED → APPROVED or REJECTED.' })
  changeArrearsCaseStatus(
    @Arg('input', () => ArrearsCaseStatusInput) input: ArrearsCaseStatusInput,
    @Ctx() ctx: Context,
  ): Promise<ArrearsCase> {
    return changeArrearsCaseStatus(ctx.em, ctx.caller, input);
  }
}
