import type { ProjectRecord } from '../project/project.records.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { publishedRules } from '../../disclosure/audience.js';
import { debtView } from '../../disclosure/debt.js';
import { esfEntityView } from '../../disclosure/esf-entities.js';
import { esfView } from '../../disclosure/esf.js';
import { esfAnnualView } from '../../disclosure/esf-annual.js';
import { fundingView } from '../../disclosure/funding.js';
import { outcomesView, type OutcomeCountsView } from '../../disclosure/outcomes.js';
import { participationView } from '../../disclosure/participation.js';
import { reachView } from '../../disclosure/reach.js';
import { todayInItaly } from '../../dates.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { Context } from '../../graphql/context.js';
import { selects } from '../../graphql/selection.js';
import { formatCents } from '../../money.js';
import type { DebtAmounts as DebtAmountsRow } from '../../reporting/debt.js';
import { withEveryProject } from '../../reporting/outcomes.js';
import type { ContractType } from '../enrolment/enrolment.enums.js';
import type { Sex } from '../person/person.enums.js';
import type { AlerRole } from '../project/project.enums.js';
import { Project } from '../project/project.entity.js';
import { disclosureOf, exactReport, outcomesForView, projectsInScope, runEsfAnnual, runReport, scopeOf } from './report.service.js';
import {
  DebtRecovery,
  DisclosurePolicyInfo,
  EmploymentOutcomes,
  EsfAnnualTable,
  EntityIndicatorValue,
  FiguresAudience,
  FundingSummary,
  IndicatorValue,
  ProjectDebtRecovery,
  ProjectEsfAnnual,
  ProjectFunding,
  ProjectOutcomes,
  PeopleReached,
  ProjectParticipation,
  ReportFilter,
  type DebtAmounts,
  type OutcomeCounts,
} from './report.types.js';

const FILTER = { nullable: true, description: 'Which projects, as of which day.' } as const;

/** Every field: the exact report of the request (computed once), shown as the caller may see it. */
@Resolver()
export class ReportResolver {
  @Query(() => DisclosurePolicyInfo, {
    description: "How the public's figures are protected, and whether this caller gets them or exact figures (docs/disclosure.md).",
  })
  disclosurePolicy(
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'A day to ask about (default today): see reportsAsOf and esfIndicatorsAsOf.',
    })
    asOf: string | null | undefined,
    @Ctx() ctx: Context,
  ): DisclosurePolicyInfo {
    const rules = publishedRules(ctx.disclosurePolicy, todayInItaly());
    const disclosure = disclosureOf(ctx);
    return {
      reportsAsOf: scopeOf({ asOf }, disclosure).asOf,
      esfIndicatorsAsOf: scopeOf({ asOf }, disclosure, 'ESF').asOf,
      esfReleaseFrequency: rules.esfReleaseFrequency,
      latestEsfRelease: rules.latestEsfRelease,
      yourFigures: disclosure.audience === 'EXACT' ? FiguresAudience.EXACT : FiguresAudience.PROTECTED,
      method: rules.method,
      threshold: rules.threshold,
      maxNoise: rules.maxNoise,
      noiseStandardDeviation: rules.noiseStandardDeviation,
      maxMoneyNoise: rules.maxMoneyNoiseCents,
      releaseFrequency: rules.releaseFrequency,
      latestRelease: rules.latestRelease,
    };
  }

  @Query(() => FundingSummary, { description: 'Funding awarded, allowances committed and withheld: in total, by ALER role, per project.' })
  async fundingSummary(
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<FundingSummary> {
    const { exact, scope } = await runReport(ctx, filter, 'funding');
    const disclosure = disclosureOf(ctx);
    const funding = fundingView(exact, disclosure, await outcomesForView(ctx, scope, disclosure));
    return {
      asOf: funding.asOf,
      totalAwarded: funding.totalAwardedCents,
      allowancesCommitted: funding.allowancesCommittedCents,
      withheld: funding.withheldCents,
      byRole: funding.byRole.map((r) => ({ alerRole: r.alerRole as AlerRole, projectCount: r.projectCount, awarded: r.awardedCents })),
      projects: funding.projects.map((p) => ({
        projectCode: p.code,
        awarded: p.awardedCents,
        allowancesCommitted: p.allowancesCommittedCents,
        withheld: p.withheldCents,
      })),
    };
  }

  @Query(() => [ProjectParticipation], { description: 'People reached per project against the involvement target.' })
  async participation(
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectParticipation[]> {
    const disclosure = disclosureOf(ctx);
    // The public's figures are drawn from the series (server/disclosure/participation.ts); an
    // exact caller who does not ask for it gets the totals from a statement that never builds it.
    if (disclosure.audience === 'EXACT' && !selects(info, 'cumulative', 'targetReachedMonth')) {
      const { exact } = await runReport(ctx, filter, 'participationTotals');
      // cumulative and targetReachedMonth are not selected: never shown.
      return exact.map(({ code, ...row }) => ({ projectCode: code, ...row, cumulative: [], targetReachedMonth: null }));
    }
    const { exact } = await runReport(ctx, filter, 'participation');
    return participationView(exact, disclosure).map(({ code, ...row }) => ({ projectCode: code, ...row }));
  }

  @Query(() => PeopleReached, {
    description: "Distinct people reached by the filter's projects taken together, and the sum of the projects' people reached.",
  })
  async peopleReached(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<PeopleReached> {
    // The same scope's participation (shared with a participation field of the request) gives the sum and the one-project figure.
    const disclosure = disclosureOf(ctx);
    if (disclosure.audience === 'EXACT') {
      // Exact figures need no series (GraphQL never shows this one's).
      const [reach, participation] = await Promise.all([
        runReport(ctx, filter, 'reachTotal'),
        runReport(ctx, filter, 'participationTotals'),
      ]);
      const view = reachView(reach.exact, participation.exact, disclosure);
      return { asOf: view.asOf, distinct: view.people, sumOverProjects: view.sumOverProjects };
    }
    // The public's are drawn from the series (server/disclosure/reach.ts).
    const [reach, participation] = await Promise.all([runReport(ctx, filter, 'reach'), runReport(ctx, filter, 'participation')]);
    const view = reachView(reach.exact, participationView(participation.exact, disclosure), disclosure);
    return { asOf: view.asOf, distinct: view.people, sumOverProjects: view.sumOverProjects };
  }

  @Query(() => EmploymentOutcomes, {
    description: 'Outcomes of the reintegration path: enrolled, in progress, employed, unsuccessful, withdrawn.',
  })
  async employmentOutcomes(
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<EmploymentOutcomes> {
    const { exact, projects } = await runReport(ctx, filter, 'outcomes');
    const result = outcomesView(
      withEveryProject(
        exact,
        projects.map((p) => p.code),
      ),
      disclosureOf(ctx),
    );
    return {
      asOf: result.asOf,
      ...counts(result),
      bySex: result.bySex.map((row) => ({ ...row, sex: row.sex as Sex })),
      projects: result.projects.map((row) => ({ projectCode: row.code, ...counts(row) })),
    };
  }

  @Query(() => DebtRecovery, { description: 'Rent arrears at enrolment and how much of it came back, by repayment and by withholding.' })
  async debtRecovery(@Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null, @Ctx() ctx: Context): Promise<DebtRecovery> {
    const { exact } = await runReport(ctx, filter, 'debt');
    const result = debtView(exact, disclosureOf(ctx));
    return {
      asOf: result.asOf,
      ...debt(result),
      cumulative: result.monthly.map((m) => ({ month: m.month, value: Number(formatCents(m.recoveredCents)) })),
      monthly: result.monthly.map((m) => ({
        month: m.month,
        repayments: m.repaidCents,
        withholding: m.withheldCents,
        total: m.recoveredCents,
      })),
      projects: result.projects.map((p) => ({ projectCode: p.code, ...debt(p) })),
    };
  }

  @Query(() => [IndicatorValue], { description: 'ESF 2014-2020 common indicators over the participants, by sex.' })
  async esfIndicators(
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<IndicatorValue[]> {
    const { exact, scope } = await runReport(ctx, filter, 'esf');
    const disclosure = disclosureOf(ctx);
    return esfView(exact, disclosure, await outcomesForView(ctx, scope, disclosure));
  }

  @Query(() => EsfAnnualTable, {
    description:
      "The ESF indicators per calendar year and cumulative, by sex, for the projects together and per project: the Annual Implementation Report's tables. For the public, built from the yearly releases (docs/disclosure.md).",
  })
  async esfAnnualTable(
    @Arg('filter', () => ReportFilter, {
      nullable: true,
      description: 'Which projects; the last year is the last one ended on or before asOf (for the public, the last yearly release).',
    })
    filter: ReportFilter | null,
    @Arg('fromYear', () => Int, { nullable: true, description: "The first year; default the year the filter's first project started." })
    fromYear: number | null | undefined,
    @Arg('toYear', () => Int, { nullable: true, description: 'The last year; default the last year ended on or before asOf.' })
    toYear: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EsfAnnualTable> {
    const reports = await runEsfAnnual(ctx, filter, fromYear, toYear);
    const view = esfAnnualView(
      reports.yearEnds,
      reports.projects.map((p) => p.code),
      disclosureOf(ctx),
    );
    return {
      fromYear: reports.fromYear,
      toYear: reports.toYear,
      asOf: view.asOf,
      years: view.years,
      indicators: view.indicators,
      projects: view.projects.map(({ code, indicators }) => ({ projectCode: code, indicators })),
    };
  }

  @Query(() => [EntityIndicatorValue], {
    description:
      'ESF 2014-2020 common output indicators for entities (CO20-CO23): projects, not participants; exact for everyone, as of the day asked.',
  })
  async esfEntityIndicators(
    @Arg('filter', () => ReportFilter, FILTER) filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<EntityIndicatorValue[]> {
    // Facts about projects: the day asked, not a release day, for every caller (docs/disclosure.md).
    const scope = scopeOf(filter);
    const [, exact] = await Promise.all([projectsInScope(ctx, scope), exactReport(ctx, 'esfEntities', scope)]);
    return esfEntityView(exact, disclosureOf(ctx));
  }
}

function counts(row: OutcomeCountsView): OutcomeCounts {
  return {
    enrolled: row.enrolled,
    inProgress: row.inProgress,
    employed: row.employed,
    unsuccessful: row.unsuccessful,
    withdrawn: row.withdrawn,
    employmentRate: row.employmentRate,
    byContractType: row.byContractType.map((c) => ({
      contractType: c.contractType as ContractType,
      count: c.count,
      suppressed: c.suppressed,
    })),
  };
}

function debt(row: DebtAmountsRow): DebtAmounts {
  return {
    arrearsAtEnrolment: row.arrearsCents,
    recoveredFromRepayments: row.repaidCents,
    recoveredFromWithholding: row.withheldCents,
    totalRecovered: row.recoveredCents,
    outstanding: row.outstandingCents,
    recoveryRate: row.recoveryRate,
  };
}

/** A resolver for the `project` field of a per-project report row, through the request's loader. */
function projectFieldResolver<T extends { projectCode: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  class ProjectFieldResolver {
    @FieldResolver(() => Project)
    async project(@Root() row: T, @Ctx() ctx: Context): Promise<ProjectRecord> {
      const project = await ctx.loaders.projectByCode.load(row.projectCode);
      if (!project) throw new Error(`report row for unknown project ${row.projectCode}`);
      return project;
    }
  }
  return ProjectFieldResolver;
}

export const reportRowResolvers = [
  projectFieldResolver(ProjectFunding),
  projectFieldResolver(ProjectParticipation),
  projectFieldResolver(ProjectOutcomes),
  projectFieldResolver(ProjectDebtRecovery),
  projectFieldResolver(ProjectEsfAnnual),
];
