import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, invalid } from '../../domain/errors.js';
import { audit } from '../audit/audit.service.js';
import { checkFiscalCode, pseudonymise } from './fiscal-code.js';
import { Person } from './person.entity.js';
import type { RegisterPersonInput } from './person.input.js';

/** A person's attributes for the audit trail: never the fiscal code or its hash. */
export function personRecord(person: Person): Record<string, unknown> {
  const { id, sex, birthYear, education, labourStatus, joblessHousehold, joblessHouseholdWithChildren, singleAdultWithChildren,
    migrantOrMinority, disability, otherDisadvantaged, housingExclusion } = person;
  return { id, sex, birthYear, education, labourStatus, joblessHousehold, joblessHouseholdWithChildren, singleAdultWithChildren,
    migrantOrMinority, disability, otherDisadvantaged, housingExclusion };
}

/**
 * Registers a person, or finds them: the same fiscal code registered twice is the same person,
 * and the existing record is returned unchanged (a CONFLICT when the sex or birth year given
 * disagree with it).
 */
export async function registerPerson(ctx: Context, input: RegisterPersonInput): Promise<Person> {
  const thisYear = new Date().getFullYear();
  if (!Number.isInteger(input.birthYear) || input.birthYear < 1900 || input.birthYear > thisYear) {
    throw invalid('birthYear', `birthYear must be between 1900 and ${thisYear}`);
  }
  const check = checkFiscalCode(input.fiscalCode, input.sex, input.birthYear);
  if (!check.ok) throw invalid('fiscalCode', `Invalid fiscal code: ${check.message}`);
  const hash = pseudonymise(check.code, ctx.pseudonymKey);

  return ctx.em.transactional(async (em: EntityManager) => {
    const existing = await em.findOne(Person, { fiscalCodeHash: hash });
    if (existing) {
      if (existing.sex !== input.sex || existing.birthYear !== input.birthYear) {
        throw conflict('fiscalCode', `This fiscal code is registered already as person ${existing.id}, with another sex or birth year`);
      }
      return existing;
    }
    const person = em.create(Person, {
      fiscalCodeHash: hash,
      sex: input.sex,
      birthYear: input.birthYear,
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
    audit(em, ctx, { action: 'create', entity: 'person', entityId: person.id, after: personRecord(person) });
    return person;
  });
}
