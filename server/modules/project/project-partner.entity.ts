import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from './project.entity.js';

/** An organisation's part in a project. The GraphQL shape is ProjectPartnerType (project.types.ts). */
@Entity({ tableName: 'project_partner' })
@Unique({ properties: ['project', 'organisation'] })
export class ProjectPartner {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Project, { ref: true, fieldName: 'project_code', deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  /** "LEAD" (capofila / awardee) or "PARTNER". */
  @Property({ type: 'string', length: 16 })
  role!: string;
}
