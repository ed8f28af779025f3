import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EducationLevel, LabourStatus, Sex } from './person.enums.js';

/**
 * A registered person: pseudonymised. No name and no fiscal code in clear are ever stored; the
 * fiscal code survives only as a keyed hash (HMAC) so that the same person is recognised twice.
 * The nullable booleans are the ESF household and disadvantage attributes: null = not declared.
 */
@Entity({ tableName: 'person' })
@Check({ name: 'person_birth_date_in_birth_year', expression: 'birth_date is null or extract(year from birth_date) = birth_year' })
@ObjectType({ simpleResolvers: true, description: 'A registered person (pseudonymised).' })
export class Person {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  /** HMAC-SHA-256 of the normalised fiscal code, hex. */
  @Unique()
  @Property({ type: 'string', length: 64 })
  fiscalCodeHash!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  birthYear!: number;

  /**
   * The birth date: the fiscal code's day and month in `birthYear`, known at registration. Kept
   * for the exact age at entry (ESF CO06-CO08) and never served. Null for people registered before
   * it was kept (their age at entry is taken from the birth year alone).
   */
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level', nullable: true })
  education?: EducationLevel | null;

  @Enum({ items: () => LabourStatus, nativeEnumName: 'labour_status' })
  labourStatus!: LabourStatus;

  /** CO12: lives in a jobless household. */
  @Property({ type: 'boolean', nullable: true })
  joblessHousehold?: boolean | null;

  /** CO13: lives in a jobless household with dependent children. */
  @Property({ type: 'boolean', nullable: true })
  joblessHouseholdWithChildren?: boolean | null;

  /** CO14: lives in a single-adult household with dependent children. */
  @Property({ type: 'boolean', nullable: true })
  singleAdultWithChildren?: boolean | null;

  /** CO15 (sensitive): migrant, of foreign background, or a minority. */
  @Property({ type: 'boolean', nullable: true })
  migrantOrMinority?: boolean | null;

  /** CO16 (sensitive): with a disability. */
  @Property({ type: 'boolean', nullable: true })
  disability?: boolean | null;

  /** CO17 (sensitive): other disadvantaged. */
  @Property({ type: 'boolean', nullable: true })
  otherDisadvantaged?: boolean | null;

  /** CO18: homeless or affected by housing exclusion. */
  @Property({ type: 'boolean', nullable: true })
  housingExclusion?: boolean | null;

  /** Part of the synthetic demo population, not a real person. */
  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
