import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKind } from './organisation.enums.js';

@Entity({ tableName: 'organisation' })
@ObjectType({ simpleResolvers: true })
export class Organisation {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Unique()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;
}
