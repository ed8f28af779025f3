import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * The situation at entry per enrolment (issue #13), in server/db/sql/person_situation.sql: a
 * person's situation declared again with the day it takes effect, and the enrolment's snapshot
 * taken from the situation in effect on its day of selection.
 */
export class Migration20261126160000_person_situation extends Migration {
  override up(): void {
    this.addSql(sqlFile('person_situation.sql'));
  }

  override down(): void {
    this.addSql(sqlFile('person_situation_down.sql'));
  }
}
