import { SituationInput } from '../person/person.input.js';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ContractType, ExitOutcome } from './enrolment.enums.js';

@InputType({ description: 'A person selected for the reintegration path of a project.' })
export class EnrolInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID) projectCode!: string;
  @Field(() => DateScalar) selectedOn!: string;
  @Field(() => MoneyScalar, { description: 'Rent arrears owed to ALER at selection.' }) arrearsAtEnrolment!: bigint;
  @Field(() => SituationInput, {
    nullable: true,
    description:
      "The participant's situation on the day of selection, when it differs from the one declared before: declared from that day (audited). Omitted = the situation in effect that day.",
  })
  situationAtEntry?: SituationInput | null;
}

@InputType({ description: 'How and when a participant left the path.' })
export class ExitInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => DateScalar) exitedOn!: string;
  @Field(() => ExitOutcome) outcome!: ExitOutcome;
  @Field(() => ContractType, { nullable: true, description: 'Required for EMPLOYED, refused otherwise.' })
  contractType?: ContractType | null;
  @Field(() => Boolean, { nullable: true, description: 'Gained a qualification upon leaving (ESF CR03).' }) gainedQualification?:
    boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Engaged in job searching upon leaving (ESF CR01, CR05); refused with an EMPLOYED exit (the two exclude each other).',
  })
  jobSearchingOnExit?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'In education or training upon leaving, other than this path (ESF CR02, CR05).' })
  inEducationOrTrainingOnExit?: boolean | null;
}

@InputType({ description: 'The situation six months after leaving (ESF CR06-CR09).' })
export class FollowUpInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => DateScalar, { description: 'Six months after the exit, four weeks either way; another day is refused.' })
  observedOn!: string;
  @Field(() => Boolean) employed!: boolean;
  @Field(() => Boolean) improvedSituation!: boolean;
}
