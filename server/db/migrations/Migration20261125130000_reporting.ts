import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * Reporting support: project.awarded_on, the participant at entry on each enrolment, and the
 * summary tables kept by triggers (reach, reach_daily, attendance_daily, enrolment_daily,
 * exit_daily, ledger_daily, esf_daily) with the ESF indicator functions. The SQL is in
 * server/db/sql/, one file per summary table or concern, each opening with what it holds and
 * which writes maintain it.
 *
 * The summaries are kept by statement-level triggers with transition tables: inserts add to
 * them; corrections and deletions subtract what they removed (or, for reach and attendance_daily,
 * recompute exactly the keys they touched). Every summary stays equal to a full recomputation
 * (test/reporting-demo.test.ts checks this).
 */
export class Migration20261125130000_reporting extends Migration {
  override up(): void {
    this.addSql(sqlFile('project_awarded_on.sql'));
    this.addSql(sqlFile('reach.sql'));
    this.addSql(sqlFile('reach_daily.sql'));
    this.addSql(sqlFile('attendance_daily.sql'));
    this.addSql(sqlFile('enrolment_entry.sql'));
    this.addSql(sqlFile('enrolment_daily.sql'));
    this.addSql(sqlFile('ledger_daily.sql'));
    this.addSql(sqlFile('esf.sql'));
    // Last: the summaries of what was already recorded, once every trigger exists.
    this.addSql(sqlFile('reporting_backfill.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('reporting_down.sql'));
  }
}
