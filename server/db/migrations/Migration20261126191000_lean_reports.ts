import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The lean report statements (issue 17):
 * - distinct people reached by the programme, bounded by time: `reach_programme` (each person's
 *   first day in any project) and `reach_programme_daily` (people first reached per day), kept by
 *   triggers on `reach`, checked and rebuilt with the other summaries
 *   (server/db/sql/reach_programme.sql);
 * - the ESF re-entry corrections marked PARALLEL RESTRICTED, so that the ESF statement may group
 *   esf_daily in parallel (server/db/sql/esf_parallel.sql);
 * - `esf_monthly` and `exit_monthly`, esf_daily and exit_daily by month, kept by triggers on the
 *   daily tables, so that the ESF and outcomes statements read days only for asOf's month
 *   (server/db/sql/monthly.sql).
 */
export class Migration20261126191000_lean_reports extends Migration {
  override up(): void {
    this.addSql(sqlFile('reach_programme.sql'));
    this.addSql(sqlFile('esf_parallel.sql'));
    this.addSql(sqlFile('monthly.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('monthly_down.sql'));
    this.addSql(sqlFile('esf_parallel_down.sql'));
    this.addSql(sqlFile('reach_programme_down.sql'));
  }
}
