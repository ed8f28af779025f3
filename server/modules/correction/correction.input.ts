import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ContractType, ExitOutcome } from '../enrolment/enrolment.enums.js';

/** Records that can be voided. */
export enum VoidableRecord {
  ENROLMENT = 'ENROLMENT',
  REPAYMENT = 'REPAYMENT',
  FOLLOW_UP = 'FOLLOW_UP',
  ACTIVITY = 'ACTIVITY',
  ATTENDANCE = 'ATTENDANCE',
  ARREARS_CASE = 'ARREARS_CASE',
}
registerEnumType(VoidableRecord, { name: 'VoidableRecord' });

@InputType({ description: 'Voids a record entered by mistake: it leaves every figure; the trail keeps it, with the reason.' })
export class VoidInput {
  @Field(() => VoidableRecord) record!: VoidableRecord;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Why: required, kept in the audit trail.' }) reason!: string;
}

@InputType({ description: 'Corrects an enrolment: only the fields given change. The trail keeps the old values and the reason.' })
export class CorrectEnrolmentInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => String) reason!: string;
  @Field(() => DateScalar, { nullable: true }) selectedOn?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) arrearsAtEnrolment?: bigint | null;
  @Field(() => DateScalar, { nullable: true }) exitedOn?: string | null;
  @Field(() => ExitOutcome, { nullable: true }) outcome?: ExitOutcome | null;
  @Field(() => ContractType, { nullable: true }) contractType?: ContractType | null;
  @Field(() => Boolean, { nullable: true }) gainedQualification?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Engaged in job searching upon leaving (ESF CR01, CR05).' })
  jobSearchingOnExit?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'In education or training upon leaving (ESF CR02, CR05).' })
  inEducationOrTrainingOnExit?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: the exit was recorded by mistake; the participant is back in progress.' })
  removeExit?: boolean | null;
}

@InputType({ description: 'Corrects a repayment: only the fields given change.' })
export class CorrectRepaymentInput {
  @Field(() => ID) repaymentId!: string;
  @Field(() => String) reason!: string;
  @Field(() => DateScalar, { nullable: true }) paidOn?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: bigint | null;
}
