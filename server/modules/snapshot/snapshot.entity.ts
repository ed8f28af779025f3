import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

/**
 * A report as it was given to the Region: the ESF indicators and the per-project figures as of a
 * day, frozen with the SHA-256 of their content. The database refuses any change to it.
 */
@Entity({ tableName: 'report_snapshot' })
@ObjectType({ simpleResolvers: true, description: 'A frozen report: it never changes, whatever is corrected later.' })
export class ReportSnapshot {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  asOf!: string;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  frozenAt?: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  frozenBy!: string;

  /** The canonical JSON of the figures (keys sorted): what the hash is of. */
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
