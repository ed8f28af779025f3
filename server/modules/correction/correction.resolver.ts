import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import { CorrectEnrolmentInput, CorrectRepaymentInput, VoidInput } from './correction.input.js';
import { correctEnrolment, correctRepayment, voidRecord } from './correction.service.js';

@Resolver()
export class CorrectionResolver {
  @Mutation(() => Boolean, { description: 'Voids a record entered by mistake (and what hangs on it), with a reason.' })
  voidRecord(@Arg('input', () => VoidInput) input: VoidInput, @Ctx() ctx: Context): Promise<boolean> {
    return voidRecord(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Enrolment, { description: 'Corrects an enrolment or its exit, with a reason; the withholding follows the exit.' })
  correctEnrolment(@Arg('input', () => CorrectEnrolmentInput) input: CorrectEnrolmentInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return correctEnrolment(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Repayment, { description: 'Corrects a repayment, with a reason.' })
  correctRepayment(@Arg('input', () => CorrectRepaymentInput) input: CorrectRepaymentInput, @Ctx() ctx: Context): Promise<Repayment> {
    return correctRepayment(ctx.em, ctx.caller, input);
  }
}
