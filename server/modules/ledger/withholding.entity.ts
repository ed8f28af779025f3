import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Enrolment } from '../enrolment/enrolment.entity.js';

/** The share of the allowance withheld against the debt on an unsuccessful exit: once, dated on the exit. */
@Entity({ tableName: 'withholding' })
@Index({ properties: ['withheldOn'] })
@Check({ name: 'withholding_amount_positive', expression: 'amount_cents > 0' })
export class Withholding {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Unique()
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment!: Ref<Enrolment>;

  @Property({ type: 'date' })
  withheldOn!: string;

  @Property({ type: new BigIntType('bigint') })
  amountCents!: bigint;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
