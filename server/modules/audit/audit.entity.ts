import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One write, as it happened: who, when, what (entity, id, before and after) and why. The table is
 * append-only: a database trigger refuses every UPDATE, DELETE and TRUNCATE.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entity', 'entityId'] })
@ObjectType({ simpleResolvers: true, description: 'One write: who, when, what (before and after) and why.' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at?: Date;

  /** "admin", or the API key's id. */
  @Field(() => String)
  @Property({ type: 'text' })
  actor!: string;

  /** create, update, void … */
  @Field(() => String)
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  entity!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
