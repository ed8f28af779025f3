import { BigIntType, Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { EducationLevel, LabourStatus, Sex } from '../person/person.enums.js';
import { ContractType, ExitOutcome } from './enrolment.enums.js';

/** One person's reintegration path in one project: selection, arrears, exit and outcome. */
@Entity({ tableName: 'enrolment' })
@Check({ name: 'enrolment_exit_after_selection', expression: 'exited_on is null or exited_on >= selected_on' })
@Check({ name: 'enrolment_arrears_not_negative', expression: 'arrears_cents >= 0' })
@Index({
  name: 'enrolment_one_open_per_project',
  expression: 'create unique index "enrolment_one_open_per_project" on "enrolment" ("person_id", "project_code") where "exited_on" is null',
})
@Index({ properties: ['project', 'selectedOn'] })
@Index({ properties: ['person'] })
@ObjectType({ description: "One person's reintegration path in one project." })
export class Enrolment {
  [OptionalProps]?: 'warnings' | 'synthetic' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code' })
  project!: Ref<Project>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  selectedOn!: string;

  /** Rent arrears owed to ALER when the person was selected, in cents. */
  @Field(() => MoneyScalar, { name: 'arrearsAtEnrolment' })
  @Property({ type: new BigIntType('bigint') })
  arrearsCents!: bigint;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  exitedOn?: string | null;

  @Field(() => ExitOutcome, { nullable: true })
  @Enum({ items: () => ExitOutcome, nativeEnumName: 'exit_outcome', nullable: true })
  outcome?: ExitOutcome | null;

  @Field(() => ContractType, { nullable: true })
  @Enum({ items: () => ContractType, nativeEnumName: 'contract_type', nullable: true })
  contractType?: ContractType | null;

  /** CR03: gained a qualification upon leaving. Null = not recorded. */
  @Field(() => Boolean, { nullable: true, description: 'Gained a qualification upon leaving (ESF CR03).' })
  @Property({ type: 'boolean', nullable: true })
  qualificationOnExit?: boolean | null;

  /** CR01, CR05: engaged in job searching upon leaving. Null = not recorded. */
  @Field(() => Boolean, { nullable: true, description: 'Engaged in job searching upon leaving (ESF CR01, CR05).' })
  @Property({ type: 'boolean', nullable: true })
  jobSearchingOnExit?: boolean | null;

  /** CR02, CR05: in education or training upon leaving. Null = not recorded. */
  @Field(() => Boolean, { nullable: true, description: 'In education or training upon leaving (ESF CR02, CR05).' })
  @Property({ type: 'boolean', nullable: true })
  inEducationOrTrainingOnExit?: boolean | null;

  /** Set by the service for the caller, not stored (e.g. the participant target is exceeded). */
  notices?: string[];

  @Field(() => [String], { description: 'Things the operator should know about this write, e.g. that the participant target is exceeded.' })
  get warnings(): string[] {
    return this.notices ?? [];
  }

  /*
   * The participant at entry, as the ESF output indicators need it: copied from the person by a
   * database trigger when the enrolment is inserted, and not changed by later updates of the
   * person (the ESF describes the situation on entering the operation).
   */
  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Property({ type: 'smallint' })
  birthYear!: number;

  /**
   * Age at entry in completed years on the day of selection, from the person's birth date (the
   * year difference when it is unknown); the trigger recomputes it when the selection day is
   * corrected. ESF CO06, CO07 and CO08 read it.
   */
  @Property({ type: 'smallint' })
  entryAge!: number;

  @Enum({ items: () => LabourStatus, nativeEnumName: 'labour_status' })
  entryLabourStatus!: LabourStatus;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level', nullable: true })
  entryEducation?: EducationLevel | null;

  @Property({ type: 'boolean', nullable: true })
  entryJoblessHousehold?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entryJoblessHouseholdWithChildren?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entrySingleAdultWithChildren?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entryMigrantOrMinority?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entryDisability?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entryOtherDisadvantaged?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  entryHousingExclusion?: boolean | null;

  /**
   * The project's degree of urbanisation when the participant entered (copied by the trigger on
   * insert and on a move to another project): 3 counts in ESF CO19. Null when the project has none.
   */
  @Property({ type: 'smallint', nullable: true })
  entryDegreeOfUrbanisation?: number | null;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
