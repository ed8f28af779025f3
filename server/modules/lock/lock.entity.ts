import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

/**
 * Reporting locked up to a day (the period reported to the Region): no write dated on or before
 * it is accepted while the lock is active. Unlocking needs a reason and is audited.
 */
@Entity({ tableName: 'period_lock' })
@ObjectType({ simpleResolvers: true, description: 'Reporting locked up to a day: writes dated on or before it are refused.' })
export class PeriodLock {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  lockedUntil!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  lockedBy!: string;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lockedAt?: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  unlockedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unlockedBy?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  unlockReason?: string | null;
}
