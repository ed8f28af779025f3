/**
 * Corrections, not silent overwrites. The live tables hold the corrected truth, so every figure
 * follows it at once; the append-only audit trail keeps each earlier value with who, when and why.
 * A voided record leaves the live tables (with what hangs on it) and stays, whole, in the trail.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../domain/caller.js';
import {
  arrearsAtEnrolment,
  contractTypeFits,
  repaymentAmount,
  repaymentDay,
  selectionDay,
  withholdingOnExit,
} from '../../domain/enrolment.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { notLocked, projectDay } from '../../domain/period.js';
import { oldEnoughAtSelection } from '../../domain/person.js';
import { isUuid, reasonOf } from '../../domain/rules.js';
import { Activity } from '../activity/activity.entity.js';
import { Attendance } from '../activity/attendance.entity.js';
import { ArrearsCase } from '../arrears-case/arrears-case.entity.js';
import { audit } from '../audit/audit.service.js';
import { ExitOutcome } from '../enrolment/enrolment.enums.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { enrolmentRecord, getEnrolment, writeWithholding } from '../enrolment/enrolment.service.js';
import { FollowUp } from '../enrolment/follow-up.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import { Withholding } from '../ledger/withholding.entity.js';
import { activeLock } from '../lock/lock.service.js';
import { VoidableRecord, type CorrectEnrolmentInput, type CorrectRepaymentInput, type VoidInput } from './correction.input.js';

const plain = (entity: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (value && typeof value === 'object' && 'id' in value && !(value instanceof Date)) out[`${key}Id`] = (value as { id: unknown }).id;
    else if (!key.startsWith('_') && typeof value !== 'function') out[key] = value;
  }
  return out;
};

/** Voids a record entered by mistake, and what hangs on it (an enrolment's ledger and follow-up, an activity's attendances). */
export async function voidRecord(em: EntityManager, caller: Caller, input: VoidInput): Promise<boolean> {
  const reason = reasonOf(input.reason);
  if (!isUuid(input.id)) throw notFound('id', `No ${input.record.toLowerCase()} with id ${input.id}`);
  return em.transactional(async (em: EntityManager) => {
    const lock = await activeLock(em);
    const gone = (entity: string, record: object, id: string) =>
      audit(em, caller, { action: 'void', entity, entityId: id, before: plain(record), reason });
    const missing = () => notFound('id', `No ${input.record.toLowerCase()} with id ${input.id}`);
    switch (input.record) {
      case VoidableRecord.ENROLMENT: {
        const enrolment = await em.findOne(Enrolment, { id: input.id }, { populate: ['project'] });
        if (!enrolment) throw missing();
        notLocked('id', enrolment.selectedOn, lock);
        for (const repayment of await em.find(Repayment, { enrolment })) {
          gone('repayment', repayment, repayment.id);
          em.remove(repayment);
        }
        for (const withholding of await em.find(Withholding, { enrolment })) {
          gone('withholding', withholding, withholding.id);
          em.remove(withholding);
        }
        for (const followUp of await em.find(FollowUp, { enrolment })) {
          gone('follow_up', followUp, followUp.id);
          em.remove(followUp);
        }
        await em.flush();
        audit(em, caller, { action: 'void', entity: 'enrolment', entityId: enrolment.id, before: enrolmentRecord(enrolment), reason });
        em.remove(enrolment);
        break;
      }
      case VoidableRecord.REPAYMENT: {
        const repayment = await em.findOne(Repayment, { id: input.id });
        if (!repayment) throw missing();
        notLocked('id', repayment.paidOn, lock);
        gone('repayment', repayment, repayment.id);
        em.remove(repayment);
        break;
      }
      case VoidableRecord.FOLLOW_UP: {
        const followUp = await em.findOne(FollowUp, { id: input.id });
        if (!followUp) throw missing();
        notLocked('id', followUp.observedOn, lock);
        gone('follow_up', followUp, followUp.id);
        em.remove(followUp);
        break;
      }
      case VoidableRecord.ACTIVITY: {
        const activity = await em.findOne(Activity, { id: input.id });
        if (!activity) throw missing();
        notLocked('id', activity.heldOn, lock);
        for (const attendance of await em.find(Attendance, { activity })) {
          gone('attendance', attendance, attendance.id);
          em.remove(attendance);
        }
        await em.flush();
        gone('activity', activity, activity.id);
        em.remove(activity);
        break;
      }
      case VoidableRecord.ATTENDANCE: {
        const attendance = await em.findOne(Attendance, { id: input.id }, { populate: ['activity'] });
        if (!attendance) throw missing();
        notLocked('id', attendance.activity.unwrap().heldOn, lock);
        gone('attendance', attendance, attendance.id);
        em.remove(attendance);
        break;
      }
      case VoidableRecord.ARREARS_CASE: {
        const file = await em.findOne(ArrearsCase, { id: input.id });
        if (!file) throw missing();
        gone('arrears_case', file, file.id);
        em.remove(file);
        break;
      }
    }
    await em.flush();
    return true;
  });
}

/**
 * Corrects an enrolment. The exit's withholding follows the corrected exit: written when the
 * outcome becomes UNSUCCESSFUL, removed when it stops being so, re-dated with the exit.
 */
export async function correctEnrolment(em: EntityManager, caller: Caller, input: CorrectEnrolmentInput): Promise<Enrolment> {
  const reason = reasonOf(input.reason);
  return em.transactional(async (em: EntityManager) => {
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId');
    const project = enrolment.project.unwrap();
    const lock = await activeLock(em);
    const before = enrolmentRecord(enrolment);
    notLocked('selectedOn', enrolment.selectedOn, lock);
    if (enrolment.exitedOn) notLocked('exitedOn', enrolment.exitedOn, lock);

    if (input.selectedOn != null) {
      selectionDay(input.selectedOn, project, lock);
      oldEnoughAtSelection(enrolment.birthYear, input.selectedOn, 'selectedOn');
      enrolment.selectedOn = input.selectedOn;
    }
    if (input.arrearsAtEnrolment != null) {
      arrearsAtEnrolment(input.arrearsAtEnrolment);
      enrolment.arrearsCents = input.arrearsAtEnrolment;
    }
    if (input.removeExit) {
      if (!enrolment.exitedOn) throw invalid('removeExit', 'This enrolment has no exit to remove');
      if (input.exitedOn != null || input.outcome != null) throw invalid('removeExit', 'Remove the exit, or correct it: not both');
      if ((await em.count(FollowUp, { enrolment })) > 0) throw conflict('removeExit', 'Void the follow-up of this exit first');
      enrolment.exitedOn = null;
      enrolment.outcome = null;
      enrolment.contractType = null;
      enrolment.qualificationOnExit = null;
    } else if (input.exitedOn != null || input.outcome != null || input.contractType != null || input.gainedQualification != null) {
      if (!enrolment.exitedOn && (input.exitedOn == null || input.outcome == null)) {
        throw invalid('exitedOn', 'This enrolment has no exit: record one with recordExit');
      }
      if (input.exitedOn != null) {
        projectDay('exitedOn', input.exitedOn, project, lock);
        enrolment.exitedOn = input.exitedOn;
      }
      if (input.outcome != null) {
        enrolment.outcome = input.outcome;
        if (input.outcome !== ExitOutcome.EMPLOYED) enrolment.contractType = null;
      }
      if (input.contractType != null) enrolment.contractType = input.contractType;
      if (input.gainedQualification != null) enrolment.qualificationOnExit = input.gainedQualification;
      contractTypeFits(enrolment.outcome, enrolment.contractType);
    }
    if (enrolment.exitedOn && enrolment.exitedOn < enrolment.selectedOn) {
      throw invalid('exitedOn', `The exit (${enrolment.exitedOn}) would come before the selection (${enrolment.selectedOn})`);
    }
    const firstRepayment = await em.findOne(Repayment, { enrolment }, { orderBy: { paidOn: 'asc' } });
    if (firstRepayment && firstRepayment.paidOn < enrolment.selectedOn) {
      throw invalid('selectedOn', `A repayment on ${firstRepayment.paidOn} would come before the selection`);
    }

    // The withholding follows the exit.
    const withholding = await em.findOne(Withholding, { enrolment });
    const amount = enrolment.exitedOn ? withholdingOnExit(enrolment.outcome, project) : null;
    const wanted = amount !== null ? enrolment.exitedOn! : null;
    if (withholding && !wanted) {
      audit(em, caller, { action: 'void', entity: 'withholding', entityId: withholding.id, before: plain(withholding), reason });
      em.remove(withholding);
    } else if (withholding && wanted && withholding.withheldOn !== wanted) {
      const old = plain(withholding);
      withholding.withheldOn = wanted;
      audit(em, caller, {
        action: 'update',
        entity: 'withholding',
        entityId: withholding.id,
        before: old,
        after: plain(withholding),
        reason,
      });
    } else if (!withholding && wanted) {
      await writeWithholding(em, caller, enrolment, wanted, amount!, reason);
    }
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'enrolment', entityId: enrolment.id, before, after: enrolmentRecord(enrolment), reason });
    return enrolment;
  });
}

export async function correctRepayment(em: EntityManager, caller: Caller, input: CorrectRepaymentInput): Promise<Repayment> {
  const reason = reasonOf(input.reason);
  return em.transactional(async (em: EntityManager) => {
    const lock = await activeLock(em);
    const repayment = isUuid(input.repaymentId)
      ? await em.findOne(Repayment, { id: input.repaymentId }, { populate: ['enrolment'] })
      : null;
    if (!repayment) throw notFound('repaymentId', `No repayment with id ${input.repaymentId}`);
    notLocked('repaymentId', repayment.paidOn, lock);
    const before = plain(repayment);
    if (input.paidOn != null) {
      repaymentDay(input.paidOn, repayment.enrolment.unwrap(), lock);
      repayment.paidOn = input.paidOn;
    }
    if (input.amount != null) {
      repaymentAmount(input.amount);
      repayment.amountCents = input.amount;
    }
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'repayment', entityId: repayment.id, before, after: plain(repayment), reason });
    return repayment;
  });
}
