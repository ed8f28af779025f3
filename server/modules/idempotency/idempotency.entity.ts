import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A write sent with an Idempotency-Key: who sent it, the key, a hash of what was asked (the
 * mutation and its arguments) and what it answered. Written in the transaction of the write
 * itself, so a key is stored exactly when its write committed (docs/data-entry.md).
 */
@Entity({ tableName: 'idempotency_key' })
@Index({ properties: ['createdAt'] })
export class IdempotentRequest {
  /** "admin", or the API key's id: a key belongs to one caller. */
  @PrimaryKey({ type: 'text' })
  actor!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** SHA-256 (hex) of the mutation's name and arguments. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** What the mutation answered, to answer a retry the same way (null until the write is done). */
  @Property({ type: 'jsonb', nullable: true })
  result?: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
