import type { EntityManager } from '@mikro-orm/postgresql';
import { auditJson } from '../../db/bulk-writer.js';
import type { Caller } from '../../domain/caller.js';
import { invalid } from '../../domain/errors.js';
import { AuditEntry } from './audit.entity.js';
import type { AuditFilter, AuditPage } from './audit.types.js';

/** The longest page of the trail one call returns. */
export const AUDIT_PAGE_MAX = 200;

export interface AuditInput {
  action: 'create' | 'update' | 'void';
  entity: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** JSON-safe copy of a record for the trail: bigints (cents) become strings. */
export function snapshot(values: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(auditJson(values)) as Record<string, unknown>;
}

/** Adds an entry to the trail, in the transaction of the write it describes. */
export function audit(em: EntityManager, caller: Caller, entry: AuditInput): void {
  em.persist(
    em.create(AuditEntry, {
      actor: caller.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ? snapshot(entry.before) : null,
      after: entry.after ? snapshot(entry.after) : null,
      reason: entry.reason ?? null,
      requestId: caller.requestId ?? null,
    }),
  );
}

/** A page of the trail, newest first; `after` is the cursor of the previous page. */
export async function auditPage(
  em: EntityManager,
  filter: AuditFilter | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<AuditPage> {
  if (first < 1 || first > AUDIT_PAGE_MAX) throw invalid('first', `first must be between 1 and ${AUDIT_PAGE_MAX}`);
  if (after != null && !/^\d+$/.test(after)) throw invalid('after', 'after must be a cursor returned by auditLog');
  const where: Record<string, unknown> = {};
  if (filter?.entity) where.entity = filter.entity;
  if (filter?.entityId) where.entityId = filter.entityId;
  if (filter?.actor) where.actor = filter.actor;
  const at: Record<string, Date> = {};
  if (filter?.from) at.$gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter?.to) at.$lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000);
  if (Object.keys(at).length > 0) where.at = at;
  if (after != null) where.id = { $lt: after };
  const rows = await em.find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: first + 1 });
  const entries = rows.slice(0, first);
  return { entries, nextCursor: rows.length > first ? String(entries[entries.length - 1]!.id) : null };
}
