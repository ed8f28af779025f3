/**
 * The operators' listings: their projects' enrolments, activities, people, case files, repayments
 * and audit trail, and the "to do" lists, each one keyset-paginated SQL statement (keyset.ts).
 * What hangs on a listed record (its project, person, attendance counts, repayments …) is loaded
 * by the request's DataLoaders (listing.loader.ts), one statement per kind whatever the page size.
 *
 * Scope: the filter's projects, or by default the caller's (an OPERATOR's projects, every project
 * for an ADMIN). An OPERATOR naming a project that is not its own is FORBIDDEN; one of its records
 * never shows another project's: the rows are selected by project in SQL.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInItaly } from '../../dates.js';
import { withinScope, type Caller } from '../../domain/caller.js';
import { DomainError, ErrorCode, invalid } from '../../domain/errors.js';
import { checkFiscalCodeForm, pseudonymise } from '../../domain/fiscal-code.js';
import { MAX_PROJECT_CODES } from '../../domain/limits.js';
import { isUuid, PATH_LENGTH_MONTHS } from '../../domain/rules.js';
import { Activity } from '../activity/activity.entity.js';
import { ArrearsCase } from '../arrears-case/arrears-case.entity.js';
import { ArrearsCaseStatus } from '../arrears-case/arrears-case.enums.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import { pageOf, type Listing, type PageArgs } from './keyset.js';
import type {
  ActivityFilter,
  AuditTrailFilter,
  CaseFileFilter,
  Connection,
  EnrolmentFilter,
  PeopleFilter,
  PersonRecord,
  RepaymentFilter,
  ToDoFilter,
} from './listing.types.js';

/** One parameterised statement on the database (the pool's `query`): the listings' SQL counts among the request's statements. */
export type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** The projects a listing covers: the filter's (each one the caller's), or the caller's own; null = every project. */
export function listingScope(caller: Caller, codes: readonly string[] | null | undefined): string[] | null {
  if (caller.role !== 'ADMIN' && caller.role !== 'OPERATOR') {
    throw new DomainError(ErrorCode.FORBIDDEN, "Personal records are for an OPERATOR of the records' project, or an ADMIN.");
  }
  if (codes == null) return caller.role === 'OPERATOR' ? [...caller.projectCodes] : null;
  const unique = [...new Set(codes)];
  if (unique.length === 0) throw invalid('filter.projectCodes', 'projectCodes is empty: name at least one project, or omit it');
  if (unique.length > MAX_PROJECT_CODES) throw invalid('filter.projectCodes', `projectCodes names more than ${MAX_PROJECT_CODES} projects`);
  withinScope(caller, unique, 'filter.projectCodes');
  return unique;
}

/** Builds a listing's conditions: `bind` adds a parameter and returns its placeholder. */
class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(condition: string): void {
    this.where.push(condition);
  }
}

function uuidFilter(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw invalid(field, `${field} must be an id returned by the hub`);
  return value;
}

function dates(c: Conditions, column: string, from: string | null | undefined, to: string | null | undefined): void {
  if (from != null) c.add(`${column} >= ${c.bind(from)}::date`);
  if (to != null) c.add(`${column} <= ${c.bind(to)}::date`);
}

async function connection<T>(
  query: Query,
  listing: Listing,
  args: PageArgs,
  node: (row: Record<string, unknown>) => T,
): Promise<Connection<T>> {
  const page = await pageOf(query, listing, args);
  const edges = page.rows.map(({ cursor, row }) => ({ cursor, node: node(row) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

const ENROLMENT_COLUMNS = `e.id, e.person_id, e.project_code, e.selected_on::text as selected_on, e.arrears_cents::text as arrears_cents,
  e.exited_on::text as exited_on, e.outcome, e.contract_type, e.qualification_on_exit, e.job_searching_on_exit,
  e.in_education_or_training_on_exit`;
const BY_SELECTION = [
  { sql: 'e.selected_on', kind: 'date' },
  { sql: 'e.id', kind: 'uuid' },
] as const;

function enrolmentListing(name: string, c: Conditions, keys: Listing['keys'] = [...BY_SELECTION]): Listing {
  return { name, columns: ENROLMENT_COLUMNS, from: 'enrolment e', where: c.where, params: c.params, keys };
}

function inProjects(c: Conditions, column: string, scope: string[] | null): void {
  if (scope !== null) c.add(`${column} = any(${c.bind(scope)}::text[])`);
}

/** Enrolments of the caller's projects, by selection day. */
export function listEnrolments(
  query: Query,
  em: EntityManager,
  caller: Caller,
  filter: EnrolmentFilter | null | undefined,
  args: PageArgs,
) {
  const c = new Conditions();
  inProjects(c, 'e.project_code', listingScope(caller, filter?.projectCodes));
  dates(c, 'e.selected_on', filter?.selectedFrom, filter?.selectedTo);
  if (filter?.outcomes != null) c.add(`e.outcome::text = any(${c.bind(filter.outcomes)}::text[])`);
  if (filter?.open != null) c.add(filter.open ? 'e.exited_on is null' : 'e.exited_on is not null');
  const personId = uuidFilter('filter.personId', filter?.personId);
  if (personId) c.add(`e.person_id = ${c.bind(personId)}::uuid`);
  return connection(query, enrolmentListing('enrolments', c), args, (row) => em.map(Enrolment, row));
}

/** Activities of the caller's projects, by day. */
export function listActivities(query: Query, em: EntityManager, caller: Caller, filter: ActivityFilter | null | undefined, args: PageArgs) {
  const c = new Conditions();
  inProjects(c, 'a.project_code', listingScope(caller, filter?.projectCodes));
  dates(c, 'a.held_on', filter?.from, filter?.to);
  if (filter?.kinds != null) c.add(`a.kind::text = any(${c.bind(filter.kinds)}::text[])`);
  const listing: Listing = {
    name: 'activities',
    columns: 'a.id, a.project_code, a.kind, a.held_on::text as held_on, a.title',
    from: 'activity a',
    where: c.where,
    params: c.params,
    keys: [
      { sql: 'a.held_on', kind: 'date' },
      { sql: 'a.id', kind: 'uuid' },
    ],
  };
  return connection(query, listing, args, (row) => em.map(Activity, row));
}

/**
 * People tied to the caller's projects (an enrolment or an attendance, as `reach` keeps them, or a
 * case file), by id; found by their id or by a fiscal code, hashed here with the pseudonym key as
 * at registration. A code of a person of no project of the caller's finds nobody, as an unknown
 * one: the listing tells nothing about other projects.
 */
export function listPeople(
  query: Query,
  caller: Caller,
  filter: PeopleFilter | null | undefined,
  args: PageArgs,
  pseudonymKey: Buffer,
): Promise<Connection<PersonRecord>> {
  const c = new Conditions();
  const scope = listingScope(caller, filter?.projectCodes);
  if (scope !== null) {
    const codes = c.bind(scope);
    c.add(`p.id in (select person_id from reach where project_code = any(${codes}::text[])
                    union select person_id from arrears_case where project_code = any(${codes}::text[]))`);
  }
  const id = uuidFilter('filter.id', filter?.id);
  if (id) c.add(`p.id = ${c.bind(id)}::uuid`);
  if (filter?.fiscalCode != null) {
    // The message never repeats the code.
    const form = checkFiscalCodeForm(filter.fiscalCode);
    if (!form.ok) throw invalid('filter.fiscalCode', `Invalid fiscal code: ${form.message}`);
    c.add(`p.fiscal_code_hash = ${c.bind(pseudonymise(form.code, pseudonymKey))}`);
  }
  const listing: Listing = {
    name: 'people',
    columns: `p.id, p.sex, p.birth_year, p.labour_status, p.education, p.jobless_household, p.jobless_household_with_children,
      p.single_adult_with_children, p.migrant_or_minority, p.disability, p.other_disadvantaged, p.housing_exclusion`,
    from: 'person p',
    where: c.where,
    params: c.params,
    keys: [{ sql: 'p.id', kind: 'uuid' }],
  };
  return connection(query, listing, args, personRecord);
}

function personRecord(row: Record<string, unknown>): PersonRecord {
  return {
    id: row.id as string,
    sex: row.sex as PersonRecord['sex'],
    birthYear: row.birth_year as number,
    labourStatus: row.labour_status as PersonRecord['labourStatus'],
    education: row.education as PersonRecord['education'],
    joblessHousehold: row.jobless_household as boolean | null,
    joblessHouseholdWithChildren: row.jobless_household_with_children as boolean | null,
    singleAdultWithChildren: row.single_adult_with_children as boolean | null,
    migrantOrMinority: row.migrant_or_minority as boolean | null,
    disability: row.disability as boolean | null,
    otherDisadvantaged: row.other_disadvantaged as boolean | null,
    housingExclusion: row.housing_exclusion as boolean | null,
  };
}

const CASE_COLUMNS = `c.id, c.project_code, c.person_id, c.opened_on::text as opened_on, c.status, c.status_changed_on::text as status_changed_on`;

/** Case files for the blameless-arrears committee of the caller's projects, by opening day. */
export function listCaseFiles(query: Query, em: EntityManager, caller: Caller, filter: CaseFileFilter | null | undefined, args: PageArgs) {
  const c = new Conditions();
  inProjects(c, 'c.project_code', listingScope(caller, filter?.projectCodes));
  dates(c, 'c.opened_on', filter?.openedFrom, filter?.openedTo);
  if (filter?.statuses != null) c.add(`c.status::text = any(${c.bind(filter.statuses)}::text[])`);
  if (filter?.open != null) c.add(`c.status::text ${filter.open ? '' : 'not '}in ('PREPARED', 'SUBMITTED')`);
  const personId = uuidFilter('filter.personId', filter?.personId);
  if (personId) c.add(`c.person_id = ${c.bind(personId)}::uuid`);
  const listing: Listing = {
    name: 'caseFiles',
    columns: CASE_COLUMNS,
    from: 'arrears_case c',
    where: c.where,
    params: c.params,
    keys: [
      { sql: 'c.opened_on', kind: 'date' },
      { sql: 'c.id', kind: 'uuid' },
    ],
  };
  return connection(query, listing, args, (row) => em.map(ArrearsCase, row));
}

/** Repayments of the caller's projects' enrolments, by day. */
export function listRepayments(
  query: Query,
  em: EntityManager,
  caller: Caller,
  filter: RepaymentFilter | null | undefined,
  args: PageArgs,
) {
  const c = new Conditions();
  inProjects(c, 'e.project_code', listingScope(caller, filter?.projectCodes));
  dates(c, 'r.paid_on', filter?.from, filter?.to);
  const enrolmentId = uuidFilter('filter.enrolmentId', filter?.enrolmentId);
  if (enrolmentId) c.add(`r.enrolment_id = ${c.bind(enrolmentId)}::uuid`);
  const personId = uuidFilter('filter.personId', filter?.personId);
  if (personId) c.add(`e.person_id = ${c.bind(personId)}::uuid`);
  const listing: Listing = {
    name: 'repayments',
    columns: 'r.id, r.enrolment_id, r.paid_on::text as paid_on, r.amount_cents::text as amount_cents',
    from: 'repayment r join enrolment e on e.id = r.enrolment_id',
    where: c.where,
    params: c.params,
    keys: [
      { sql: 'r.paid_on', kind: 'date' },
      { sql: 'r.id', kind: 'uuid' },
    ],
  };
  return connection(query, listing, args, (row) => em.map(Repayment, row));
}

/**
 * The audit trail of the caller's projects, newest first: the entries of their enrolments (with
 * exits and corrections), withholdings, follow-ups, repayments, activities, attendances and case
 * files (audit_entry_project, server/db/sql/audit_project.sql). People's registrations, locks and
 * keys belong to no project: the admins' auditLog has them.
 */
export function listAuditTrail(
  query: Query,
  em: EntityManager,
  caller: Caller,
  filter: AuditTrailFilter | null | undefined,
  args: PageArgs,
) {
  const c = new Conditions();
  const scope = listingScope(caller, filter?.projectCodes);
  c.add(
    scope === null
      ? 'a.id in (select audit_entry_id from audit_entry_project)'
      : `a.id in (select audit_entry_id from audit_entry_project where project_code = any(${c.bind(scope)}::text[]))`,
  );
  if (filter?.from != null) c.add(`a.at >= ${c.bind(filter.from)}::date::timestamp at time zone 'UTC'`);
  if (filter?.to != null) c.add(`a.at < (${c.bind(filter.to)}::date + 1)::timestamp at time zone 'UTC'`);
  if (filter?.entity != null) c.add(`a.entity = ${c.bind(filter.entity)}`);
  if (filter?.entityId != null) c.add(`a.entity_id = ${c.bind(filter.entityId)}`);
  const listing: Listing = {
    name: 'auditTrail',
    columns: 'a.id::text as id, a.at, a.actor, a.action, a.entity, a.entity_id, a.before, a.after, a.reason, a.request_id',
    from: 'audit_entry a',
    where: c.where,
    params: c.params,
    keys: [{ sql: 'a.id', kind: 'bigint' }],
    descending: true,
  };
  return connection(query, listing, args, (row) => em.map(AuditEntry, row));
}

/** The day a "to do" list is drawn up for: the filter's, or today in Italy. */
function asOfDay(filter: ToDoFilter | null | undefined): string {
  return filter?.asOf ?? todayInItaly();
}

/**
 * Six-month follow-ups to record: participants who had left by the day, whose follow-up window
 * (six months after the exit, four weeks either way: follow_up_in_window, the rule recordFollowUp
 * applies) contains the day, and with no follow-up observed by then. Oldest exit first.
 */
export function listFollowUpsDue(query: Query, em: EntityManager, caller: Caller, filter: ToDoFilter | null | undefined, args: PageArgs) {
  const c = new Conditions();
  inProjects(c, 'e.project_code', listingScope(caller, filter?.projectCodes));
  const day = c.bind(asOfDay(filter));
  c.add(`e.exited_on <= ${day}::date and follow_up_in_window(e.exited_on, ${day}::date)`);
  c.add(`not exists (select 1 from follow_up f where f.enrolment_id = e.id and f.observed_on <= ${day}::date)`);
  const keys: Listing['keys'] = [
    { sql: 'e.exited_on', kind: 'date' },
    { sql: 'e.id', kind: 'uuid' },
  ];
  return connection(query, enrolmentListing('followUpsDue', c, keys), args, (row) => em.map(Enrolment, row));
}

/**
 * Enrolments past the path's length (PATH_LENGTH_MONTHS after the selection) with no exit by the
 * day: an exit to record, or a path to close. Oldest selection first.
 */
export function listEnrolmentsOverdue(
  query: Query,
  em: EntityManager,
  caller: Caller,
  filter: ToDoFilter | null | undefined,
  args: PageArgs,
) {
  const c = new Conditions();
  inProjects(c, 'e.project_code', listingScope(caller, filter?.projectCodes));
  const day = c.bind(asOfDay(filter));
  c.add(`(e.selected_on + ${c.bind(`${PATH_LENGTH_MONTHS} months`)}::interval)::date < ${day}::date`);
  c.add(`(e.exited_on is null or e.exited_on > ${day}::date)`);
  return connection(query, enrolmentListing('enrolmentsOverdue', c), args, (row) => em.map(Enrolment, row));
}

/** Case files submitted to the blameless-arrears committee and not decided yet: the longest waiting first. */
export function listCaseFilesAwaitingCommittee(
  query: Query,
  em: EntityManager,
  caller: Caller,
  filter: { projectCodes?: string[] | null } | null | undefined,
  args: PageArgs,
) {
  const c = new Conditions();
  inProjects(c, 'c.project_code', listingScope(caller, filter?.projectCodes));
  c.add(`c.status::text = ${c.bind(ArrearsCaseStatus.SUBMITTED)}`);
  const listing: Listing = {
    name: 'caseFilesAwaitingCommittee',
    columns: CASE_COLUMNS,
    from: 'arrears_case c',
    where: c.where,
    params: c.params,
    keys: [
      { sql: 'c.status_changed_on', kind: 'date' },
      { sql: 'c.id', kind: 'uuid' },
    ],
  };
  return connection(query, listing, args, (row) => em.map(ArrearsCase, row));
}
