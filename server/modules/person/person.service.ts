import type { EntityManager } from '@mikro-orm/postgresql';
import { advisoryLock, personRegistrationLock, writeTransaction } from '../../db/conflicts.js';
import type { Caller } from '../../domain/caller.js';
import { notFound } from '../../domain/errors.js';
import { pseudonymise } from '../../domain/fiscal-code.js';
import { birthYearRule, checkedFiscalCode, sameAsRegistered } from '../../domain/person.js';
import { isUuid } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { Person } from './person.entity.js';
import type { RegisterPersonInput } from './person.input.js';

/**
 * What the audit trail keeps of a person: the attributes given, never the fiscal code, its hash or
 * the birth date read from it.
 */
const AUDITED_FIELDS = [
  'id',
  'sex',
  'birthYear',
  'education',
  'labourStatus',
  'joblessHousehold',
  'joblessHouseholdWithChildren',
  'singleAdultWithChildren',
  'migrantOrMinority',
  'disability',
  'otherDisadvantaged',
  'housingExclusion',
] as const;

/** A person's attributes for the audit trail: never the fiscal code or its hash. */
export function personRecord(
  person: Pick<Person, 'id' | 'sex' | 'birthYear' | 'education' | 'labourStatus'> & Partial<Person>,
): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, person[field]]));
}

/** The person with this id, or a NOT_FOUND naming the field. */
export async function getPerson(em: EntityManager, id: string, field: string): Promise<Person> {
  const person = isUuid(id) ? await em.findOne(Person, { id }) : null;
  if (!person) throw notFound(field, `No person with id ${id}`);
  return person;
}

/**
 * Registers a person, or finds them: the same fiscal code registered twice is the same person,
 * and the existing record is returned unchanged (a CONFLICT when the sex or birth year given
 * disagree with it). A new person's birth date is the code's day and month in the birth year
 * given (for the exact age at entry); the code itself is kept only as its HMAC. The answer is the
 * same for a person found and a person created, whoever registered them first: an id (a random
 * UUID) and the sex and birth year the caller gave. Only an admin's CONFLICT names the person who
 * holds the code (see `sameAsRegistered`).
 */
export async function registerPerson(em: EntityManager, caller: Caller, input: RegisterPersonInput, pseudonymKey: Buffer): Promise<Person> {
  birthYearRule(input.birthYear);
  const { code, birthDate } = checkedFiscalCode(input.fiscalCode, input.sex, input.birthYear);
  const hash = pseudonymise(code, pseudonymKey);

  return writeTransaction(em, async (em: EntityManager) => {
    // One registration of a fiscal code at a time: a second one at the same moment waits, then
    // finds the first one's person, exactly as it would a moment later.
    await advisoryLock(em, personRegistrationLock(hash));
    const existing = await em.findOne(Person, { fiscalCodeHash: hash }, { refresh: true });
    if (existing) {
      sameAsRegistered(existing, input.sex, input.birthYear, caller.role === 'ADMIN');
      return existing;
    }
    const person = em.create(Person, {
      fiscalCodeHash: hash,
      sex: input.sex,
      birthYear: input.birthYear,
      birthDate,
      education: input.education ?? null,
      labourStatus: input.labourStatus,
      joblessHousehold: input.joblessHousehold ?? null,
      joblessHouseholdWithChildren: input.joblessHouseholdWithChildren ?? null,
      singleAdultWithChildren: input.singleAdultWithChildren ?? null,
      migrantOrMinority: input.migrantOrMinority ?? null,
      disability: input.disability ?? null,
      otherDisadvantaged: input.otherDisadvantaged ?? null,
      housingExclusion: input.housingExclusion ?? null,
      synthetic: false,
    });
    await em.flush();
    audit(em, caller, { action: 'create', entity: 'person', entityId: person.id, after: personRecord(person) });
    return person;
  });
}
