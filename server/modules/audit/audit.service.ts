import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { AuditEntry } from './audit.entity.js';

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
  return JSON.parse(JSON.stringify(values, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))) as Record<
    string,
    unknown
  >;
}

/** Adds an entry to the trail, in the transaction of the write it describes. */
export function audit(em: EntityManager, ctx: Context, entry: AuditInput): void {
  em.persist(
    em.create(AuditEntry, {
      actor: ctx.caller.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ? snapshot(entry.before) : null,
      after: entry.after ? snapshot(entry.after) : null,
      reason: entry.reason ?? null,
      requestId: ctx.requestId,
    }),
  );
}
