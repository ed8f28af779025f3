/**
 * The GraphQL shapes of the operators' listings: Relay-style connections (edges with opaque
 * cursors, pageInfo, totalCount), their filters, and the pseudonymous person record they list.
 */
import { Field, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ActivityKind } from '../activity/activity.enums.js';
import { ArrearsCaseStatus } from '../arrears-case/arrears-case.enums.js';
import { ExitOutcome } from '../enrolment/enrolment.enums.js';
import { EducationLevel, LabourStatus, Sex } from '../person/person.enums.js';

@ObjectType({ simpleResolvers: true, description: 'Where a page lies in its listing (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Rows follow this page (with first: one more row was found).' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Rows precede this page (with after: rows at or before the cursor exist).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "The first edge's cursor; null for an empty page." }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "The last edge's cursor: pass it as `after` for the next page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The connection type of a node type: `<Name>Connection` with `<Name>Edge`s. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, what: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} and its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque: pass it as `after` or `before`.' }) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${what}s.` })
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Every row the filter selects, on every page.' }) totalCount!: number;
  }
  return ConnectionType;
}

@ObjectType({ simpleResolvers: true, description: 'Two days, both included.' })
export class DateRange {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

/**
 * A person as an operator of one of their projects sees them: pseudonymous (an id, never the fiscal
 * code or its hash), with the attributes declared and the situation in effect today.
 */
@ObjectType({ simpleResolvers: true, description: "A person of the caller's projects (pseudonymous: no fiscal code, no name)." })
export class PersonRecord {
  @Field(() => ID) id!: string;
  @Field(() => Sex) sex!: Sex;
  @Field(() => Int) birthYear!: number;
  // The situation given at registration; `situation` is the one in effect today.
  labourStatus!: LabourStatus;
  education!: EducationLevel | null;
  joblessHousehold!: boolean | null;
  joblessHouseholdWithChildren!: boolean | null;
  singleAdultWithChildren!: boolean | null;
  migrantOrMinority!: boolean | null;
  disability!: boolean | null;
  otherDisadvantaged!: boolean | null;
  housingExclusion!: boolean | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A person's situation in effect on a day: the latest declared on or before it, else the registration's.",
})
export class SituationView {
  @Field(() => DateScalar, { nullable: true, description: 'The day it took effect; null = declared at registration.' })
  effectiveOn!: string | null;
  @Field(() => LabourStatus) labourStatus!: LabourStatus;
  @Field(() => EducationLevel, { nullable: true }) education!: EducationLevel | null;
  @Field(() => Boolean, { nullable: true }) joblessHousehold!: boolean | null;
  @Field(() => Boolean, { nullable: true }) joblessHouseholdWithChildren!: boolean | null;
  @Field(() => Boolean, { nullable: true }) singleAdultWithChildren!: boolean | null;
  @Field(() => Boolean, { nullable: true }) migrantOrMinority!: boolean | null;
  @Field(() => Boolean, { nullable: true }) disability!: boolean | null;
  @Field(() => Boolean, { nullable: true }) otherDisadvantaged!: boolean | null;
  @Field(() => Boolean, { nullable: true }) housingExclusion!: boolean | null;
}

const PROJECTS = "Which projects; omitted = the caller's (an OPERATOR's projects, every project for an ADMIN).";

@InputType({ description: 'Which enrolments; every field optional.' })
export class EnrolmentFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Selected on or after this day.' }) selectedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Selected on or before this day.' }) selectedTo?: string | null;
  @Field(() => [ExitOutcome], { nullable: true, description: 'Exited with one of these outcomes.' }) outcomes?: ExitOutcome[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: no exit yet; false: exited.' }) open?: boolean | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
}

@InputType({ description: 'Which activities; every field optional.' })
export class ActivityFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this day.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this day.' }) to?: string | null;
  @Field(() => [ActivityKind], { nullable: true }) kinds?: ActivityKind[] | null;
}

@InputType({ description: 'Which people: those tied to the projects (an enrolment, an attendance or a case file); every field optional.' })
export class PeopleFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The pseudonymous id.' }) id?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A fiscal code typed by the operator: hashed in the server as at registration, never stored, logged or returned.',
  })
  fiscalCode?: string | null;
}

@InputType({ description: 'Which case files; every field optional.' })
export class CaseFileFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Opened on or after this day.' }) openedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Opened on or before this day.' }) openedTo?: string | null;
  @Field(() => [ArrearsCaseStatus], { nullable: true }) statuses?: ArrearsCaseStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: PREPARED or SUBMITTED; false: APPROVED or REJECTED.' }) open?: boolean | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
}

@InputType({ description: 'Which repayments; every field optional.' })
export class RepaymentFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Paid on or after this day.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Paid on or before this day.' }) to?: string | null;
  @Field(() => ID, { nullable: true }) enrolmentId?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
}

@InputType({ description: "Which entries of the projects' audit trail; every field optional." })
export class AuditTrailFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Written on or after this day (UTC).' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Written on or before this day (UTC).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'enrolment, repayment, withholding, follow_up, activity, attendance, arrears_case' })
  entity?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
}

@InputType({ description: 'Which projects, as of which day, for a "to do" list.' })
export class ToDoFilter {
  @Field(() => [ID], { nullable: true, description: PROJECTS }) projectCodes?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day the list is drawn up for; default today (Italian calendar).' })
  asOf?: string | null;
}
