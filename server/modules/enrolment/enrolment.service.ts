import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { insidePeriod, isUuid, notInFuture, positiveCents } from '../../domain/rules.js';
import { applyShare } from '../../money.js';
import { audit } from '../audit/audit.service.js';
import { assertUnlocked } from '../lock/lock.service.js';
import { Withholding } from '../ledger/withholding.entity.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { ContractType, ExitOutcome } from './enrolment.enums.js';
import { Enrolment } from './enrolment.entity.js';
import type { EnrolInput, ExitInput, FollowUpInput } from './enrolment.input.js';
import { FollowUp } from './follow-up.entity.js';


export async function findPerson(em: EntityManager, id: string, field: string): Promise<Person> {
  const person = isUuid(id) ? await em.findOne(Person, { id }) : null;
  if (!person) throw notFound(field, `No person with id ${id}`);
  return person;
}

export async function findProject(em: EntityManager, code: string, field: string): Promise<Project> {
  const project = await em.findOne(Project, { code });
  if (!project) throw notFound(field, `No project with code ${code}`);
  return project;
}

export async function findEnrolment(em: EntityManager, id: string, field: string): Promise<Enrolment> {
  const enrolment = isUuid(id) ? await em.findOne(Enrolment, { id }, { populate: ['project'] }) : null;
  if (!enrolment) throw notFound(field, `No enrolment with id ${id}`);
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
  };
}

/**
 * Enrols a person in a project's reintegration path. One open enrolment per person and project;
 * the participant target is a target, not a cap: going over it is reported in `warnings`.
 */
export async function enrolPerson(ctx: Context, input: EnrolInput): Promise<Enrolment> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const person = await findPerson(em, input.personId, 'personId');
    const project = await findProject(em, input.projectCode, 'projectCode');
    insidePeriod('selectedOn', input.selectedOn, project);
    notInFuture('selectedOn', input.selectedOn);
    await assertUnlocked(em, input.selectedOn, 'selectedOn');
    positiveCents('arrearsAtEnrolment', input.arrearsAtEnrolment);
    const open = await em.count(Enrolment, { person, project, exitedOn: null });
    if (open > 0) throw conflict('personId', `Person ${person.id} already has an open enrolment in ${project.code}`);

    const enrolment = em.create(Enrolment, {
      person,
      project,
      selectedOn: input.selectedOn,
      arrearsCents: input.arrearsAtEnrolment,
      // The participant at entry (the database trigger copies the same values).
      sex: person.sex,
      birthYear: person.birthYear,
      entryLabourStatus: person.labourStatus,
      entryEducation: person.education ?? null,
      entryJoblessHousehold: person.joblessHousehold ?? null,
      entryJoblessHouseholdWithChildren: person.joblessHouseholdWithChildren ?? null,
      entrySingleAdultWithChildren: person.singleAdultWithChildren ?? null,
      entryMigrantOrMinority: person.migrantOrMinority ?? null,
      entryDisability: person.disability ?? null,
      entryOtherDisadvantaged: person.otherDisadvantaged ?? null,
      entryHousingExclusion: person.housingExclusion ?? null,
      synthetic: false,
    });
    await em.flush();
    const enrolled = await em.count(Enrolment, { project });
    if (enrolled > project.participantTarget) {
      enrolment.notices = [`${project.code} now has ${enrolled} enrolments, over its participant target of ${project.participantTarget}.`];
    }
    audit(em, ctx, { action: 'create', entity: 'enrolment', entityId: enrolment.id, after: enrolmentRecord(enrolment) });
    return enrolment;
  });
}

/**
 * Records how a participant left. EMPLOYED needs the contract type; UNSUCCESSFUL withholds the
 * project's share of the allowance (1,000.00 of 2,000.00) against the debt, dated on the exit;
 * WITHDRAWN withholds nothing. One exit per enrolment.
 */
export async function recordExit(ctx: Context, input: ExitInput): Promise<Enrolment> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const enrolment = await findEnrolment(em, input.enrolmentId, 'enrolmentId');
    const project = enrolment.project.unwrap();
    if (enrolment.exitedOn) throw conflict('enrolmentId', `Enrolment ${enrolment.id} already has an exit, on ${enrolment.exitedOn}`);
    if (input.exitedOn < enrolment.selectedOn) {
      throw invalid('exitedOn', `exitedOn ${input.exitedOn} is before the selection on ${enrolment.selectedOn}`);
    }
    insidePeriod('exitedOn', input.exitedOn, project);
    notInFuture('exitedOn', input.exitedOn);
    await assertUnlocked(em, input.exitedOn, 'exitedOn');
    if (input.outcome === ExitOutcome.EMPLOYED && !input.contractType) {
      throw invalid('contractType', 'An EMPLOYED exit needs the contract type');
    }
    if (input.outcome !== ExitOutcome.EMPLOYED && input.contractType) {
      throw invalid('contractType', `A contract type goes only with an EMPLOYED exit, not ${input.outcome}`);
    }
    const before = enrolmentRecord(enrolment);
    enrolment.exitedOn = input.exitedOn;
    enrolment.outcome = input.outcome;
    enrolment.contractType = (input.contractType as ContractType | undefined) ?? null;
    enrolment.qualificationOnExit = input.gainedQualification ?? null;
    if (input.outcome === ExitOutcome.UNSUCCESSFUL) {
      const withholding = em.create(Withholding, {
        enrolment,
        withheldOn: input.exitedOn,
        amountCents: applyShare(project.allowanceCents, project.withholdingShareText),
        synthetic: false,
      });
      await em.flush();
      audit(em, ctx, {
        action: 'create',
        entity: 'withholding',
        entityId: withholding.id,
        after: { id: withholding.id, enrolmentId: enrolment.id, withheldOn: withholding.withheldOn, amountCents: withholding.amountCents },
      });
    }
    await em.flush();
    audit(em, ctx, { action: 'update', entity: 'enrolment', entityId: enrolment.id, before, after: enrolmentRecord(enrolment) });
    return enrolment;
  });
}

/** The six-month follow-up of a participant who has left: once per enrolment. */
export async function recordFollowUp(ctx: Context, input: FollowUpInput): Promise<FollowUp> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const enrolment = await findEnrolment(em, input.enrolmentId, 'enrolmentId');
    if (!enrolment.exitedOn) throw invalid('enrolmentId', `Enrolment ${enrolment.id} has no exit yet: a follow-up comes after leaving`);
    if (input.observedOn < enrolment.exitedOn) {
      throw invalid('observedOn', `observedOn ${input.observedOn} is before the exit on ${enrolment.exitedOn}`);
    }
    notInFuture('observedOn', input.observedOn);
    await assertUnlocked(em, input.observedOn, 'observedOn');
    if ((await em.count(FollowUp, { enrolment })) > 0) throw conflict('enrolmentId', `Enrolment ${enrolment.id} has a follow-up already`);
    const followUp = em.create(FollowUp, {
      enrolment,
      observedOn: input.observedOn,
      employed: input.employed,
      improvedSituation: input.improvedSituation,
      synthetic: false,
    });
    await em.flush();
    audit(em, ctx, {
      action: 'create',
      entity: 'follow_up',
      entityId: followUp.id,
      after: { id: followUp.id, enrolmentId: enrolment.id, observedOn: input.observedOn, employed: input.employed, improvedSituation: input.improvedSituation },
    });
    return followUp;
  });
}
