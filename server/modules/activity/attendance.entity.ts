import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Person } from '../person/person.entity.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Activity } from './activity.entity.js';

/**
 * Presence at an activity: either one registered person, or a headcount of people who were there
 * without a registered identity (counted separately, never added to people reached).
 */
@Entity({ tableName: 'attendance' })
@Unique({ properties: ['activity', 'person'] })
@Index({ properties: ['person'] })
@Index({ properties: ['activity'] })
@Check({
  name: 'attendance_person_or_headcount',
  expression: '(person_id is not null and anonymous_headcount is null) or (person_id is null and anonymous_headcount > 0)',
})
@ObjectType({ simpleResolvers: true })
export class Attendance {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Activity, { ref: true })
  activity!: Ref<Activity>;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  person?: Ref<Person> | null;

  @Field(() => Int, { nullable: true, description: 'People counted without a registered identity.' })
  @Property({ type: 'integer', nullable: true })
  anonymousHeadcount?: number | null;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
