/**
 * npm run import -- <participants|attendance> <file.csv> [--dry-run]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { ADMIN_CALLER } from '../domain/caller.js';
import { RECORD_POSITION_SQL } from '../db/replicas.js';
import { runImport } from '../imports/import.service.js';
import { loadPseudonymKey } from '../secrets.js';
import { openHubDatabase } from './hub-database.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run import -- <kind> <file.csv> [--dry-run]

Imports one CSV file in one transaction: if any row is bad, nothing is written and every bad
row is listed (line, column, message). Rows already imported are skipped, so the same file can
be imported twice safely. Semicolon or comma separated, UTF-8 with or without BOM, dates as
dd/mm/yyyy, amounts as 1.234,56 (semicolon files) or 1234.56 (comma files).

Kinds:
  participants   the social-services list of selected participants, columns:
                 codice_fiscale; sesso (F/M); anno_nascita; titolo_studio (ISCED 0-8, may be empty);
                 condizione (disoccupato, disoccupato_lungo_periodo, inattivo_in_formazione,
                 inattivo, occupato); progetto (GOLAB, PRO_SALOMONE, …); data_selezione; morosita
  attendance     an attendance register, columns:
                 progetto; data; tipo (TRAINING, SOCIAL_SUPPORT, …); titolo; and either
                 codice_fiscale (a registered person; add sesso, anno_nascita, condizione to
                 register new people) or persone_non_registrate (a headcount)

Options:
  --dry-run      check the whole file and say what it would write, without writing
  -h, --help     show this help

Samples: seeds/samples/. Uses DATABASE_URL when set, otherwise the hub's embedded PostgreSQL
under DATA_DIR (.data); it never creates a cluster or a database: start the hub once first.
While the hub runs (npm start) on that embedded PostgreSQL, the import goes through the hub's
server; the importFile GraphQL mutation does the same through the API (README, "Recording the labs").
The pseudonymisation key is PSEUDONYM_KEY, or DATA_DIR/pseudonym-key (the hub's DATA_DIR); it must
be the key the database is bound to, or the import stops before writing anything.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [kind, file] = positionals;
  if ((kind !== 'participants' && kind !== 'attendance') || !file) {
    console.error(`Give the kind (participants or attendance) and the file.\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const csv = await readFile(file, 'utf8');
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  // The hub's data, never a new cluster or database: an import into an empty one could only fail.
  const db = await openHubDatabase(config, log, {
    nothingDone: 'Nothing imported',
    whileRunning:
      'import through the hub with the importFile GraphQL mutation and the admin token (README, "Recording the labs"), or stop the hub first.',
  });
  try {
    // The key must be the one the database is bound to. A new one is generated only beside the
    // embedded PostgreSQL of DATA_DIR, never for an external database (DATABASE_URL).
    const pseudonymKey = await loadPseudonymKey(config, log, db.pool, { mayGenerate: db.embedded && config.nodeEnv !== 'production' });
    const started = Date.now();
    const report = await runImport(db.pool, ADMIN_CALLER, {
      kind,
      csv,
      fileName: path.basename(file),
      dryRun: values['dry-run'],
      pseudonymKey,
      onProgress: (message) => console.error(message),
    });
    // The admin's next reports through the hub must see this import, even on a lagging read replica.
    if (report.written) await db.query(RECORD_POSITION_SQL, [ADMIN_CALLER.actor]);
    const n = (value: number) => value.toLocaleString('it-IT');
    if (report.errors.length > 0) {
      console.error(`${path.basename(file)}: ${n(report.rows)} rows, nothing written. Fix these and import again:`);
      for (const e of report.errors) console.error(`  line ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
      process.exitCode = 1;
      return;
    }
    const c = report.created;
    console.log(
      `${path.basename(file)}: ${n(report.rows)} rows ${report.dryRun ? 'checked (dry run, nothing written)' : 'imported'} in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s: ${n(c.people)} new people, ${n(c.enrolments)} enrolments, ` +
        `${n(c.activities)} activities, ${n(c.attendances)} attendances; ${n(report.skipped)} rows already present.`,
    );
  } finally {
    await db.close();
  }
}

runCli(main);
