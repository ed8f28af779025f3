import type { ProjectRecord } from '../project/project.records.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { addMonths } from '../../dates.js';
import { followUpWindow } from '../../domain/enrolment.js';
import { PATH_LENGTH_MONTHS } from '../../domain/rules.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Activity } from '../activity/activity.entity.js';
import { ArrearsCase } from '../arrears-case/arrears-case.entity.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { FollowUp } from '../enrolment/follow-up.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import {
  listActivities,
  listAuditTrail,
  listCaseFiles,
  listCaseFilesAwaitingCommittee,
  listEnrolments,
  listEnrolmentsOverdue,
  listFollowUpsDue,
  listPeople,
  listRepayments,
  type Query as Sql,
} from './listing.service.js';
import {
  ActivityFilter,
  AuditTrailFilter,
  CaseFileFilter,
  connectionOf,
  DateRange,
  EnrolmentFilter,
  PeopleFilter,
  PersonRecord,
  RepaymentFilter,
  SituationView,
  ToDoFilter,
  type Connection,
} from './listing.types.js';

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: 'The first rows after `after`: 1 to 200 (default 50).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'A cursor this listing returned: the rows after it.' }) after?: string | null;
  @Field(() => Int, { nullable: true, description: 'The last rows before `before`: 1 to 200 (instead of first).' }) last?: number | null;
  @Field(() => String, { nullable: true, description: 'A cursor this listing returned: the rows before it.' }) before?: string | null;
}

@InputType({ description: "Which projects; omitted = the caller's." })
class ProjectsFilter {
  @Field(() => [ID], { nullable: true }) projectCodes?: string[] | null;
}

const EnrolmentConnection = connectionOf(Enrolment, 'Enrolment', 'enrolment');
const ActivityConnection = connectionOf(Activity, 'Activity', 'activity');
const PersonRecordConnection = connectionOf(PersonRecord, 'PersonRecord', 'person');
const ArrearsCaseConnection = connectionOf(ArrearsCase, 'ArrearsCase', 'case file');
const RepaymentConnection = connectionOf(Repayment, 'Repayment', 'repayment');
const AuditEntryConnection = connectionOf(AuditEntry, 'AuditEntry', 'audit entry');

const sql =
  (ctx: Context): Sql =>
  (text, params) =>
    ctx.db.query(text, params);

/**
 * The operators' listings (OPERATOR keys for their projects, and ADMIN): Relay-style connections,
 * keyset-paginated in SQL (docs/data-entry.md, "Reading the records").
 */
@Resolver()
export class ListingResolver {
  @Query(() => EnrolmentConnection, { description: "Enrolments of the caller's projects, by selection day (personal data)." })
  enrolments(
    @Arg('filter', () => EnrolmentFilter, { nullable: true }) filter: EnrolmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Enrolment>> {
    return listEnrolments(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => ActivityConnection, { description: "Activities of the caller's projects, by day, with their attendance." })
  activities(
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Activity>> {
    return listActivities(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => PersonRecordConnection, {
    description:
      "People of the caller's projects, pseudonymous (never a fiscal code); search by id or by a fiscal code, hashed in the server.",
  })
  people(
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter: PeopleFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<PersonRecord>> {
    return listPeople(sql(ctx), ctx.caller, filter, page, ctx.pseudonymKey);
  }

  @Query(() => ArrearsCaseConnection, {
    description: "Case files for the blameless-arrears committee of the caller's projects, by opening day.",
  })
  caseFiles(
    @Arg('filter', () => CaseFileFilter, { nullable: true }) filter: CaseFileFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ArrearsCase>> {
    return listCaseFiles(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => RepaymentConnection, { description: "Repayments of rent debt in the caller's projects, by day." })
  repayments(
    @Arg('filter', () => RepaymentFilter, { nullable: true }) filter: RepaymentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Repayment>> {
    return listRepayments(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail of the caller's projects' records, newest first (people's registrations, locks and keys: auditLog, admins).",
  })
  auditTrail(
    @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter: AuditTrailFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    return listAuditTrail(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => EnrolmentConnection, {
    description:
      'To do: six-month follow-ups whose window (six months after the exit, four weeks either way) contains the day, not recorded yet.',
  })
  followUpsDue(
    @Arg('filter', () => ToDoFilter, { nullable: true }) filter: ToDoFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Enrolment>> {
    return listFollowUpsDue(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => EnrolmentConnection, {
    description: `To do: enrolments still without an exit on the day, more than the path's length (${PATH_LENGTH_MONTHS} months) after the selection.`,
  })
  enrolmentsOverdue(
    @Arg('filter', () => ToDoFilter, { nullable: true }) filter: ToDoFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Enrolment>> {
    return listEnrolmentsOverdue(sql(ctx), ctx.em, ctx.caller, filter, page);
  }

  @Query(() => ArrearsCaseConnection, {
    description: 'To do: case files SUBMITTED to the blameless-arrears committee, not decided yet; the longest waiting first.',
  })
  caseFilesAwaitingCommittee(
    @Arg('filter', () => ProjectsFilter, { nullable: true }) filter: ProjectsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ArrearsCase>> {
    return listCaseFilesAwaitingCommittee(sql(ctx), ctx.em, ctx.caller, filter, page);
  }
}

@Resolver(() => PersonRecord)
export class PersonRecordResolver {
  @FieldResolver(() => SituationView, { description: "The situation in effect today: the latest declared, else the registration's." })
  async situation(@Root() person: PersonRecord, @Ctx() ctx: Context): Promise<SituationView> {
    const declared = await ctx.loaders.situationOfPerson.load(person.id);
    if (declared) return declared;
    const { id: _id, sex: _sex, birthYear: _birthYear, ...registration } = person;
    return { effectiveOn: null, ...registration };
  }

  @FieldResolver(() => [Enrolment], { description: "The person's enrolments in the caller's projects." })
  enrolments(@Root() person: PersonRecord, @Ctx() ctx: Context): Promise<Enrolment[]> {
    return ctx.loaders.enrolmentsOfPerson.load(person.id);
  }

  @FieldResolver(() => [String], {
    description: "The caller's projects the person is tied to (an enrolment, an attendance or a case file).",
  })
  projectCodes(@Root() person: PersonRecord, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.projectsOfPerson.load(person.id);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentRecordResolver {
  @FieldResolver(() => [Repayment], { description: 'Repayments of rent debt, by day.' })
  repayments(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Repayment[]> {
    return ctx.loaders.repaymentsByEnrolment.load(enrolment.id);
  }

  @FieldResolver(() => FollowUp, { nullable: true, description: 'The six-month follow-up, once recorded.' })
  followUp(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<FollowUp | null> {
    return ctx.loaders.followUpByEnrolment.load(enrolment.id);
  }

  @FieldResolver(() => DateRange, {
    nullable: true,
    description: 'The days the six-month follow-up may be observed on; null before the exit.',
  })
  followUpWindow(@Root() enrolment: Enrolment): DateRange | null {
    return enrolment.exitedOn ? followUpWindow(enrolment.exitedOn) : null;
  }

  @FieldResolver(() => DateScalar, {
    description: `The end of the path's length (${PATH_LENGTH_MONTHS} months after the selection): still open after it, the enrolment is overdue.`,
  })
  pathEndsOn(@Root() enrolment: Enrolment): string {
    return addMonths(enrolment.selectedOn, PATH_LENGTH_MONTHS);
  }
}

@Resolver(() => Activity)
export class ActivityRecordResolver {
  @FieldResolver(() => Int, { description: 'Registered people present.' })
  async attendanceCount(@Root() activity: Activity, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.attendanceByActivity.load(activity.id)).people;
  }

  @FieldResolver(() => Int, { description: 'People counted without a registered identity (headcounts added up).' })
  async anonymousHeadcount(@Root() activity: Activity, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.attendanceByActivity.load(activity.id)).anonymous;
  }
}

@Resolver(() => ArrearsCase)
export class ArrearsCaseRecordResolver {
  @FieldResolver(() => Project)
  async project(@Root() file: ArrearsCase, @Ctx() ctx: Context): Promise<ProjectRecord> {
    return (await ctx.loaders.projectByCode.load(file.project.unwrap().code))!;
  }

  @FieldResolver(() => Person)
  async person(@Root() file: ArrearsCase, @Ctx() ctx: Context): Promise<Person> {
    return (await ctx.loaders.personById.load(file.person.id))!;
  }
}

@Resolver(() => Repayment)
export class RepaymentRecordResolver {
  @FieldResolver(() => Enrolment)
  async enrolment(@Root() repayment: Repayment, @Ctx() ctx: Context): Promise<Enrolment> {
    return (await ctx.loaders.enrolmentById.load(repayment.enrolment.id))!;
  }
}

export const listingResolvers = [
  ListingResolver,
  PersonRecordResolver,
  EnrolmentRecordResolver,
  ActivityRecordResolver,
  ArrearsCaseRecordResolver,
  RepaymentRecordResolver,
] as const;
