import { Migration } from '@mikro-orm/migrations';

/**
 * The pseudonymisation key's fingerprint, bound to the database at first use (server/secrets.ts):
 * a process started with another key refuses to run instead of turning known fiscal codes into
 * new people.
 */
export class Migration20261126130000_pseudonym_key extends Migration {
  override up(): void {
    this.addSql(
      `create table "pseudonym_key_binding" ("id" smallint not null, "fingerprint" varchar(64) not null, ` +
        `"bound_at" timestamptz not null default now(), constraint "pseudonym_key_binding_pkey" primary key ("id"));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "pseudonym_key_binding";`);
  }
}
