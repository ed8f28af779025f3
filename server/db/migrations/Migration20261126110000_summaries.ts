import { Migration } from '@mikro-orm/migrations';
import { sqlFile } from './sql-file.js';

/**
 * Summaries closed under every write path (issue #11):
 * - server/db/sql/summaries_concurrency.sql replaces the trigger functions that read another
 *   table or recompute keys, so that concurrent transactions keep every summary exact (deltas as
 *   upserts, the parent row locked FOR SHARE, advisory locks on the reach keys);
 * - server/db/sql/summaries_closure.sql adds the full recomputation of each summary
 *   (<summary>_recomputed()), the rebuild (rebuild_summaries()), AFTER TRUNCATE triggers that
 *   rebuild what a TRUNCATE empties, and refuses a change of the keys the summaries count under;
 * - server/db/sql/summary_comments_closure.sql names the new triggers in the tables' comments.
 * The summaries are rebuilt at the end, so a database that drifted before this migration starts
 * exact.
 */
export class Migration20261126110000_summaries extends Migration {
  override up(): void {
    this.addSql(sqlFile('summaries_concurrency.sql'));
    this.addSql(sqlFile('summaries_closure.sql'));
    this.addSql(sqlFile('summary_comments_closure.sql'));
    this.addSql(`select rebuild_summaries();`);
  }

  override down(): void {
    this.addSql(sqlFile('summaries_down.sql'));
    this.addSql(sqlFile('summary_comments.sql'));
  }
}
