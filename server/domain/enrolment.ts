/**
 * Rules of the reintegration path: enrolment, exit, follow-up and the repayments of the rent debt.
 * Each function works on facts already loaded (the project, the active lock, whether the person
 * has an open enrolment …), so that the mutations and the file imports apply the same rules.
 */
import { addDays, addMonths } from '../dates.js';
import { applyShare } from '../money.js';
import { conflict, invalid } from './errors.js';
import { type ActiveLock, notLocked, type ProjectPeriod, projectDay } from './period.js';
import { notInFuture, positiveCents } from './rules.js';

export interface EnrolmentFacts {
  id: string;
  selectedOn: string;
  exitedOn?: string | null;
}

/** The selection day: inside the project's period, not in the future, not locked. */
export function selectionDay(selectedOn: string, project: ProjectPeriod, lock: ActiveLock | null): void {
  projectDay('selectedOn', selectedOn, project, lock);
}

/** A participant is selected because of rent arrears: more than zero. */
export function arrearsAtEnrolment(cents: bigint): void {
  positiveCents('arrearsAtEnrolment', cents);
}

/** One open enrolment per person and project. */
export function noOpenEnrolment(personId: string, projectCode: string, hasOpenEnrolment: boolean): void {
  if (hasOpenEnrolment) throw conflict('personId', `Person ${personId} already has an open enrolment in ${projectCode}`);
}

/** The participant target is a target, not a cap: going over it is a notice, not a refusal. */
export function targetNotices(project: { code: string; participantTarget: number }, enrolled: number): string[] {
  return enrolled > project.participantTarget
    ? [`${project.code} now has ${enrolled} enrolments, over its participant target of ${project.participantTarget}.`]
    : [];
}

/** EMPLOYED needs the contract type; every other outcome refuses one. */
export function contractTypeFits(outcome: string | null | undefined, contractType: string | null | undefined): void {
  if (outcome === 'EMPLOYED' && !contractType) throw invalid('contractType', 'An EMPLOYED exit needs the contract type');
  if (outcome !== 'EMPLOYED' && contractType) {
    throw invalid('contractType', `A contract type goes only with an EMPLOYED exit, not ${outcome}`);
  }
}

/**
 * The situation upon leaving: a participant who leaves EMPLOYED is not also engaged in job
 * searching (the ESF counts the last of the two within four weeks of the exit, CR04 or CR01:
 * docs/indicators.md). In education or training goes with any outcome.
 */
export function exitSituationFits(outcome: string | null | undefined, jobSearchingOnExit: boolean | null | undefined): void {
  if (outcome === 'EMPLOYED' && jobSearchingOnExit === true) {
    throw invalid(
      'jobSearchingOnExit',
      'An EMPLOYED exit is not also job searching: record the situation four weeks after the exit, one or the other',
    );
  }
}

/**
 * One exit per enrolment, not before the selection, a day of the project, with a fitting contract
 * type and situation upon leaving.
 */
export function exitRules(
  enrolment: EnrolmentFacts,
  project: ProjectPeriod,
  lock: ActiveLock | null,
  exit: { exitedOn: string; outcome: string; contractType?: string | null; jobSearchingOnExit?: boolean | null },
): void {
  if (enrolment.exitedOn) throw conflict('enrolmentId', `Enrolment ${enrolment.id} already has an exit, on ${enrolment.exitedOn}`);
  if (exit.exitedOn < enrolment.selectedOn) {
    throw invalid('exitedOn', `exitedOn ${exit.exitedOn} is before the selection on ${enrolment.selectedOn}`);
  }
  projectDay('exitedOn', exit.exitedOn, project, lock);
  contractTypeFits(exit.outcome, exit.contractType);
  exitSituationFits(exit.outcome, exit.jobSearchingOnExit);
}

/**
 * What an exit withholds from the allowance against the debt: the project's share (1,000.00 of
 * 2,000.00) when the path ends UNSUCCESSFUL; nothing otherwise.
 */
export function withholdingOnExit(
  outcome: string | null | undefined,
  project: { allowanceCents: bigint; withholdingShareText: string },
): bigint | null {
  return outcome === 'UNSUCCESSFUL' ? applyShare(project.allowanceCents, project.withholdingShareText) : null;
}

/** The follow-up is observed six months after leaving, give or take four weeks (docs/indicators.md, CR06). */
export const FOLLOW_UP_MONTHS = 6;
export const FOLLOW_UP_TOLERANCE_DAYS = 28;

/**
 * The days a six-month follow-up may be observed on: six months after the exit (clamped to the
 * month's end, as PostgreSQL adds months), four weeks either side, both ends included. The SQL of
 * the ESF results applies the same window (follow_up_in_window, server/db/sql/esf_commission.sql).
 */
export function followUpWindow(exitedOn: string): { from: string; to: string } {
  const sixMonths = addMonths(exitedOn, FOLLOW_UP_MONTHS);
  return { from: addDays(sixMonths, -FOLLOW_UP_TOLERANCE_DAYS), to: addDays(sixMonths, FOLLOW_UP_TOLERANCE_DAYS) };
}

/**
 * The six-month follow-up: inside the window around six months after the exit, not in the future,
 * not locked, once per enrolment.
 */
export function followUpRules(enrolment: EnrolmentFacts, observedOn: string, lock: ActiveLock | null, hasFollowUp: boolean): void {
  if (!enrolment.exitedOn) throw invalid('enrolmentId', `Enrolment ${enrolment.id} has no exit yet: a follow-up comes after leaving`);
  const window = followUpWindow(enrolment.exitedOn);
  if (observedOn < window.from || observedOn > window.to) {
    throw invalid(
      'observedOn',
      `observedOn ${observedOn} is not six months after the exit on ${enrolment.exitedOn}: ` +
        `the six-month follow-up is observed from ${window.from} to ${window.to}`,
    );
  }
  notInFuture('observedOn', observedOn);
  notLocked('observedOn', observedOn, lock);
  if (hasFollowUp) throw conflict('enrolmentId', `Enrolment ${enrolment.id} has a follow-up already`);
}

/** A repayment's day: not before the enrolment, not in the future, not locked. */
export function repaymentDay(paidOn: string, enrolment: EnrolmentFacts, lock: ActiveLock | null): void {
  if (paidOn < enrolment.selectedOn) throw invalid('paidOn', `paidOn ${paidOn} is before the enrolment on ${enrolment.selectedOn}`);
  notInFuture('paidOn', paidOn);
  notLocked('paidOn', paidOn, lock);
}

/** A repayment of rent debt is more than zero. */
export function repaymentAmount(cents: bigint): void {
  positiveCents('amount', cents);
}
