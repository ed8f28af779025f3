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
import type { QueryRunner } from '../../db/report-cache.js';
import { readCatalogue, type Catalogue, type ProjectRecord } from '../project/project.records.js';
import type { ReportFilter } from './report.types.js';

/**
 * What the reporting services need of a request, and nothing of its transport: the database (its
 * report cache included), the values computed once in this request (`memo`), who asks (their
 * role) and the suppression threshold. The GraphQL context is one; the downloads and the
 * newsletter pass theirs; a unit test passes a stub.
 */
export interface ReportRequest {
  db: Database;
  memo: Map<string, Promise<unknown>>;
  caller: { readonly role: ViewerRole };
  disclosurePolicy: DisclosurePolicy;
  /**
   * Reports may read a replica (server/db/replicas.ts): this gives the caller's last write, which
   * the replica must have replayed (null: the caller never wrote). Absent: the primary (a
   * mutation, a snapshot, a caller outside a request).
   */
  readAfter?: (() => Promise<string | null>) | undefined;
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

const REPORT_MEMO = 'report:';

/**
 * The data version this request reads at (server/db/report-cache.ts): asked once per request, on
 * first need, from a check begun after the request started; forgotten with the request's reports.
 */
export function dataVersion(ctx: ReportRequest): Promise<string> {
  return memoise(ctx, `${REPORT_MEMO}version`, async () => ctx.db.reports.version(await readTarget(ctx)));
}

/** The runner of the reads of callers who never wrote, per database: one, so that they share version checks. */
const anyReplica = new WeakMap<Database, QueryRunner>();

/**
 * Where the request's reads run (once per request): without replicas, or for a request that is
 * not a report read (a mutation, a snapshot), the primary; with replicas, a replica that has
 * replayed the caller's last write (server/db/replicas.ts), or the primary. The version check
 * and the computations of a request go to the same target.
 */
function readTarget(ctx: ReportRequest): Promise<QueryRunner> {
  return memoise(ctx, `${REPORT_MEMO}target`, async () => {
    const readAfter = ctx.readAfter;
    if (!readAfter || !ctx.db.replicas) return ctx.db;
    const after = await readAfter();
    if (after !== null) return { query: (text, params) => ctx.db.read(text, params, { after }) } satisfies QueryRunner;
    let shared = anyReplica.get(ctx.db);
    if (!shared) {
      const db = ctx.db;
      shared = { query: (text, params) => db.read(text, params, { after: null }) };
      anyReplica.set(db, shared);
    }
    return shared;
  });
}

/**
 * A read of the request's data version through the report cache, once per request: `read` must
 * send its statements through the runner it is given.
 */
export function cachedRead<T>(ctx: ReportRequest, key: string, read: (runner: QueryRunner) => Promise<T>): Promise<T> {
  return memoise(ctx, `${REPORT_MEMO}${key}`, async () => {
    const [version, target] = await Promise.all([dataVersion(ctx), readTarget(ctx)]);
    return ctx.db.reports.get(version, key, read, target);
  });
}

/**
 * The programme and every project, as records (server/modules/project/project.records.ts): one
 * statement per data version in the whole process, none on a warm cache.
 */
export function catalogue(ctx: ReportRequest): Promise<Catalogue> {
  return cachedRead(ctx, 'catalogue', readCatalogue);
}

/** Every project, in the order reports list them (the two ALER leads first, then by code). */
export async function allProjects(ctx: ReportRequest): Promise<ProjectRecord[]> {
  return (await catalogue(ctx)).projects;
}

/** The projects of a scope, in the order reports list them (or as asked); refuses unknown codes, naming them. */
export async function projectsInScope(ctx: ReportRequest, scope: ReportScope): Promise<ProjectRecord[]> {
  const projects = await allProjects(ctx);
  if (scope.projectCodes === null) return projects;
  const byCode = new Map(projects.map((project) => [project.code, project]));
  const unknown = scope.projectCodes.filter((code) => !byCode.has(code));
  if (unknown.length > 0) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `Unknown project code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
      'filter.projectCodes',
    );
  }
  return scope.projectCodes.map((code) => byCode.get(code)!);
}

/**
 * The exact aggregates, by name (server/reporting/, one per file; the tests compare the cache with
 * them). A `…Total(s)` kind is the report of the same name without its monthly series, for a caller
 * who neither sees nor needs it (a resolver picks it from the fields asked): the same figures from a
 * statement that never builds the series.
 */
export const AGGREGATES = {
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

/**
 * An exact report for a scope, computed once per request: the GraphQL fields, the downloads, the
 * newsletter and the snapshots of one request share it, and each shows it through its disclosure.
 * Across requests and processes, the report cache keyed by the data version shares it: concurrent
 * requests for it at one version cost one statement, later ones none until a write.
 */
export function exactReport<K extends ReportKind>(ctx: ReportRequest, kind: K, scope: ReportScope): Promise<ExactReport<K>> {
  const keyOf = (k: ReportKind) => `${k}:${scope.asOf}:${JSON.stringify(scope.projectCodes)}`;
  // The totals are part of the full report: one the request already asked for serves them.
  const full = (TOTALS_OF as Partial<Record<ReportKind, ReportKind>>)[kind];
  const asked = full === undefined ? undefined : (ctx.memo.get(`${REPORT_MEMO}${keyOf(full)}`) as Promise<ExactReport<K>> | undefined);
  return asked ?? cachedRead(ctx, keyOf(kind), (runner) => AGGREGATES[kind](runner, scope) as Promise<ExactReport<K>>);
}

/** The full report each totals kind is part of (its figures, plus the series). */
const TOTALS_OF = { participationTotals: 'participation', reachTotal: 'reach' } as const satisfies Partial<Record<ReportKind, ReportKind>>;

/** Forgets the request's data version and exact reports: for a mutation that must read figures written earlier in the same request. */
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
): Promise<{ scope: ReportScope; projects: ProjectRecord[]; exact: ExactReport<K> }> {
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
  projects: ProjectRecord[];
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
