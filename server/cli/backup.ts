/**
 * npm run backup -- [--out file]: a consistent dump of the hub's database (server/db/backup.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { backupDatabase } from '../db/backup.js';
import { createLogger } from '../logger.js';
import { openHubDatabase } from './hub-database.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run backup -- [--out <file>]

Writes every table of the hub's database, as of one moment (one snapshot: writes may go on
meanwhile), to a gzip'd file in PostgreSQL's COPY text layout (readable with zcat), with a
manifest on its first line: the migrations applied, each table's columns and rows, the sequences.
Bring it back with npm run restore.

Options:
  --out <file>   where to write (default backups/quartieri-<date>-<time>.sql.gz); the file is
                 readable by its owner only: it holds personal data
  -h, --help     show this help

Uses DATABASE_URL when set, otherwise the hub's embedded PostgreSQL under DATA_DIR (.data); it
never creates a cluster or a database. While the hub runs (npm start) on that embedded
PostgreSQL, the backup goes through the hub's server: the hub may keep running.
The backup does not hold the pseudonymisation key (PSEUDONYM_KEY or DATA_DIR/pseudonym-key):
keep the key with it, apart, or the restored people cannot be found by fiscal code.`;

function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replaceAll(':', '')
    .replace('T', '-');
  return path.join('backups', `quartieri-${stamp}.sql.gz`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const file = values.out ?? defaultFile();
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openHubDatabase(
    config,
    log,
    { nothingDone: 'Nothing backed up', whileRunning: 'start the hub, or stop it and try again.' },
    { migrate: false },
  );
  try {
    const started = Date.now();
    const manifest = await backupDatabase(db.pool, file, (message) => console.error(message));
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `${file}: ${manifest.tables.length} tables, ${rows.toLocaleString('it-IT')} rows, as of one snapshot, in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s (schema: ${manifest.migrations.at(-1)}).`,
    );
  } finally {
    await db.close();
  }
}

runCli(main);
