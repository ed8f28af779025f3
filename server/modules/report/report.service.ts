import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInItaly } from '../../dates.js';
import type { Database } from '../../db/database.js';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { EARLIEST_DATE, MAX_PROJECT_CODES } from '../../domain/limits.js';
import { dateInRange } from '../../domain/rules.js';
import type { YearEndReports } from '../../disclosure/esf-annual.js';
import {
  disclosureFor,
  reportDate,
  type Disclosure,
  type DisclosurePolicy,
  type ReleaseCalendar,
  type ViewerRole,
} from '../../disclosure/audience.js';
import { getDebtRecovery } from '../../reporting/debt.js';
import { getEsfEntityIndicators } from '../../reporting/esf-entity-indicators.js';
import { getEsfIndicators } from '../../reporting/esf-indicators.js';
import type { ReportScope } from '../../reporting/filters.js';
import { getFunding } from '../../reporting/funding.js';
import { getOutcomes } from '../../reporting/outcomes.js';
import { getParticipation, getParticipationTotals } from '../../reporting/participation.js';
import { getReach, getReachTotal } from '../../reporting/reach.js';
import type { Project } from '../project/project.entity.js';
import type { ProjectLoaders } from '../project/project.loader.js';
import { listProjects } from '../project/project.service.js';
import type { ReportFilter } from './report.types.js';

/**
 * What the reporting services need of a request, and nothing of its transport: the request's
 * entity manager and project loader, the database, the values computed once in this request
 * (`memo`), who asks (their role) and the suppression threshold. The GraphQL context is one; the
 * downloads and the newsletter pass theirs; a unit test passes a stub.
 */
export interface ReportRequest {
  em: EntityManager;
  db: Database;
  loaders: Pick<ProjectLoaders, 'projectByCode'>;
  memo: Map<string, Promise<unknown>>;
  caller: { readonly role: ViewerRole };
  disclosurePolicy: DisclosurePolicy;
}

/** Runs `compute` once per request for a key; later readers in the same request share its promise. */
function memoise<T>(request: ReportRequest, key: string, compute: () => Promise<T>): Promise<T> {
  let value = request.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    request.memo.set(key, value);
  }
  return value;
}

/**
 * The scope the reporting SQL takes: asOf defaults to today in Italy; codes are de-duplicated.
 * asOf lies in the documented range (2000-01-01 to ten years after today), so that a monthly
 * series is never longer than the programme plus that range; at most 100 codes. For a protected
 * disclosure, the day is the public release on or before asOf (server/disclosure/release.ts).
 */
export function scopeOf(
  filter: ReportFilter | null | undefined,
  disclosure?: Disclosure,
  calendar: ReleaseCalendar = 'REPORTS',
): ReportScope {
  const today = todayInItaly();
  const asked = filter?.asOf ?? today;
  dateInRange('filter.asOf', asked);
  const asOf = disclosure ? reportDate(disclosure, asked, today, calendar) : asked;
  const codes = filter?.projectCodes;
  if (codes === undefined || codes === null) return { projectCodes: null, asOf };
  if (codes.length === 0) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      'projectCodes is empty: name at least one project, or omit it for all projects',
      'filter.projectCodes',
    );
  }
  const unique = [...new Set(codes)];
  if (unique.length > MAX_PROJECT_CODES) {
    throw new DomainError(ErrorCode.INVALID_INPUT, `projectCodes names more than ${MAX_PROJECT_CODES} projects`, 'filter.projectCodes');
  }
  return { projectCodes: unique, asOf };
}

/**
 * The projects of a scope, in the order reports list them; refuses unknown codes, naming them.
 * Once per request per scope (memoised), and it primes the request's project loader so that the
 * `project` fields of report rows cost no further query.
 */
export function projectsInScope(ctx: ReportRequest, scope: ReportScope): Promise<Project[]> {
  return memoise(ctx, `projects-in-scope:${JSON.stringify(scope.projectCodes)}`, async () => {
    if (scope.projectCodes === null) {
      const projects = await listProjects(ctx.em);
      for (const project of projects) ctx.loaders.projectByCode.prime(project.code, project);
      return projects;
    }
    const found = await ctx.loaders.projectByCode.loadMany(scope.projectCodes);
    const unknown = scope.projectCodes.filter((_, index) => !found[index] || found[index] instanceof Error);
    if (unknown.length > 0) {
      throw new DomainError(
        ErrorCode.INVALID_INPUT,
        `Unknown project code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
        'filter.projectCodes',
      );
    }
    return found as Project[];
  });
}

/**
 * The exact aggregates, by name (server/reporting/, one per file). A `…Total(s)` kind is the
 * report of the same name without its monthly series, for a caller who neither sees nor needs it
 * (a resolver picks it from the fields asked): the same figures from a statement that never builds
 * the series.
 */
const AGGREGATES = {
  funding: getFunding,
  participation: getParticipation,
  participationTotals: getParticipationTotals,
  reach: getReach,
  reachTotal: getReachTotal,
  outcomes: getOutcomes,
  debt: getDebtRecovery,
  esf: getEsfIndicators,
  esfEntities: getEsfEntityIndicators,
} as const;

export type ReportKind = keyof typeof AGGREGATES;
export type ExactReport<K extends ReportKind> = Awaited<ReturnType<(typeof AGGREGATES)[K]>>;

const REPORT_MEMO = 'report:';

/** The full report each totals kind is part of (its figures, plus the series). */
const TOTALS_OF = { participationTotals: 'participation', reachTotal: 'reach' } as const satisfies Partial<Record<ReportKind, ReportKind>>;

/**
 * An exact report for a scope, computed once per request: the GraphQL fields, the downloads, the
 * newsletter and the snapshots of one request share it, and each shows it through its disclosure.
 */
export function exactReport<K extends ReportKind>(ctx: ReportRequest, kind: K, scope: ReportScope): Promise<ExactReport<K>> {
  const keyOf = (k: ReportKind) => `${REPORT_MEMO}${k}:${scope.asOf}:${JSON.stringify(scope.projectCodes)}`;
  // The totals are part of the full report: one the request already asked for serves them.
  const full = (TOTALS_OF as Partial<Record<ReportKind, ReportKind>>)[kind];
  const asked = full === undefined ? undefined : (ctx.memo.get(keyOf(full)) as Promise<ExactReport<K>> | undefined);
  return asked ?? memoise(ctx, keyOf(kind), () => AGGREGATES[kind](ctx.db, scope) as Promise<ExactReport<K>>);
}

/** Forgets the request's exact reports: for a mutation that must read figures written earlier in the same request. */
export function forgetReports(ctx: ReportRequest): void {
  for (const key of [...ctx.memo.keys()]) if (key.startsWith(REPORT_MEMO)) ctx.memo.delete(key);
}

/** What this request's caller may see of a report (server/disclosure/ decides). */
export function disclosureOf(ctx: ReportRequest): Disclosure {
  return disclosureFor(ctx.caller.role, ctx.disclosurePolicy);
}

/**
 * Runs a report for a filter: the exact aggregate and the check of the projects go to the
 * database at the same time (the aggregate only reads, and its result is dropped when the check
 * fails).
 */
export async function runReport<K extends ReportKind>(
  ctx: ReportRequest,
  filter: ReportFilter | null | undefined,
  kind: K,
): Promise<{ scope: ReportScope; projects: Project[]; exact: ExactReport<K> }> {
  const scope = scopeOf(filter, disclosureOf(ctx), kind === 'esf' ? 'ESF' : 'REPORTS');
  const [projects, exact] = await Promise.all([projectsInScope(ctx, scope), exactReport(ctx, kind, scope)]);
  return { scope, projects, exact };
}

/**
 * The same scope's exact outcomes when the disclosure is protected (the public ESF and funding
 * views derive their enrolments from the outcomes' published figures); nothing for exact figures.
 */
export async function outcomesForView(
  ctx: ReportRequest,
  scope: ReportScope,
  disclosure: Disclosure,
): Promise<ExactReport<'outcomes'> | undefined> {
  return disclosure.audience === 'PROTECTED' ? exactReport(ctx, 'outcomes', scope) : undefined;
}

/** What the annual ESF table is built from: the years, the scope's projects, the reports as of each year end. */
export interface EsfAnnualReports {
  fromYear: number;
  toYear: number;
  projects: Project[];
  /** From 31 December of the year before fromYear to 31 December of toYear. */
  yearEnds: YearEndReports[];
}

/**
 * The reports behind the annual ESF table (server/disclosure/esf-annual.ts). The last year is the
 * last one ended on or before the filter's asOf (default today): for the public, the last yearly
 * release on or before it; toYear may name an earlier one. The first year is fromYear, by default
 * the year the scope's first project started. The reports as of each year end are the request's
 * exact reports (the same as esfIndicators' as of that day), asked for at the same time.
 */
export async function runEsfAnnual(
  ctx: ReportRequest,
  filter: ReportFilter | null | undefined,
  fromYear: number | null | undefined,
  toYear: number | null | undefined,
): Promise<EsfAnnualReports> {
  const disclosure = disclosureOf(ctx);
  const scope = scopeOf(filter, disclosure, 'ESF');
  const lastYear = Number(scope.asOf.slice(0, 4)) - (scope.asOf.endsWith('-12-31') ? 0 : 1);
  const earliest = Number(EARLIEST_DATE.slice(0, 4));
  const projects = await projectsInScope(ctx, scope);
  const to = toYear ?? lastYear;
  if (to > lastYear) {
    const which = disclosure.audience === 'EXACT' ? 'the last year ended on or before asOf' : 'the last yearly release on or before asOf';
    throw new DomainError(ErrorCode.INVALID_INPUT, `toYear ${to} is after ${lastYear}, ${which}`, 'toYear');
  }
  if (to < earliest) throw new DomainError(ErrorCode.INVALID_INPUT, `toYear ${to} is before ${earliest}`, 'toYear');
  const started = Math.min(...projects.map((p) => Number(p.startDate.slice(0, 4))));
  const from = fromYear ?? Math.max(earliest, Math.min(started, to));
  if (from < earliest || from > to) {
    throw new DomainError(ErrorCode.INVALID_INPUT, `fromYear ${from} must lie from ${earliest} to toYear (${to})`, 'fromYear');
  }
  const yearEnds = await Promise.all(
    Array.from({ length: to - from + 2 }, async (_, i): Promise<YearEndReports> => {
      const year = from - 1 + i;
      const at: ReportScope = { projectCodes: scope.projectCodes, asOf: `${year}-12-31` };
      const [esf, outcomes] = await Promise.all([exactReport(ctx, 'esf', at), outcomesForView(ctx, at, disclosure)]);
      return { year, esf, outcomes };
    }),
  );
  return { fromYear: from, toYear: to, projects, yearEnds };
}
