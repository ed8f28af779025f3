import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { Person } from './person.entity.js';
import { EducationLevel, LabourStatus } from './person.enums.js';

/**
 * A person's situation declared after registration, from the day it takes effect: what an
 * enrolment selected on or after that day records as the participant's situation at entry (until a
 * later declaration). Before the first declaration, the situation declared at registration applies.
 */
@Entity({ tableName: 'person_situation' })
@Unique({ name: 'person_situation_one_per_day', properties: ['person', 'effectiveOn'] })
@ObjectType({ simpleResolvers: true, description: "A person's situation, declared with the day it takes effect (personal data)." })
export class PersonSituation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => DateScalar, { description: 'The day the situation takes effect: enrolments selected on or after it record it.' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => LabourStatus)
  @Enum({ items: () => LabourStatus, nativeEnumName: 'labour_status' })
  labourStatus!: LabourStatus;

  @Field(() => EducationLevel, { nullable: true })
  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level', nullable: true })
  education?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) joblessHousehold?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) joblessHouseholdWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) singleAdultWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) migrantOrMinority?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) disability?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) otherDisadvantaged?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) housingExclusion?: boolean | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
