import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The ESF indicators as the Commission defines them (issue #13), in
 * server/db/sql/esf_commission.sql: the person's birth date and the enrolment's exact age at entry
 * (CO06, CO07, CO08), CR07 only for participants employed at entry, and CR06/CR07 only from a
 * follow-up observed six months after leaving (four weeks either way). esf_daily is rebuilt.
 */
export class Migration20261126140000_esf_commission extends Migration {
  override up(): void {
    this.addSql(sqlFile('esf_commission.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('esf_commission_down.sql'));
  }
}
