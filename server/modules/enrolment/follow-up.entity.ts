import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { Enrolment } from './enrolment.entity.js';

/** The six-month follow-up after an exit (ESF results CR06 and CR07). */
@Entity({ tableName: 'follow_up' })
@Index({ properties: ['observedOn'] })
@ObjectType({ simpleResolvers: true, description: 'The situation six months after leaving.' })
export class FollowUp {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Unique()
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment!: Ref<Enrolment>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  observedOn!: string;

  /** In employment, including self-employment, at the follow-up. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  employed!: boolean;

  /** Labour-market situation improved since entry (CR07). */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  improvedSituation!: boolean;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
