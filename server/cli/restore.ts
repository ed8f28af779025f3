/**
 * npm run restore -- <file> [--replace]: a backup back into an empty database (server/db/backup.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError, restoreDatabase } from '../db/backup.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run restore -- <file> [--replace]

Restores a backup made by npm run backup, in one transaction (all or nothing): the database is
migrated to the backup's schema, must hold no records, and receives every table as it was, the
summaries included (they are compared with their recomputation before the commit).

Options:
  --replace      empty a database that holds records first (everything in it is lost)
  -h, --help     show this help

Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR (.data), created
when missing: DATA_DIR=.data-restored npm run restore -- <file> restores beside the hub's data.
The hub must not be running on that database. Start the hub on the restored database with the
pseudonymisation key of the backed-up one (PSEUDONYM_KEY, or its DATA_DIR/pseudonym-key copied
into the new DATA_DIR): the database keeps the key's fingerprint and refuses another.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [file] = positionals;
  if (!file) {
    console.error(`Give the backup file.\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    const started = Date.now();
    const manifest = await restoreDatabase(db.pool, file, { replace: values.replace, onProgress: (message) => console.error(message) });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `${file}: ${manifest.tables.length} tables, ${rows.toLocaleString('it-IT')} rows restored in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(backup of ${manifest.createdAt}); the summaries equal their recomputation.`,
    );
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(`Nothing restored: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.close();
  }
}

runCli(main);
