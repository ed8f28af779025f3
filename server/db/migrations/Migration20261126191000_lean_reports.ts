import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * Distinct people reached by the programme, bounded by time (issue 17): `reach_programme` (each
 * person's first day in any project) and `reach_programme_daily` (people first reached per day),
 * kept by triggers on `reach`, checked and rebuilt with the other summaries
 * (server/db/sql/reach_programme.sql).
 */
export class Migration20261126191000_reach_programme extends Migration {
  override up(): void {
    this.addSql(sqlFile('reach_programme.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('reach_programme_down.sql'));
  }
}
