/**
 * Corrections, not silent overwrites. The live tables hold the corrected truth, so every figure
 * follows it at once; the append-only audit trail keeps each earlier value with who, when and why.
 * A voided record leaves the live tables (with what hangs on it) and stays, whole, in the trail.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type LockedTable, lockRow, missingRecord, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import {
  arrearsAtEnrolment,
  contractTypeFits,
  exitSituationFits,
  repaymentAmount,
  repaymentDay,
  selectionDay,
  withholdingOnExit,
} from '../../domain/enrolment.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { notLocked, projectDay } from '../../domain/period.js';
import { ageOn, oldEnoughAtSelection } from '../../domain/person.js';
import { isUuid, reasonOf } from '../../domain/rules.js';
import { Activity } from '../activity/activity.entity.js';
import { activityRecord, attendanceRecord } from '../activity/activity.service.js';
import { Attendance } from '../activity/attendance.entity.js';
import { ArrearsCase } from '../arrears-case/arrears-case.entity.js';
import { arrearsCaseRecord } from '../arrears-case/arrears-case.service.js';
import { audit } from '../audit/audit.service.js';
import { ExitOutcome } from '../enrolment/enrolment.enums.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { enrolmentRecord, followUpRecord, getEnrolment, withholdingRecord, writeWithholding } from '../enrolment/enrolment.service.js';
import { FollowUp } from '../enrolment/follow-up.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import { repaymentRecord } from '../ledger/repayment.service.js';
import { Withholding } from '../ledger/withholding.entity.js';
import { activeLock } from '../lock/lock.service.js';
import { VoidableRecord, type CorrectEnrolmentInput, type CorrectRepaymentInput, type VoidInput } from './correction.input.js';

/** Locks the row of a record that is about to be voided; a CONFLICT when another request voided it first. */
async function lockForVoid(em: EntityManager, table: LockedTable, entity: string, id: string, label: string): Promise<void> {
  if (!(await lockRow(em, table, id, 'update'))) throw await missingRecord(em, entity, id, 'id', label);
}

/** Rows of what hangs on a record, locked (a concurrent void of one of them finishes first, and it is skipped). */
const LOCKED = { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } as const;

/**
 * Voids a record entered by mistake, and what hangs on it (an enrolment's ledger and follow-up, an
 * activity's attendances). The record's row is locked first: of two voids at once, the second
 * waits and then finds it voided (a CONFLICT on id).
 */
export async function voidRecord(em: EntityManager, caller: Caller, input: VoidInput): Promise<boolean> {
  const reason = reasonOf(input.reason);
  const label = input.record.toLowerCase().replace('_', ' ');
  if (!isUuid(input.id)) throw notFound('id', `No ${label} with id ${input.id}`);
  return writeTransaction(em, async (em: EntityManager) => {
    const lock = await activeLock(em);
    const gone = (entity: string, id: string, before: Record<string, unknown>) =>
      audit(em, caller, { action: 'void', entity, entityId: id, before, reason });
    const missing = (entity: string) => missingRecord(em, entity, input.id, 'id', label);
    switch (input.record) {
      case VoidableRecord.ENROLMENT: {
        await lockForVoid(em, 'enrolment', 'enrolment', input.id, label);
        const enrolment = await em.findOne(Enrolment, { id: input.id }, { populate: ['project'], refresh: true });
        if (!enrolment) throw await missing('enrolment');
        notLocked('id', enrolment.selectedOn, lock);
        for (const repayment of await em.find(Repayment, { enrolment }, LOCKED)) {
          gone('repayment', repayment.id, repaymentRecord(repayment));
          em.remove(repayment);
        }
        for (const withholding of await em.find(Withholding, { enrolment }, LOCKED)) {
          gone('withholding', withholding.id, withholdingRecord(withholding));
          em.remove(withholding);
        }
        for (const followUp of await em.find(FollowUp, { enrolment }, LOCKED)) {
          gone('follow_up', followUp.id, followUpRecord(followUp));
          em.remove(followUp);
        }
        await em.flush();
        gone('enrolment', enrolment.id, enrolmentRecord(enrolment));
        em.remove(enrolment);
        break;
      }
      case VoidableRecord.REPAYMENT: {
        await lockForVoid(em, 'repayment', 'repayment', input.id, label);
        const repayment = await em.findOne(Repayment, { id: input.id }, { refresh: true });
        if (!repayment) throw await missing('repayment');
        notLocked('id', repayment.paidOn, lock);
        gone('repayment', repayment.id, repaymentRecord(repayment));
        em.remove(repayment);
        break;
      }
      case VoidableRecord.FOLLOW_UP: {
        await lockForVoid(em, 'follow_up', 'follow_up', input.id, label);
        const followUp = await em.findOne(FollowUp, { id: input.id }, { refresh: true });
        if (!followUp) throw await missing('follow_up');
        notLocked('id', followUp.observedOn, lock);
        gone('follow_up', followUp.id, followUpRecord(followUp));
        em.remove(followUp);
        break;
      }
      case VoidableRecord.ACTIVITY: {
        await lockForVoid(em, 'activity', 'activity', input.id, label);
        const activity = await em.findOne(Activity, { id: input.id }, { refresh: true });
        if (!activity) throw await missing('activity');
        notLocked('id', activity.heldOn, lock);
        for (const attendance of await em.find(Attendance, { activity }, LOCKED)) {
          gone('attendance', attendance.id, attendanceRecord(attendance));
          em.remove(attendance);
        }
        await em.flush();
        gone('activity', activity.id, activityRecord(activity));
        em.remove(activity);
        break;
      }
      case VoidableRecord.ATTENDANCE: {
        await lockForVoid(em, 'attendance', 'attendance', input.id, label);
        const attendance = await em.findOne(Attendance, { id: input.id }, { populate: ['activity'], refresh: true });
        if (!attendance) throw await missing('attendance');
        notLocked('id', attendance.activity.unwrap().heldOn, lock);
        gone('attendance', attendance.id, attendanceRecord(attendance));
        em.remove(attendance);
        break;
      }
      case VoidableRecord.ARREARS_CASE: {
        await lockForVoid(em, 'arrears_case', 'arrears_case', input.id, label);
        const file = await em.findOne(ArrearsCase, { id: input.id }, { populate: ['project'], refresh: true });
        if (!file) throw await missing('arrears_case');
        gone('arrears_case', file.id, arrearsCaseRecord(file));
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
  return writeTransaction(em, async (em: EntityManager) => {
    // Locked: of two corrections at once, the second starts from the first one's result, and the
    // trail's "before" is the previous entry's "after".
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId', 'update');
    const project = enrolment.project.unwrap();
    const lock = await activeLock(em);
    const before = enrolmentRecord(enrolment);
    notLocked('selectedOn', enrolment.selectedOn, lock);
    if (enrolment.exitedOn) notLocked('exitedOn', enrolment.exitedOn, lock);

    if (input.selectedOn != null) {
      selectionDay(input.selectedOn, project, lock);
      oldEnoughAtSelection(enrolment.birthYear, input.selectedOn, 'selectedOn');
      enrolment.selectedOn = input.selectedOn;
      // The age at entry follows the day of selection (the database trigger computes the same).
      enrolment.entryAge = ageOn((await enrolment.person.load())?.birthDate, enrolment.birthYear, input.selectedOn);
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
      enrolment.jobSearchingOnExit = null;
      enrolment.inEducationOrTrainingOnExit = null;
    } else if (
      input.exitedOn != null ||
      input.outcome != null ||
      input.contractType != null ||
      input.gainedQualification != null ||
      input.jobSearchingOnExit != null ||
      input.inEducationOrTrainingOnExit != null
    ) {
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
      if (input.jobSearchingOnExit != null) enrolment.jobSearchingOnExit = input.jobSearchingOnExit;
      if (input.inEducationOrTrainingOnExit != null) enrolment.inEducationOrTrainingOnExit = input.inEducationOrTrainingOnExit;
      contractTypeFits(enrolment.outcome, enrolment.contractType);
      exitSituationFits(enrolment.outcome, enrolment.jobSearchingOnExit);
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
      audit(em, caller, {
        action: 'void',
        entity: 'withholding',
        entityId: withholding.id,
        before: withholdingRecord(withholding),
        reason,
      });
      em.remove(withholding);
    } else if (withholding && wanted && withholding.withheldOn !== wanted) {
      const old = withholdingRecord(withholding);
      withholding.withheldOn = wanted;
      audit(em, caller, {
        action: 'update',
        entity: 'withholding',
        entityId: withholding.id,
        before: old,
        after: withholdingRecord(withholding),
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
  if (!isUuid(input.repaymentId)) throw notFound('repaymentId', `No repayment with id ${input.repaymentId}`);
  return writeTransaction(em, async (em: EntityManager) => {
    const lock = await activeLock(em);
    const missing = () => missingRecord(em, 'repayment', input.repaymentId, 'repaymentId', 'repayment');
    // The enrolment first (its selection cannot move past the new day meanwhile), then the
    // repayment: of two corrections at once, the second starts from the first one's result.
    const [owner] = await em.execute<{ enrolmentId: string }[]>('select enrolment_id as "enrolmentId" from repayment where id = ?', [
      input.repaymentId,
    ]);
    if (!owner) throw await missing();
    await lockRow(em, 'enrolment', owner.enrolmentId, 'share');
    const there = await lockRow(em, 'repayment', input.repaymentId, 'update');
    const repayment = there ? await em.findOne(Repayment, { id: input.repaymentId }, { populate: ['enrolment'], refresh: true }) : null;
    if (!repayment) throw await missing();
    notLocked('repaymentId', repayment.paidOn, lock);
    const before = repaymentRecord(repayment);
    if (input.paidOn != null) {
      repaymentDay(input.paidOn, repayment.enrolment.unwrap(), lock);
      repayment.paidOn = input.paidOn;
    }
    if (input.amount != null) {
      repaymentAmount(input.amount);
      repayment.amountCents = input.amount;
    }
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'repayment', entityId: repayment.id, before, after: repaymentRecord(repayment), reason });
    return repayment;
  });
}
