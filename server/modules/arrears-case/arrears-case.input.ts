import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ArrearsCaseStatus } from './arrears-case.enums.js';

@InputType({ description: 'A case file for a tenant who qualifies but is not registered with the employment agency.' })
export class ArrearsCaseInput {
  @Field(() => ID) projectCode!: string;
  @Field(() => ID) personId!: string;
  @Field(() => DateScalar) openedOn!: string;
}

@InputType({ description: 'A case file moving on: PREPARED → SUBMITTED → APPROVED or REJECTED.' })
export class ArrearsCaseStatusInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ArrearsCaseStatus) status!: ArrearsCaseStatus;
  @Field(() => DateScalar) changedOn!: string;
}
