/**
 * npm run migrate [-- up|status|create] : applies the committed migrations (default), lists
 * them, or writes a new one from the difference between the entities and the database.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openHubDatabase } from './hub-database.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run migrate [-- <command>]

Commands:
  up       apply every committed migration not yet applied (default)
  status   list applied and pending migrations
  create   write a new migration file from the difference between the entities and
           the database (then add it to server/db/migrations/index.ts)

Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR (.data/). It never
creates a cluster or a database (npm start does, and applies the migrations at every start).`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return;
  }
  const command = args[0] ?? 'up';
  if (!['up', 'status', 'create'].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  // The hub's database, never a new one: `npm start` creates it and applies the migrations itself.
  const db = await openHubDatabase(
    config,
    log,
    {
      nothingDone: 'Nothing migrated',
      whileRunning: 'the hub applied every committed migration when it started; stop it to run this command.',
    },
    { migrate: false },
  );
  try {
    const migrator = db.orm.getMigrator();
    if (command === 'up') {
      const applied = await migrator.up();
      console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.map((m) => m.name).join(', ')}`);
    } else if (command === 'status') {
      const executed = await migrator.getExecutedMigrations();
      const pending = await migrator.getPendingMigrations();
      for (const m of executed) console.log(`applied  ${m.name}`);
      for (const m of pending) console.log(`pending  ${m.name}`);
    } else {
      const result = await migrator.createMigration('server/db/migrations', false, false);
      console.log(result.fileName ? `Wrote ${result.fileName}` : 'No changes: the database matches the entities.');
    }
  } finally {
    await db.close();
  }
}

runCli(main);
