import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';

@InputType({ description: 'A payment of rent debt by a participant.' })
export class RepaymentInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => DateScalar) paidOn!: string;
  @Field(() => MoneyScalar, { description: 'More than zero, at most two decimals.' }) amount!: bigint;
}
