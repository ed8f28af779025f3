import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../domain/caller.js';
import { repaymentAmount, repaymentDay } from '../../domain/enrolment.js';
import { audit } from '../audit/audit.service.js';
import { getEnrolment } from '../enrolment/enrolment.service.js';
import { activeLock } from '../lock/lock.service.js';
import type { RepaymentInput } from './repayment.input.js';
import { Repayment } from './repayment.entity.js';

/** A repayment of rent debt: more than zero, not before the enrolment, not in the future. */
export async function recordRepayment(em: EntityManager, caller: Caller, input: RepaymentInput): Promise<Repayment> {
  return em.transactional(async (em: EntityManager) => {
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId');
    repaymentAmount(input.amount);
    repaymentDay(input.paidOn, enrolment, await activeLock(em));
    const repayment = em.create(Repayment, { enrolment, paidOn: input.paidOn, amountCents: input.amount, synthetic: false });
    await em.flush();
    audit(em, caller, {
      action: 'create',
      entity: 'repayment',
      entityId: repayment.id,
      after: { id: repayment.id, enrolmentId: enrolment.id, paidOn: input.paidOn, amountCents: input.amount },
    });
    return repayment;
  });
}
