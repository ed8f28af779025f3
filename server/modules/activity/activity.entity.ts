import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Project } from '../project/project.entity.js';
import { ActivityKind } from './activity.enums.js';

/** One session of the lab's social activities (a meeting, a course day, an event). */
@Entity({ tableName: 'activity' })
@Index({ properties: ['project', 'heldOn'] })
export class Activity {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code' })
  project!: Ref<Project>;

  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
