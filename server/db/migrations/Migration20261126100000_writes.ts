import { Migration } from '@mikro-orm/migrations';

/**
 * Writes that race: the natural key of an activity (one per project, day and title, as the
 * attendance register names it), so that two imports of one register cannot both create it;
 * and the requests a client sent with an Idempotency-Key, so that a retry is answered without
 * writing again (docs/data-entry.md).
 */
export class Migration20261126100000_writes extends Migration {
  override up(): void {
    this.addSql(`create unique index "activity_natural_key" on "activity" ("project_code", "held_on", lower("title"));`);
    this.addSql(
      `create table "idempotency_key" ("actor" text not null, "key" text not null, "request_hash" varchar(64) not null, "result" jsonb null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("actor", "key"));`,
    );
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "idempotency_key";`);
    this.addSql(`drop index if exists "activity_natural_key";`);
  }
}
