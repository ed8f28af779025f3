import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { Project } from '../project/project.entity.js';
import { ActivityKind } from './activity.enums.js';

/** One session of the lab's social activities (a meeting, a course day, an event). */
@Entity({ tableName: 'activity' })
@Index({ properties: ['project', 'heldOn'] })
// The natural key an attendance register names an activity by: one per project, day and title (any case).
@Index({
  name: 'activity_natural_key',
  expression: 'create unique index "activity_natural_key" on "activity" ("project_code", "held_on", lower("title"))',
})
@ObjectType({ description: "A session of the lab's activities." })
export class Activity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code' })
  project!: Ref<Project>;

  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
