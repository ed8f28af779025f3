import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { ContractType, ExitOutcome } from './enrolment.enums.js';

/** One person's reintegration path in one project: selection, arrears, exit and outcome. */
@Entity({ tableName: 'enrolment' })
@Index({ properties: ['project', 'selectedOn'] })
@Index({ properties: ['person'] })
export class Enrolment {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code' })
  project!: Ref<Project>;

  @Property({ type: 'date' })
  selectedOn!: string;

  /** Rent arrears owed to ALER when the person was selected, in cents. */
  @Property({ type: new BigIntType('bigint') })
  arrearsCents!: bigint;

  @Property({ type: 'date', nullable: true })
  exitedOn?: string | null;

  @Enum({ items: () => ExitOutcome, nativeEnumName: 'exit_outcome', nullable: true })
  outcome?: ExitOutcome | null;

  @Enum({ items: () => ContractType, nativeEnumName: 'contract_type', nullable: true })
  contractType?: ContractType | null;

  /** CR03: gained a qualification upon leaving. Null = not recorded. */
  @Property({ type: 'boolean', nullable: true })
  qualificationOnExit?: boolean | null;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
