import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The database's pseudonymisation key, as a fingerprint (HMAC-SHA256 of a fixed label under the
 * key; never the key): one row, written by the first process that uses the database
 * (server/secrets.ts). A process with another key refuses to run against it.
 */
@Entity({ tableName: 'pseudonym_key_binding' })
export class PseudonymKeyBinding {
  /** Always 1: one key per database. */
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  boundAt?: Date;
}
