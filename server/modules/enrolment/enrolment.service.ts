import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow, missingRecord, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { notFound } from '../../domain/errors.js';
import {
  arrearsAtEnrolment,
  exitRules,
  followUpRules,
  noOpenEnrolment,
  selectionDay,
  targetNotices,
  withholdingOnExit,
} from '../../domain/enrolment.js';
import { ageOn, oldEnoughAtSelection } from '../../domain/person.js';
import { isUuid } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { activeLock } from '../lock/lock.service.js';
import { Withholding } from '../ledger/withholding.entity.js';
import { addSituation, situationOn } from '../person/situation.service.js';
import { getPerson } from '../person/person.service.js';
import { findProject } from '../project/project.service.js';
import { Enrolment } from './enrolment.entity.js';
import type { EnrolInput, ExitInput, FollowUpInput } from './enrolment.input.js';
import { FollowUp } from './follow-up.entity.js';

/**
 * The enrolment with this id (its project loaded), or a NOT_FOUND naming the field (a CONFLICT
 * when it was voided). With `lock`, its row is locked first and read as it is now: `update` by a
 * write that changes the enrolment (a concurrent one waits, then sees this one's result), `share`
 * by a write that adds a record to it (it cannot be voided or corrected meanwhile).
 */
export async function getEnrolment(em: EntityManager, id: string, field: string, lock?: 'update' | 'share'): Promise<Enrolment> {
  if (!isUuid(id)) throw notFound(field, `No enrolment with id ${id}`);
  if (lock && !(await lockRow(em, 'enrolment', id, lock))) throw await missingRecord(em, 'enrolment', id, field, 'enrolment');
  const enrolment = await em.findOne(Enrolment, { id }, { populate: ['project'], refresh: lock !== undefined });
  if (!enrolment) throw await missingRecord(em, 'enrolment', id, field, 'enrolment');
  return enrolment;
}

export function enrolmentRecord(e: Enrolment): Record<string, unknown> {
  return {
    id: e.id,
    personId: e.person.id,
    projectCode: e.project.unwrap().code,
    selectedOn: e.selectedOn,
    arrearsCents: e.arrearsCents,
    exitedOn: e.exitedOn ?? null,
    outcome: e.outcome ?? null,
    contractType: e.contractType ?? null,
    qualificationOnExit: e.qualificationOnExit ?? null,
    jobSearchingOnExit: e.jobSearchingOnExit ?? null,
    inEducationOrTrainingOnExit: e.inEducationOrTrainingOnExit ?? null,
  };
}

/** A withholding as the audit trail keeps it (the same shape when it is created, moved or voided). */
export function withholdingRecord(w: Withholding): Record<string, unknown> {
  return { id: w.id, enrolmentId: w.enrolment.id, withheldOn: w.withheldOn, amountCents: w.amountCents };
}

/** A follow-up as the audit trail keeps it. */
export function followUpRecord(f: FollowUp): Record<string, unknown> {
  return { id: f.id, enrolmentId: f.enrolment.id, observedOn: f.observedOn, employed: f.employed, improvedSituation: f.improvedSituation };
}

/** The withholding an exit writes, with its audit entry (`reason` when it comes from a correction). */
export async function writeWithholding(
  em: EntityManager,
  caller: Caller,
  enrolment: Enrolment,
  withheldOn: string,
  amountCents: bigint,
  reason?: string,
): Promise<Withholding> {
  const withholding = em.create(Withholding, { enrolment, withheldOn, amountCents, synthetic: false });
  await em.flush();
  audit(em, caller, {
    action: 'create',
    entity: 'withholding',
    entityId: withholding.id,
    after: withholdingRecord(withholding),
    reason: reason ?? null,
  });
  return withholding;
}

/**
 * Enrols a person in a project's reintegration path. One open enrolment per person and project;
 * the participant target is a target, not a cap: going over it is reported in `warnings`.
 */
export async function enrolPerson(em: EntityManager, caller: Caller, input: EnrolInput): Promise<Enrolment> {
  // Two enrolments of one person in one project at once: the partial unique index
  // enrolment_one_open_per_project lets one in; the other is a CONFLICT on personId.
  return writeTransaction(em, async (em: EntityManager) => {
    const person = await getPerson(em, input.personId, 'personId');
    const project = await findProject(em, input.projectCode, 'projectCode');
    selectionDay(input.selectedOn, project, await activeLock(em));
    oldEnoughAtSelection(person.birthYear, input.selectedOn, 'personId');
    arrearsAtEnrolment(input.arrearsAtEnrolment);
    noOpenEnrolment(person.id, project.code, (await em.count(Enrolment, { person, project, exitedOn: null })) > 0);
    if (input.situationAtEntry) {
      await addSituation(em, caller, person, input.selectedOn, input.situationAtEntry, `situation at entry, enrolment in ${project.code}`);
    }
    // The participant at entry: the situation in effect on the day of selection (the database
    // trigger copies the same values).
    const entry = await situationOn(em, person, input.selectedOn);

    const enrolment = em.create(Enrolment, {
      person,
      project,
      selectedOn: input.selectedOn,
      arrearsCents: input.arrearsAtEnrolment,
      sex: person.sex,
      birthYear: person.birthYear,
      entryAge: ageOn(person.birthDate, person.birthYear, input.selectedOn),
      entryLabourStatus: entry.labourStatus,
      entryEducation: entry.education,
      entryJoblessHousehold: entry.joblessHousehold,
      entryJoblessHouseholdWithChildren: entry.joblessHouseholdWithChildren,
      entrySingleAdultWithChildren: entry.singleAdultWithChildren,
      entryMigrantOrMinority: entry.migrantOrMinority,
      entryDisability: entry.disability,
      entryOtherDisadvantaged: entry.otherDisadvantaged,
      entryHousingExclusion: entry.housingExclusion,
      entryDegreeOfUrbanisation: project.degreeOfUrbanisation ?? null,
      synthetic: false,
    });
    await em.flush();
    const notices = targetNotices(project, await em.count(Enrolment, { project }));
    if (notices.length > 0) enrolment.notices = notices;
    audit(em, caller, { action: 'create', entity: 'enrolment', entityId: enrolment.id, after: enrolmentRecord(enrolment) });
    return enrolment;
  });
}

/**
 * Records how a participant left. EMPLOYED needs the contract type; UNSUCCESSFUL withholds the
 * project's share of the allowance (1,000.00 of 2,000.00) against the debt, dated on the exit;
 * WITHDRAWN withholds nothing. One exit per enrolment.
 */
export async function recordExit(em: EntityManager, caller: Caller, input: ExitInput): Promise<Enrolment> {
  return writeTransaction(em, async (em: EntityManager) => {
    // Locked: of two exits at once, the second sees the first and is refused (already exited).
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId', 'update');
    const project = enrolment.project.unwrap();
    exitRules(enrolment, project, await activeLock(em), input);
    const before = enrolmentRecord(enrolment);
    enrolment.exitedOn = input.exitedOn;
    enrolment.outcome = input.outcome;
    enrolment.contractType = input.contractType ?? null;
    enrolment.qualificationOnExit = input.gainedQualification ?? null;
    enrolment.jobSearchingOnExit = input.jobSearchingOnExit ?? null;
    enrolment.inEducationOrTrainingOnExit = input.inEducationOrTrainingOnExit ?? null;
    const withheld = withholdingOnExit(input.outcome, project);
    if (withheld !== null) await writeWithholding(em, caller, enrolment, input.exitedOn, withheld);
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'enrolment', entityId: enrolment.id, before, after: enrolmentRecord(enrolment) });
    return enrolment;
  });
}

/**
 * The six-month follow-up of a participant who has left: once per enrolment, observed six months
 * after the exit give or take four weeks (a day outside that window is refused on observedOn).
 */
export async function recordFollowUp(em: EntityManager, caller: Caller, input: FollowUpInput): Promise<FollowUp> {
  return writeTransaction(em, async (em: EntityManager) => {
    // Locked: the exit it follows cannot be removed meanwhile, and a second follow-up sees the first.
    const enrolment = await getEnrolment(em, input.enrolmentId, 'enrolmentId', 'update');
    followUpRules(enrolment, input.observedOn, await activeLock(em), (await em.count(FollowUp, { enrolment })) > 0);
    const followUp = em.create(FollowUp, {
      enrolment,
      observedOn: input.observedOn,
      employed: input.employed,
      improvedSituation: input.improvedSituation,
      synthetic: false,
    });
    await em.flush();
    audit(em, caller, {
      action: 'create',
      entity: 'follow_up',
      entityId: followUp.id,
      after: followUpRecord(followUp),
    });
    return followUp;
  });
}
