import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ArrearsCaseStatus } from './arrears-case.enums.js';

/** A tenant who qualifies but is not registered with the employment agency: a file for the committee. */
@Entity({ tableName: 'arrears_case' })
// The case files listing's keyset (project, opened_on, id).
@Index({ properties: ['project', 'openedOn'] })
@ObjectType({ simpleResolvers: true, description: 'A case file for the blameless-arrears committee.' })
export class ArrearsCase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code' })
  project!: Ref<Project>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => ArrearsCaseStatus)
  @Enum({ items: () => ArrearsCaseStatus, nativeEnumName: 'arrears_case_status' })
  status: ArrearsCaseStatus = ArrearsCaseStatus.PREPARED;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  statusChangedOn!: string;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
