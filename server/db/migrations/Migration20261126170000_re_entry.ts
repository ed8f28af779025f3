import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The ESF re-entry rule (issue #13), in server/db/sql/re_entry.sql: a person re-entering the same
 * project is one participant, described by the first entry, with the final exit's results;
 * applied when the indicators are read, over the keys the new `participation` summary finds.
 */
export class Migration20261126170000_re_entry extends Migration {
  override up(): void {
    this.addSql(sqlFile('re_entry.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('re_entry_down.sql'));
  }
}
