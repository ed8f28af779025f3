import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * Read replicas (issue 17): each writer's last position in the primary's WAL, which its reports
 * wait for on a replica (server/db/sql/writer_position.sql, server/db/replicas.ts).
 */
export class Migration20261126190000_replicas extends Migration {
  override up(): void {
    this.addSql(sqlFile('writer_position.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('writer_position_down.sql'));
  }
}
