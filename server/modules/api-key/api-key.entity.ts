import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './api-key.enums.js';

/** A caller's key. Only a SHA-256 of the token is kept: the token itself is shown once, at creation. */
@Entity({ tableName: 'api_key' })
@ObjectType({ simpleResolvers: true, description: 'An API key (never its token).' })
export class ApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'api_role' })
  role!: Role;

  @Field(() => [String], { description: 'For an OPERATOR, the projects whose records it may read and write.' })
  @Property({ type: 'text[]' })
  projectCodes!: string[];

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Field(() => String, { description: 'The first characters of the token, to recognise it.' })
  @Property({ type: 'string', length: 16 })
  tokenPrefix!: string;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  createdBy!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokedBy?: string | null;
}
