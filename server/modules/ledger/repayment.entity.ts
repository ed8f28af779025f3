import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Enrolment } from '../enrolment/enrolment.entity.js';

/** A payment of rent debt by a participant (the debt ledger's credit side). */
@Entity({ tableName: 'repayment' })
@Index({ properties: ['enrolment', 'paidOn'] })
export class Repayment {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Enrolment, { ref: true })
  enrolment!: Ref<Enrolment>;

  @Property({ type: 'date' })
  paidOn!: string;

  @Property({ type: new BigIntType('bigint') })
  amountCents!: bigint;

  @Property({ type: 'boolean', default: false })
  synthetic: boolean = false;
}
