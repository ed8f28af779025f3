import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The operators' listings (issue 15): the projects of each audit entry, kept by a trigger and
 * filled for the entries already written, and the indexes of the listings' keyset pages
 * (server/db/sql/audit_project.sql).
 */
export class Migration20261126180000_listings extends Migration {
  override up(): void {
    this.addSql(sqlFile('audit_project.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('audit_project_down.sql'));
  }
}
