import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The data version (issue 17): one row moved at the commit of every transaction that writes
 * records, which keys the report cache (server/db/sql/data_version.sql). A table added by a later
 * migration must call data_version_attach('its_name') (test/data-version.test.ts checks).
 */
export class Migration20261126192000_data_version extends Migration {
  override up(): void {
    this.addSql(sqlFile('data_version.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('data_version_down.sql'));
  }
}
