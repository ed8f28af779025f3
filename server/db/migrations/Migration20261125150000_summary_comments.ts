import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * A COMMENT ON TABLE for each summary table: what it holds and which writes maintain it
 * (server/db/sql/summary_comments.sql). A migration of its own, so that databases which already
 * applied the reporting migration get the comments too.
 */
export class Migration20261125150000_summary_comments extends Migration {
  override up(): void {
    this.addSql(sqlFile('summary_comments.sql'));
  }

  override down(): void {
    this.addSql(`comment on table "reach" is null;`);
    this.addSql(`comment on table "reach_daily" is null;`);
    this.addSql(`comment on table "attendance_daily" is null;`);
    this.addSql(`comment on table "enrolment_daily" is null;`);
    this.addSql(`comment on table "exit_daily" is null;`);
    this.addSql(`comment on table "ledger_daily" is null;`);
    this.addSql(`comment on table "esf_daily" is null;`);
  }
}
