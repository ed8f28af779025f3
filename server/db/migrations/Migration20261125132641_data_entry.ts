import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * Data entry: the append-only audit trail (server/db/sql/audit.sql), locked periods, and the
 * rules the database itself enforces beside the services' checks (so that no path around the API
 * can break them).
 */
export class Migration20261125132641_data_entry extends Migration {
  override up(): void {
    this.addSql(sqlFile('audit.sql'));

    // Locked periods: reporting closed up to a day.
    this.addSql(
      `create table "period_lock" ("id" serial primary key, "locked_until" date not null, "reason" text not null, "locked_by" text not null, "locked_at" timestamptz not null default now(), "unlocked_at" timestamptz null, "unlocked_by" text null, "unlock_reason" text null);`,
    );

    // One open enrolment per person and project; positive amounts.
    this.addSql(
      `create unique index "enrolment_one_open_per_project" on "enrolment" ("person_id", "project_code") where "exited_on" is null;`,
    );
    this.addSql(`alter table "repayment" add constraint "repayment_amount_positive" check ("amount_cents" > 0);`);
    this.addSql(`alter table "withholding" add constraint "withholding_amount_positive" check ("amount_cents" > 0);`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_arrears_not_negative" check ("arrears_cents" >= 0);`);
  }

  override down(): void {
    this.addSql(`alter table "enrolment" drop constraint if exists "enrolment_arrears_not_negative";`);
    this.addSql(`alter table "withholding" drop constraint if exists "withholding_amount_positive";`);
    this.addSql(`alter table "repayment" drop constraint if exists "repayment_amount_positive";`);
    this.addSql(`drop index if exists "enrolment_one_open_per_project";`);
    this.addSql(`drop table if exists "period_lock";`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists audit_entry_append_only();`);
  }
}
