import { Migration } from '@mikro-orm/migrations';

/** Frozen reports: once written, the database refuses any change or deletion. */
export class Migration20261125143000_snapshots extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report_snapshot" ("id" serial primary key, "label" text not null, "as_of" date not null, "frozen_at" timestamptz not null default now(), "frozen_by" text not null, "content" text not null, "sha256" varchar(64) not null);`);
    this.addSql(`create function report_snapshot_frozen() returns trigger language plpgsql as $$
    begin
      raise exception 'a frozen report never changes: % is not allowed', tg_op;
    end $$;`);
    this.addSql(`create trigger "report_snapshot_frozen" before update or delete on "report_snapshot"
      for each row execute function report_snapshot_frozen();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_snapshot";`);
    this.addSql(`drop function if exists report_snapshot_frozen();`);
  }
}
