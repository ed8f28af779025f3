import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { ContractType } from '../enrolment/enrolment.enums.js';
import { Sex } from '../person/person.enums.js';
import { AlerRole } from '../project/project.enums.js';

@InputType({ description: 'Which projects, as of which day. Omitted fields: all projects, today.' })
export class ReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Project codes; omitted = all projects.' })
  projectCodes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'As things stood at the end of this day; omitted = today (Italian time).' })
  asOf?: string | null;
}

/** A row about one project: the `project` field is resolved through the request's project loader. */
export abstract class ProjectRow {
  projectCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class RoleFunding {
  @Field(() => AlerRole) alerRole!: AlerRole;
  @Field(() => Int, { description: 'Projects with this role funded as of the day.' }) projectCount!: number;
  @Field(() => MoneyScalar) awarded!: bigint;
}

@ObjectType({ simpleResolvers: true })
export class ProjectFunding extends ProjectRow {
  @Field(() => MoneyScalar, { description: 'Awarded amount; zero before the award was published.' }) awarded!: bigint;
  @Field(() => MoneyScalar, { description: 'Allowance × people enrolled up to asOf.' }) allowancesCommitted!: bigint;
  @Field(() => MoneyScalar, { description: 'Allowance withheld on unsuccessful exits up to asOf.' }) withheld!: bigint;
}

@ObjectType({ simpleResolvers: true })
export class FundingSummary {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => MoneyScalar) totalAwarded!: bigint;
  @Field(() => MoneyScalar, { description: "Sum of the projects' allowances committed." }) allowancesCommitted!: bigint;
  @Field(() => MoneyScalar, { description: "Sum of the projects' allowance withheld." }) withheld!: bigint;
  @Field(() => [RoleFunding]) byRole!: RoleFunding[];
  @Field(() => [ProjectFunding]) projects!: ProjectFunding[];
}

@ObjectType({ simpleResolvers: true, description: 'A monthly value: cumulative at the end of the month (or at asOf for its month).' })
export class MonthlyPoint {
  @Field(() => String, { description: '"2019-03"' }) month!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ simpleResolvers: true })
export class ProjectParticipation extends ProjectRow {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'The involvement target (500).' }) target!: number;
  @Field(() => Int, { description: 'Distinct registered people with an attendance or an enrolment up to asOf.' }) peopleReached!: number;
  @Field(() => Int, { description: 'Registered attendances (one person at one activity).' }) attendances!: number;
  @Field(() => Int, { description: 'People counted at activities without a registered identity; never in peopleReached.' })
  anonymousHeadcount!: number;
  @Field(() => Float, { description: 'peopleReached / target.' }) shareOfTarget!: number;
  @Field(() => [MonthlyPoint], {
    description:
      "People reached, cumulative, from the project's start month to the asOf month. For the public, perturbed month by month (docs/disclosure.md) and kept non-decreasing.",
  })
  cumulative!: MonthlyPoint[];
  @Field(() => Float, {
    nullable: true,
    description: 'People newly reached per month over the three months up to asOf (for the public, from the published series).',
  })
  pacePerMonth!: number | null;
  @Field(() => String, { nullable: true, description: 'Month the target was reached ("2020-02"), if it was.' })
  targetReachedMonth!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'At pacePerMonth, the month the target would be reached; null when reached or when there is no pace.',
  })
  projectedTargetMonth!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "People reached by the filter's projects taken together. A person reached by two projects is one person in `distinct` and is counted in each project's `peopleReached`, so in `sumOverProjects` twice.",
})
export class PeopleReached {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Distinct registered people with an attendance or an enrolment in at least one of the projects up to asOf. For the public: for one project, its peopleReached; for all projects, a figure of its own (perturbed, docs/disclosure.md); null for any other set of projects.',
  })
  distinct!: number | null;
  @Field(() => Int, {
    description: "The sum of the projects' peopleReached (as participation shows them): people reached by several projects count in each.",
  })
  sumOverProjects!: number;
}

@ObjectType({ simpleResolvers: true })
export class ContractTypeCount {
  @Field(() => ContractType) contractType!: ContractType;
  @Field(() => Int, {
    nullable: true,
    description: 'null when the public figure is from 1 to threshold − 1 (the public only; see disclosurePolicy).',
  })
  count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class OutcomeCounts {
  @Field(() => Int, { description: 'Enrolments selected up to asOf.' }) enrolled!: number;
  @Field(() => Int, { description: 'Enrolled and not exited by asOf.' }) inProgress!: number;
  @Field(() => Int) employed!: number;
  @Field(() => Int) unsuccessful!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Float, { nullable: true, description: 'employed / (employed + unsuccessful + withdrawn); null when nobody has exited.' })
  employmentRate!: number | null;
  @Field(() => [ContractTypeCount], { description: 'Employed exits by contract type.' }) byContractType!: ContractTypeCount[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Outcomes of one sex; for the public, perturbed, and counts from 1 to threshold − 1 are null.',
})
export class SexOutcomes {
  @Field(() => Sex) sex!: Sex;
  @Field(() => Int, { nullable: true }) enrolled!: number | null;
  @Field(() => Int, { nullable: true }) inProgress!: number | null;
  @Field(() => Int, { nullable: true }) employed!: number | null;
  @Field(() => Int, { nullable: true }) unsuccessful!: number | null;
  @Field(() => Int, { nullable: true }) withdrawn!: number | null;
  @Field(() => Float, { nullable: true }) employmentRate!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class ProjectOutcomes extends OutcomeCounts {
  projectCode!: string;
}

@ObjectType({ simpleResolvers: true })
export class EmploymentOutcomes extends OutcomeCounts {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => [SexOutcomes]) bySex!: SexOutcomes[];
  @Field(() => [ProjectOutcomes]) projects!: ProjectOutcomes[];
}

@ObjectType({ simpleResolvers: true })
export class DebtAmounts {
  @Field(() => MoneyScalar, { description: 'Rent arrears of the enrolments selected up to asOf, at selection.' })
  arrearsAtEnrolment!: bigint;
  @Field(() => MoneyScalar) recoveredFromRepayments!: bigint;
  @Field(() => MoneyScalar) recoveredFromWithholding!: bigint;
  @Field(() => MoneyScalar, { description: 'Exactly recoveredFromRepayments + recoveredFromWithholding.' }) totalRecovered!: bigint;
  @Field(() => MoneyScalar, { description: 'arrearsAtEnrolment − totalRecovered.' }) outstanding!: bigint;
  @Field(() => Float, { nullable: true, description: 'totalRecovered / arrearsAtEnrolment; null when there are no arrears.' })
  recoveryRate!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class ProjectDebtRecovery extends DebtAmounts {
  projectCode!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Debt recovered, cumulative at the end of a month.' })
export class MonthlyRecovery {
  @Field(() => String) month!: string;
  @Field(() => MoneyScalar) repayments!: bigint;
  @Field(() => MoneyScalar) withholding!: bigint;
  @Field(() => MoneyScalar) total!: bigint;
}

@ObjectType({ simpleResolvers: true })
export class DebtRecovery extends DebtAmounts {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => [MonthlyPoint], {
    description:
      'Total recovered, cumulative, in euro as a float: for charts only; amounts to the cent in `monthly`. For the public, perturbed (docs/disclosure.md).',
  })
  cumulative!: MonthlyPoint[];
  @Field(() => [MonthlyRecovery], {
    description:
      "Cumulative amounts per month, from the first project's start to asOf. For the public, the sums of the projects' perturbed amounts (docs/disclosure.md), so a single repayment cannot be told from two months.",
  })
  monthly!: MonthlyRecovery[];
  @Field(() => [ProjectDebtRecovery]) projects!: ProjectDebtRecovery[];
}

@ObjectType({ simpleResolvers: true })
export class IndicatorValue {
  @Field(() => String, {
    description: 'ESF 2014-2020 common indicator code ("CO01", "CR04"), or PARTICIPANTS / INCOMPLETE for the totals.',
  })
  code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'TOTAL, OUTPUT or RESULT.' }) kind!: string;
  @Field(() => Boolean, { description: 'Sensitive personal data that a participant may decline to give.' }) sensitive!: boolean;
  @Field(() => Int, { nullable: true }) women!: number | null;
  @Field(() => Int, { nullable: true }) men!: number | null;
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => Boolean, { description: 'true when a count of the line is null: a public figure from 1 to threshold − 1.' })
  suppressed!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'Participants by sex; for the public, null when the published figure is blank.' })
export class EsfSexCounts {
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => Int, { nullable: true }) men!: number | null;
  @Field(() => Int, { nullable: true }) women!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Participants counted in one calendar year: the cumulative figure as of 31 December of the year minus that of the year before. For the public, the difference of the two published yearly releases (null when either is blank; it may be negative, as the releases carry independent noise).',
})
export class EsfYearCounts extends EsfSexCounts {
  @Field(() => Int) year!: number;
}

@ObjectType({ simpleResolvers: true, description: "One ESF indicator's line of the Annual Implementation Report's table." })
export class EsfAnnualIndicator {
  @Field(() => String, { description: 'ESF 2014-2020 common indicator code ("CO01", "CR04"), or PARTICIPANTS / INCOMPLETE.' })
  code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'TOTAL, OUTPUT or RESULT.' }) kind!: string;
  @Field(() => Boolean, { description: 'Sensitive personal data that a participant may decline to give.' }) sensitive!: boolean;
  @Field(() => [EsfYearCounts], { description: 'The annual values, one per year from fromYear to toYear.' }) annual!: EsfYearCounts[];
  @Field(() => EsfSexCounts, { description: 'The cumulative value as of 31 December of toYear (esfIndicators as of that day).' })
  cumulative!: EsfSexCounts;
}

@ObjectType({ simpleResolvers: true })
export class ProjectEsfAnnual extends ProjectRow {
  @Field(() => [EsfAnnualIndicator]) indicators!: EsfAnnualIndicator[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    "The ESF indicators in the layout of the Annual Implementation Report's tables: each indicator's annual values per calendar year and its cumulative value, by sex, for all the projects of the filter (the programme when none is named) and per project.",
})
export class EsfAnnualTable {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => DateScalar, { description: '31 December of toYear: the day of the cumulative values.' }) asOf!: string;
  @Field(() => [Int], { description: 'fromYear to toYear, the order of every `annual` list.' }) years!: number[];
  @Field(() => [EsfAnnualIndicator], { description: 'All the projects of the filter together.' }) indicators!: EsfAnnualIndicator[];
  @Field(() => [ProjectEsfAnnual], { description: 'Each project of the filter, in the order of the reports.' })
  projects!: ProjectEsfAnnual[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An ESF 2014-2020 common output indicator for entities (CO20-CO23): it counts projects or enterprises, not participants.',
})
export class EntityIndicatorValue {
  @Field(() => String, { description: '"CO20" … "CO23".' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: 'Exact for everyone (facts about projects); null when the records cannot support it.' })
  value!: number | null;
  @Field(() => [String], { description: 'The codes of the projects counted.' }) projectCodes!: string[];
  @Field(() => String, { description: 'How it is counted, or why it is not.' }) note!: string;
}

export enum FiguresAudience {
  EXACT = 'EXACT',
  PROTECTED = 'PROTECTED',
}
registerEnumType(FiguresAudience, {
  name: 'FiguresAudience',
  description: 'EXACT: figures as recorded (callers with a key). PROTECTED: the public release (docs/disclosure.md).',
});

@ObjectType({
  simpleResolvers: true,
  description:
    "How the public's figures are protected (docs/disclosure.md): the cell key method's parameters, the display threshold and the release calendar.",
})
export class DisclosurePolicyInfo {
  @Field(() => FiguresAudience, { description: 'What this caller gets: exact figures, or the protected public release.' })
  yourFigures!: FiguresAudience;
  @Field(() => String, { description: 'The protection method: CELL_KEY (consistent, bounded perturbation of every count and amount).' })
  method!: string;
  @Field(() => Int, { description: 'Breakdown counts published from 1 to threshold − 1 are shown as null ("< threshold").' })
  threshold!: number;
  @Field(() => Int, { description: 'Largest change the perturbation makes to one published count (per project cell).' })
  maxNoise!: number;
  @Field(() => Float, { description: 'Standard deviation of the perturbation of one count, before truncation.' })
  noiseStandardDeviation!: number;
  @Field(() => MoneyScalar, { description: 'Largest change the perturbation makes to one published amount (per project and measure).' })
  maxMoneyNoise!: bigint;
  @Field(() => String, {
    description: 'How often the public figures are released: MONTHLY (as of each month end, once the month is over).',
  })
  releaseFrequency!: string;
  @Field(() => DateScalar, {
    description: 'The latest release: the public gets the figures of the last release on or before the day it asks about.',
  })
  latestRelease!: string;
  @Field(() => String, {
    description:
      "How often the ESF indicators (tables of participants' attributes) are released to the public: ANNUAL (as of 31 December, once the year is over).",
  })
  esfReleaseFrequency!: string;
  @Field(() => DateScalar, { description: 'The latest release of the ESF indicators.' })
  latestEsfRelease!: string;
  @Field(() => DateScalar, {
    description: 'The day the reports answer for, when this caller asks about `asOf` (the release on or before it, for the public).',
  })
  reportsAsOf!: string;
  @Field(() => DateScalar, { description: 'The day the ESF indicators answer for, when this caller asks about `asOf`.' })
  esfIndicatorsAsOf!: string;
}
