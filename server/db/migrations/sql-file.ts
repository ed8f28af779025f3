import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';

/**
 * The text of one file of server/db/sql/, for a migration to pass whole to `this.addSql`.
 *
 * MikroORM runs each addSql string as one query without parameters, which PostgreSQL takes in
 * its simple protocol: several statements, dollar-quoted plpgsql bodies and comments all pass
 * as written, inside the migration's transaction. On the way, though, knex rewrites every "?"
 * into a "$n" placeholder (`\?` escapes it), even in comments and string literals, so a file
 * holding one is refused here rather than silently changed.
 *
 * The path is resolved from the project's root, so the compiled server (dist/server/) reads the
 * very files of server/db/sql/: nothing is copied, nothing can go stale.
 */
export function sqlFile(name: string): string {
  const text = readFileSync(path.join(PROJECT_ROOT, 'server', 'db', 'sql', name), 'utf8');
  assertNoPlaceholder(name, text);
  return text;
}

export function assertNoPlaceholder(name: string, text: string): void {
  const at = text.indexOf('?');
  if (at >= 0) {
    const line = text.slice(0, at).split('\n').length;
    throw new Error(`server/db/sql/${name}:${line} holds a "?", which knex would rewrite into a bind placeholder`);
  }
}
