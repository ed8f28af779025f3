import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { invalid } from '../../domain/errors.js';
import { notInFuture, positiveCents } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { findEnrolment } from '../enrolment/enrolment.service.js';
import { assertUnlocked } from '../lock/lock.service.js';
import type { RepaymentInput } from './repayment.input.js';
import { Repayment } from './repayment.entity.js';

/** A repayment of rent debt: more than zero, not before the enrolment, not in the future. */
export async function recordRepayment(ctx: Context, input: RepaymentInput): Promise<Repayment> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const enrolment = await findEnrolment(em, input.enrolmentId, 'enrolmentId');
    positiveCents('amount', input.amount);
    if (input.paidOn < enrolment.selectedOn) {
      throw invalid('paidOn', `paidOn ${input.paidOn} is before the enrolment on ${enrolment.selectedOn}`);
    }
    notInFuture('paidOn', input.paidOn);
    await assertUnlocked(em, input.paidOn, 'paidOn');
    const repayment = em.create(Repayment, { enrolment, paidOn: input.paidOn, amountCents: input.amount, synthetic: false });
    await em.flush();
    audit(em, ctx, {
      action: 'create',
      entity: 'repayment',
      entityId: repayment.id,
      after: { id: repayment.id, enrolmentId: enrolment.id, paidOn: input.paidOn, amountCents: input.amount },
    });
    return repayment;
  });
}
