import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/** Frozen reports: once written, the database refuses any change or deletion (server/db/sql/report_snapshot.sql). */
export class Migration20261125143000_snapshots extends Migration {
  override up(): void {
    this.addSql(sqlFile('report_snapshot.sql'));
  }

  override down(): void {
    this.addSql(`drop table if exists "report_snapshot";`);
    this.addSql(`drop function if exists report_snapshot_frozen();`);
  }
}
