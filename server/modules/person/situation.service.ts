import type { EntityManager } from '@mikro-orm/postgresql';
import { writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { conflict, invalid } from '../../domain/errors.js';
import { dateInRange, reasonOf } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import type { Person } from './person.entity.js';
import { PersonSituation } from './person-situation.entity.js';
import type { DeclareSituationInput, SituationInput } from './person.input.js';
import { getPerson } from './person.service.js';

/** The attributes of a situation, as the enrolment's entry columns and the audit trail take them. */
export interface Situation {
  labourStatus: Person['labourStatus'];
  education: Person['education'] | null;
  joblessHousehold: boolean | null;
  joblessHouseholdWithChildren: boolean | null;
  singleAdultWithChildren: boolean | null;
  migrantOrMinority: boolean | null;
  disability: boolean | null;
  otherDisadvantaged: boolean | null;
  housingExclusion: boolean | null;
}

function situationOf(s: SituationInput | Person | PersonSituation): Situation {
  return {
    labourStatus: s.labourStatus,
    education: s.education ?? null,
    joblessHousehold: s.joblessHousehold ?? null,
    joblessHouseholdWithChildren: s.joblessHouseholdWithChildren ?? null,
    singleAdultWithChildren: s.singleAdultWithChildren ?? null,
    migrantOrMinority: s.migrantOrMinority ?? null,
    disability: s.disability ?? null,
    otherDisadvantaged: s.otherDisadvantaged ?? null,
    housingExclusion: s.housingExclusion ?? null,
  };
}

/**
 * The situation in effect for a person on a day: the latest declaration on or before it, else the
 * one given at registration. The enrolment's trigger (server/db/sql/person_situation.sql) applies
 * the same rule; the service uses this one to answer with the values the database keeps.
 */
export async function situationOn(em: EntityManager, person: Person, day: string): Promise<Situation> {
  const declared = await em.findOne(PersonSituation, { person, effectiveOn: { $lte: day } }, { orderBy: { effectiveOn: 'desc' } });
  return situationOf(declared ?? person);
}

/**
 * Records a person's situation from the day it takes effect (inside the caller's transaction):
 * one declaration a day (a second one for the same day is a CONFLICT on effectiveOn), not before
 * the person's birth year, with the reason in the audit trail.
 */
export async function addSituation(
  em: EntityManager,
  caller: Caller,
  person: Person,
  effectiveOn: string,
  situation: SituationInput,
  reason: string,
): Promise<PersonSituation> {
  dateInRange('effectiveOn', effectiveOn);
  if (Number(effectiveOn.slice(0, 4)) < person.birthYear) throw invalid('effectiveOn', 'effectiveOn is before the person was born');
  if ((await em.count(PersonSituation, { person, effectiveOn })) > 0) {
    throw conflict('effectiveOn', `A situation is declared for this person from ${effectiveOn} already: declare it from another day`);
  }
  const declared = em.create(PersonSituation, { person, effectiveOn, ...situationOf(situation) });
  await em.flush();
  audit(em, caller, {
    action: 'create',
    entity: 'person_situation',
    entityId: declared.id,
    after: { personId: person.id, effectiveOn, ...situationOf(declared) },
    reason,
  });
  return declared;
}

/**
 * Declares a person's situation again, from the day it takes effect: enrolments selected on or
 * after that day record it as the situation at entry (existing enrolments keep theirs).
 */
export async function declareSituation(em: EntityManager, caller: Caller, input: DeclareSituationInput): Promise<PersonSituation> {
  const reason = reasonOf(input.reason);
  dateInRange('effectiveOn', input.effectiveOn);
  return writeTransaction(em, async (em: EntityManager) => {
    const person = await getPerson(em, input.personId, 'personId');
    const { personId: _personId, effectiveOn, reason: _reason, ...situation } = input;
    return addSituation(em, caller, person, effectiveOn, situation, reason);
  });
}
