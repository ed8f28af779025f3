/**
 * The hub's database, for the commands that work on its existing data (npm run import, migrate,
 * backup): never a new embedded cluster or a new database. While the hub runs on the embedded
 * PostgreSQL of DATA_DIR, the command connects to that server (found from its postmaster.pid)
 * instead of starting a second one on the same folder. When the database cannot be opened, a
 * message says what to do — naming DATA_DIR and DATABASE_URL, or the way through the running hub.
 */
import type { Config } from '../config.js';
import { DEFAULT_DATABASE, NoDatabaseError, openDatabase, type Database, type OpenOptions } from '../db/database.js';
import { NoEmbeddedClusterError, runningEmbeddedUrl } from '../db/embedded.js';
import type { Logger } from '../logger.js';

export interface HubDatabaseUse {
  /** "Nothing imported", "Nothing migrated". */
  nothingDone: string;
  /** What to do instead while the hub runs. */
  whileRunning: string;
}

export async function openHubDatabase(config: Config, log: Logger, use: HubDatabaseUse, options: OpenOptions = {}): Promise<Database> {
  try {
    // While the hub runs (npm start), its embedded PostgreSQL serves this command too.
    const running = config.databaseUrl ? undefined : await runningEmbeddedUrl(config.dataDir, DEFAULT_DATABASE);
    if (running) log.info({ dataDir: config.dataDir }, "the hub's embedded PostgreSQL is running: working through it");
    return await openDatabase(running ? { ...config, databaseUrl: running } : config, log, { ...options, create: false });
  } catch (error) {
    throw new Error(explain(error, use), { cause: error });
  }
}

function explain(error: unknown, use: HubDatabaseUse): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NoEmbeddedClusterError || error instanceof NoDatabaseError) {
    return (
      `${use.nothingDone}: ${message}. This command works on the hub's database: set DATA_DIR to the folder ` +
      'the hub uses (`npm start` without DATA_DIR uses .data; start the hub once first), or DATABASE_URL to its PostgreSQL.'
    );
  }
  if (/embedded PostgreSQL did not start/.test(message)) {
    return `${use.nothingDone}: ${message}\nWhile the hub runs (npm start), its embedded PostgreSQL is its own: ${use.whileRunning}`;
  }
  return message;
}
