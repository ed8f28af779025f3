/**
 * Who may call what: the one place that decides, for every root field of the schema. The server
 * refuses to start when a Query or Mutation field has no decision here, and a test walks every
 * field with every kind of caller.
 *
 * - PUBLIC: anyone (the public, ANALYST, OPERATOR, ADMIN).
 * - PERSONAL: personal records, ADMIN and OPERATOR only; an OPERATOR only for its own projects,
 *   which the rule's `projects` function finds from the arguments. With `outOfScope: 'NULL'` (a
 *   person), an OPERATOR reads the record only when it is tied to at least one of its projects:
 *   null for a record tied to none (or to no project at all), exactly as for one that does not
 *   exist; and a record tied to its projects stays visible when another project ties it too.
 *   With `match: 'ANY'` (a person's situation), an OPERATOR may act when the record is tied to at
 *   least one of its projects (FORBIDDEN otherwise, also for a record tied to none or that does
 *   not exist).
 * - KEYS: any caller with a key (ANALYST, OPERATOR, ADMIN): exact figures the public may not see.
 * - ADMIN: ADMIN only (keys, locks, the audit trail).
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { DomainError, ErrorCode } from '../domain/errors.js';
import { isUuid } from '../domain/rules.js';
import { withinScope, worksOn } from '../domain/caller.js';

type Args = Record<string, unknown>;
/** The projects a call touches (codes), or null when the arguments name nothing that exists. */
type ProjectsOf = (args: Args, ctx: Context) => Promise<string[] | null>;

export type AccessRule =
  | { access: 'PUBLIC' }
  | { access: 'ADMIN' }
  | { access: 'KEYS' }
  | { access: 'PERSONAL'; projects?: ProjectsOf; outOfScope?: 'FORBIDDEN' | 'NULL'; match?: 'ALL' | 'ANY' };

const sql = async (ctx: Context, text: string, params: unknown[]): Promise<string[] | null> => {
  const { rows } = await ctx.db.query<{ code: string }>(text, params);
  return rows.length === 0 ? null : rows.map((r) => r.code);
};
const byId = (text: string) => (id: unknown, ctx: Context) => (isUuid(id) ? sql(ctx, text, [id]) : Promise.resolve(null));
const projectOfEnrolment = byId('select project_code as code from enrolment where id = $1');
const projectOfRepayment = byId('select e.project_code as code from repayment r join enrolment e on e.id = r.enrolment_id where r.id = $1');
const projectOfActivity = byId('select project_code as code from activity where id = $1');
const projectOfCase = byId('select project_code as code from arrears_case where id = $1');
const projectsOfPerson = byId(`select distinct code from (
    select project_code as code from enrolment where person_id = $1
    union select a.project_code from attendance t join activity a on a.id = t.activity_id where t.person_id = $1
    union select project_code from arrears_case where person_id = $1) x`);
const VOIDABLE: Record<string, (id: unknown, ctx: Context) => Promise<string[] | null>> = {
  ENROLMENT: projectOfEnrolment,
  REPAYMENT: projectOfRepayment,
  FOLLOW_UP: byId('select e.project_code as code from follow_up f join enrolment e on e.id = f.enrolment_id where f.id = $1'),
  ACTIVITY: projectOfActivity,
  ATTENDANCE: byId('select a.project_code as code from attendance t join activity a on a.id = t.activity_id where t.id = $1'),
  ARREARS_CASE: projectOfCase,
};
const code = (value: unknown) => Promise.resolve(typeof value === 'string' ? [value] : null);
/** A field of the call's `input` argument, unchecked: GraphQL has coerced it, but the rule reads it before the resolver. */
const input = (args: Args, name: string): unknown =>
  typeof args.input === 'object' && args.input !== null ? (args.input as Record<string, unknown>)[name] : undefined;
const voided = (args: Args, ctx: Context) => {
  const record = input(args, 'record');
  return (typeof record === 'string' ? VOIDABLE[record]?.(input(args, 'id'), ctx) : undefined) ?? Promise.resolve(null);
};

/** A listing's projects: its filter's, when it names any (an OPERATOR's other projects are FORBIDDEN); else the caller's own. */
const listed = (args: Args) => {
  const filter = args.filter;
  const codes = typeof filter === 'object' && filter !== null ? (filter as Record<string, unknown>).projectCodes : undefined;
  return Promise.resolve(Array.isArray(codes) && codes.length > 0 ? codes.map(String) : null);
};
const LISTING: AccessRule = { access: 'PERSONAL', projects: listed };

const PUBLIC: AccessRule = { access: 'PUBLIC' };
const ADMIN: AccessRule = { access: 'ADMIN' };

export const ACCESS: Record<string, AccessRule> = {
  'Query.programme': PUBLIC,
  'Query.projects': PUBLIC,
  'Query.project': PUBLIC,
  'Query.fundingSummary': PUBLIC,
  'Query.participation': PUBLIC,
  'Query.peopleReached': PUBLIC,
  'Query.employmentOutcomes': PUBLIC,
  'Query.debtRecovery': PUBLIC,
  'Query.esfIndicators': PUBLIC,
  // The public gets differences of the published yearly releases (server/disclosure/esf-annual.ts).
  'Query.esfAnnualTable': PUBLIC,
  // Facts about projects (CO20-CO23), exact for everyone: server/disclosure/esf-entities.ts.
  'Query.esfEntityIndicators': PUBLIC,
  'Query.disclosurePolicy': PUBLIC,
  // Programme and project totals only: nothing below project level, so nothing to suppress.
  'Query.newsletterUpdate': PUBLIC,
  'Query.person': { access: 'PERSONAL', projects: (a, c) => projectsOfPerson(a.id, c), outOfScope: 'NULL' },
  // The operators' listings: their projects' records only (server/modules/listing/).
  'Query.enrolments': LISTING,
  'Query.activities': LISTING,
  'Query.people': LISTING,
  'Query.caseFiles': LISTING,
  'Query.repayments': LISTING,
  'Query.auditTrail': LISTING,
  'Query.followUpsDue': LISTING,
  'Query.enrolmentsOverdue': LISTING,
  'Query.caseFilesAwaitingCommittee': LISTING,
  'Query.auditLog': ADMIN,
  'Query.periodLocks': ADMIN,
  'Query.apiKeys': ADMIN,
  // Frozen reports hold the exact figures: for keys only. The diff lists corrections: admins.
  'Query.reportSnapshots': { access: 'KEYS' },
  'Query.reportDiff': ADMIN,
  'Mutation.freezeReport': ADMIN,

  // An operator registers people for its projects; the person is tied to a project when enrolled.
  'Mutation.registerPerson': { access: 'PERSONAL' },
  'Mutation.declareSituation': { access: 'PERSONAL', projects: (a, c) => projectsOfPerson(input(a, 'personId'), c), match: 'ANY' },
  'Mutation.enrolPerson': { access: 'PERSONAL', projects: (a) => code(input(a, 'projectCode')) },
  'Mutation.recordExit': { access: 'PERSONAL', projects: (a, c) => projectOfEnrolment(input(a, 'enrolmentId'), c) },
  'Mutation.recordFollowUp': { access: 'PERSONAL', projects: (a, c) => projectOfEnrolment(input(a, 'enrolmentId'), c) },
  'Mutation.recordRepayment': { access: 'PERSONAL', projects: (a, c) => projectOfEnrolment(input(a, 'enrolmentId'), c) },
  'Mutation.recordActivity': { access: 'PERSONAL', projects: (a) => code(input(a, 'projectCode')) },
  'Mutation.recordAttendance': { access: 'PERSONAL', projects: (a, c) => projectOfActivity(input(a, 'activityId'), c) },
  'Mutation.openArrearsCase': { access: 'PERSONAL', projects: (a) => code(input(a, 'projectCode')) },
  'Mutation.changeArrearsCaseStatus': { access: 'PERSONAL', projects: (a, c) => projectOfCase(input(a, 'caseId'), c) },
  'Mutation.correctEnrolment': { access: 'PERSONAL', projects: (a, c) => projectOfEnrolment(input(a, 'enrolmentId'), c) },
  'Mutation.correctRepayment': { access: 'PERSONAL', projects: (a, c) => projectOfRepayment(input(a, 'repaymentId'), c) },
  'Mutation.voidRecord': { access: 'PERSONAL', projects: voided },
  // The import checks each row's project against the caller's (see import.service.ts).
  'Mutation.importFile': { access: 'PERSONAL' },
  'Mutation.lockPeriod': ADMIN,
  'Mutation.unlockPeriod': ADMIN,
  'Mutation.createApiKey': ADMIN,
  'Mutation.revokeApiKey': ADMIN,
};

/** Throws unless the caller may call a field under `rule`; returns false when the call should answer null. */
export async function checkAccess(rule: AccessRule, args: Args, ctx: Context, field: string): Promise<boolean> {
  const { caller } = ctx;
  if (rule.access === 'PUBLIC' || caller.role === 'ADMIN') return true;
  if (caller.role === 'PUBLIC') {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `${field} needs a key: send Authorization: Bearer <token>.`);
  }
  if (rule.access === 'KEYS') return true;
  if (rule.access === 'ADMIN' || caller.role !== 'OPERATOR') {
    throw new DomainError(ErrorCode.FORBIDDEN, `A ${caller.role} key may not use ${field}.`);
  }
  if (!rule.projects) return true;
  const projects = await rule.projects(args, ctx);
  // Nothing found: the resolver answers NOT_FOUND (or null) as it would for anyone.
  // A record tied to none of the operator's projects answers null, as one that does not exist.
  if (rule.outOfScope === 'NULL') return projects !== null && projects.some((code) => worksOn(caller, code));
  if (rule.match === 'ANY') {
    if (projects !== null && projects.some((code) => worksOn(caller, code))) return true;
    throw new DomainError(ErrorCode.FORBIDDEN, `Refused: ${field} needs a key of one of the person's projects.`);
  }
  if (projects === null) return true;
  withinScope(caller, projects);
  return true;
}

/** Wraps every Query and Mutation field's resolver with its access rule; throws when a field has none. */
export function applyAccessPolicy(schema: GraphQLSchema): GraphQLSchema {
  const missing: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const rule = ACCESS[key];
      if (!rule) {
        missing.push(key);
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args: Args, ctx: Context, info) =>
        (await checkAccess(rule, args, ctx, key)) ? resolve(source, args, ctx, info) : null;
    }
  }
  if (missing.length > 0) throw new Error(`No access decision for ${missing.join(', ')}: add them to server/graphql/access.ts`);
  return schema;
}
