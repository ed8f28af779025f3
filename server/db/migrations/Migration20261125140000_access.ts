import { Migration } from '@mikro-orm/migrations';

/** Access control: API keys. Only a SHA-256 of each token is stored. */
export class Migration20261125140000_access extends Migration {
  override up(): void {
    this.addSql(`create type "api_role" as enum ('ADMIN', 'OPERATOR', 'ANALYST');`);
    this.addSql(
      `create table "api_key" ("id" uuid not null default gen_random_uuid(), "label" text not null, "role" "api_role" not null, "project_codes" text[] not null, "token_hash" varchar(64) not null, "token_prefix" varchar(16) not null, "created_at" timestamptz not null default now(), "created_by" text not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" text null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_token_hash_unique" unique ("token_hash");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "api_key";`);
    this.addSql(`drop type "api_role";`);
  }
}
