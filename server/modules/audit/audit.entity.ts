import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One write, as it happened: who, when, what (entity, id, before and after) and why. The table is
 * append-only: a database trigger refuses every UPDATE, DELETE and TRUNCATE.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entity', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at?: Date;

  /** "admin", or the API key's id. */
  @Property({ type: 'text' })
  actor!: string;

  /** create, update, void … */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'text' })
  entityId!: string;

  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
