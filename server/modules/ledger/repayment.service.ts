import type { EntityManager } from '@mikro-orm/postgresql';
import { writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { repaymentAmount, repaymentDay } from '../../domain/enrolment.js';
import { audit } from '../audit/audit.service.js';
import { getEnrolment } from '../enrolment/enrolment.service.js';
import { activeLock } from '../lock/lock.service.js';
import type { RepaymentInput } from './repayment.input.js';
import { Repayment } from './repayment.entity.js';

/** A repayment as the audit trail keeps it (the same shape when it is created, corrected or voided). */
export function repaymentRecord(r: Repayment): Record<string, unknown> {
  return { id: r.id, enrolmentId: r.enrolment.id, paidOn: r.paidOn, amountCents: r.amountCents };
}

/** A repayment of rent debt: more than zero, not before the enrolment, not in the future. */
export async function recordRepayment(em: EntityManager, caller: Caller, input: RepaymentInput): Promise<Repayment> {
  return writeTransaction(em, async (em: EntityManager) => {
    // Shared lock: the enrolment cannot be voided, nor its selection moved past this day, meanwhile.
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId', 'share');
    repaymentAmount(input.amount);
    repaymentDay(input.paidOn, enrolment, await activeLock(em));
    const repayment = em.create(Repayment, { enrolment, paidOn: input.paidOn, amountCents: input.amount, synthetic: false });
    await em.flush();
    audit(em, caller, {
      action: 'create',
      entity: 'repayment',
      entityId: repayment.id,
      after: repaymentRecord(repayment),
    });
    return repayment;
  });
}
