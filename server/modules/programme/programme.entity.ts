import { PrimaryKeyProp, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

/** The EU operational programme that funds the labs (one row: POR FSE 2014-2020 Lombardia). */
@Entity({ tableName: 'programme' })
@ObjectType({ simpleResolvers: true, description: 'The EU programme that funds the labs.' })
export class Programme {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: '"POR-FSE-2014-2020-LOMBARDIA"' })
  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Priority axis, "II".' })
  @Property({ type: 'string', length: 16 })
  axis!: string;

  @Field(() => [String], { description: 'Actions that finance the labs, ["9.1.3", "9.4.2"].' })
  @Property({ type: 'text[]' })
  actions!: string[];

  @Field(() => String, { description: 'Title of the call (bando).' })
  @Property({ type: 'text' })
  callTitle!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the Region published the funded projects.' })
  @Property({ type: 'date', nullable: true })
  fundedListPublishedOn?: string | null;

  @Field(() => String, { description: 'Managing authority.' })
  @Property({ type: 'text' })
  managingAuthority!: string;
}
