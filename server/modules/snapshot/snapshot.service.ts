import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { beginTransaction } from '../../db/budget.js';
import type { Database } from '../../db/database.js';
import { ReportCache } from '../../db/report-cache.js';
import { forTheRecord } from '../../disclosure/audience.js';
import type { Caller } from '../../domain/caller.js';
import { notFound } from '../../domain/errors.js';
import { TEXT_LENGTHS } from '../../domain/limits.js';
import { dateInRange, plainText } from '../../domain/rules.js';
import type { ReportScope } from '../../reporting/filters.js';
import { audit } from '../audit/audit.service.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { esfTable, projectsTable, type ExportTable, type ProjectColumns, type Value } from '../export/export.tables.js';
import type { AlerRole } from '../project/project.enums.js';
import { allProjects, type ReportRequest } from '../report/report.service.js';
import { ReportSnapshot } from './snapshot.entity.js';

/** A request that freezes a report: it reads the reports, and the caller is recorded as who froze it. */
export interface SnapshotRequest extends ReportRequest {
  caller: Caller;
  em: EntityManager;
}

/** One row of a frozen table: its column names to its values, as in the downloads. */
export type ContentRow = Record<string, Value>;

export interface SnapshotContent {
  asOf: string;
  esfIndicators: ContentRow[];
  projects: ContentRow[];
}

const objects = (table: ExportTable): ContentRow[] =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i] ?? null])));

/** JSON with keys sorted at every level, so the same figures always give the same text and hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The exact figures of every project as of a day (what a snapshot freezes: the record, never
 * suppressed), from the request's reports and projects (`projects`: given, or from the ORM).
 */
export async function liveContent(ctx: ReportRequest, asOf: string, projects?: ProjectColumns[]): Promise<SnapshotContent> {
  const scope: ReportScope = { projectCodes: null, asOf };
  const record = forTheRecord();
  const [esf, table] = await Promise.all([
    esfTable(ctx, scope, record),
    (projects ? Promise.resolve(projects) : allProjects(ctx)).then((list) => projectsTable(ctx, scope, list, record)),
  ]);
  return { asOf, esfIndicators: objects(esf), projects: objects(table) };
}

/** The projects as listProjects orders them (the two ALER leads first, then by code), on the snapshot's connection. */
const PROJECTS_SQL = `select code, name, municipality, aler_role as "alerRole", involvement_target as "involvementTarget"
  from project order by aler_role asc, code asc`;

/**
 * The same figures read from one consistent snapshot of the database: every statement on one
 * connection inside one REPEATABLE READ, READ ONLY transaction (bounded by the request's time
 * budget), so the tables agree with each other whatever is written meanwhile: the ESF participants
 * are exactly the enrolments counted per project.
 */
export async function consistentContent(ctx: ReportRequest, asOf: string): Promise<SnapshotContent> {
  const client = await ctx.db.pool.connect();
  let broken: Error | undefined;
  try {
    await beginTransaction(client, 'isolation level repeatable read read only');
    // One statement at a time on the one connection (the reports ask in parallel).
    let queue: Promise<unknown> = Promise.resolve();
    const inSnapshot = <R extends pg.QueryResultRow>(text: string, params?: unknown[]) => {
      ctx.db.statements.record(text);
      const next = queue.then(() => client.query<R>(text, params));
      queue = next.catch(() => undefined);
      return next;
    };
    // No cache and no sharing, reads included (never a replica, whose snapshot is another one):
    // every statement on this transaction's connection, in its snapshot.
    const db: Database = { ...ctx.db, query: inSnapshot, read: inSnapshot, reports: new ReportCache({ query: inSnapshot }, 0) };
    const { rows } = await db.query<ProjectColumns & { alerRole: AlerRole }>(PROJECTS_SQL);
    // A memo of its own: none of the request's earlier reports, read outside the snapshot, is reused.
    const content = await liveContent({ ...ctx, db, memo: new Map(), readAfter: undefined }, asOf, rows);
    await client.query('commit');
    return content;
  } catch (error) {
    await client.query('rollback').catch((failure: Error) => {
      broken = failure;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

export function contentHash(content: SnapshotContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Freezes the figures as of a day. They are read in one snapshot (consistentContent), then
 * written with their hash in the transaction that follows: the content is that snapshot's, whatever
 * was committed in between.
 */
export async function freezeReport(ctx: SnapshotRequest, asOf: string, label: string): Promise<ReportSnapshot> {
  const text = plainText('label', label, TEXT_LENGTHS.label);
  dateInRange('asOf', asOf);
  const live = await consistentContent(ctx, asOf);
  const content = canonicalJson(live);
  return ctx.em.transactional(async (em: EntityManager) => {
    const snapshot = em.create(ReportSnapshot, {
      label: text,
      asOf,
      frozenBy: ctx.caller.actor,
      content,
      sha256: contentHash(live),
    });
    await em.flush();
    audit(em, ctx.caller, {
      action: 'create',
      entity: 'report_snapshot',
      entityId: String(snapshot.id),
      after: { id: snapshot.id, label: text, asOf, sha256: snapshot.sha256 },
    });
    return snapshot;
  });
}

export async function findSnapshot(em: EntityManager, id: string, field: string): Promise<ReportSnapshot> {
  const snapshot = /^\d+$/.test(id) ? await em.findOne(ReportSnapshot, { id: Number(id) }) : null;
  if (!snapshot) throw notFound(field, `No report snapshot with id ${id}`);
  return snapshot;
}

export interface FigureChange {
  table: string;
  key: string;
  field: string;
  before: string | null;
  after: string | null;
}

/** Every figure that differs between two contents, by table, row key and field. */
export function diffContents(from: SnapshotContent, to: SnapshotContent): FigureChange[] {
  const changes: FigureChange[] = [];
  const text = (v: Value | undefined) => (v === null || v === undefined ? null : String(v));
  for (const [table, key] of [
    ['esfIndicators', 'code'],
    ['projects', 'code'],
  ] as const) {
    const before = new Map(from[table].map((row) => [String(row[key]), row]));
    const after = new Map(to[table].map((row) => [String(row[key]), row]));
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(id) ?? {};
      const b = after.get(id) ?? {};
      for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (text(a[field]) !== text(b[field])) changes.push({ table, key: id, field, before: text(a[field]), after: text(b[field]) });
      }
    }
  }
  return changes;
}

/** Corrections (updates and voids in the audit trail) made between two moments: what caused the changes. */
export async function correctionsBetween(em: EntityManager, from: Date, to: Date | null): Promise<AuditEntry[]> {
  return em.find(
    AuditEntry,
    { action: { $in: ['update', 'void'] }, at: to ? { $gt: from, $lte: to } : { $gt: from }, entity: { $nin: ['api_key', 'period_lock'] } },
    { orderBy: { id: 'asc' }, limit: 500 },
  );
}
