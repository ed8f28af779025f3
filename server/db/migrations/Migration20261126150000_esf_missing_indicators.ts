import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The ESF indicators the hub did not compute (issue #13, item 4), in
 * server/db/sql/esf_missing_indicators.sql: the exit's job searching and education or training
 * (CR01, CR02, CR05), CR08 and CR09 from the six-month follow-up, and the project's degree of
 * urbanisation, copied onto the enrolment at entry (CO19). esf_daily is rebuilt.
 */
export class Migration20261126150000_esf_missing_indicators extends Migration {
  override up(): void {
    this.addSql(sqlFile('esf_missing_indicators.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('esf_missing_indicators_down.sql'));
  }
}
