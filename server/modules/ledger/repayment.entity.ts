import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';

/** A payment of rent debt by a participant (the debt ledger's credit side). */
@Entity({ tableName: 'repayment' })
@Index({ properties: ['enrolment', 'paidOn'] })
// The repayments listing's keyset (paid_on, id).
@Index({ properties: ['paidOn', 'id'] })
@Check({ name: 'repayment_amount_positive', expression: 'amount_cents > 0' })
// Not simpleResolvers: `amount` is the property amountCents, which only type-graphql's resolver maps.
@ObjectType()
export class Repayment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Enrolment, { ref: true })
  enrolment!: Ref<Enrolment>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => MoneyScalar, { name: 'amount' })
  @Property({ type: new BigIntType('bigint') })
  amountCents!: bigint;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
