import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { EducationLevel, LabourStatus, Sex } from './person.enums.js';

@InputType({ description: 'A person to register. The fiscal code is checked, then kept only as a keyed hash.' })
export class RegisterPersonInput {
  @Field(() => String, { description: 'Italian codice fiscale; validated; stored only as a keyed hash.' })
  fiscalCode!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => Int)
  birthYear!: number;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest level completed (ISCED 2011); omitted = not declared.' })
  education?: EducationLevel | null;

  @Field(() => LabourStatus)
  labourStatus!: LabourStatus;

  @Field(() => Boolean, { nullable: true }) joblessHousehold?: boolean | null;
  @Field(() => Boolean, { nullable: true }) joblessHouseholdWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true }) singleAdultWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) migrantOrMinority?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) disability?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) otherDisadvantaged?: boolean | null;
  @Field(() => Boolean, { nullable: true }) housingExclusion?: boolean | null;
}

@InputType({ description: "A person's situation (labour status, education, household, disadvantages): what the ESF describes at entry." })
export class SituationInput {
  @Field(() => LabourStatus)
  labourStatus!: LabourStatus;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest level completed (ISCED 2011); omitted = not declared.' })
  education?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true }) joblessHousehold?: boolean | null;
  @Field(() => Boolean, { nullable: true }) joblessHouseholdWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true }) singleAdultWithChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) migrantOrMinority?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) disability?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Sensitive: may be left undeclared.' }) otherDisadvantaged?: boolean | null;
  @Field(() => Boolean, { nullable: true }) housingExclusion?: boolean | null;
}

@InputType({ description: "A person's situation declared again, from the day it takes effect (audited, with a reason)." })
export class DeclareSituationInput extends SituationInput {
  @Field(() => ID) personId!: string;

  @Field(() => DateScalar, { description: 'The day the situation takes effect: enrolments selected on or after it record it.' })
  effectiveOn!: string;

  @Field(() => String, { description: 'Why the situation changed (kept in the audit trail).' })
  reason!: string;
}
