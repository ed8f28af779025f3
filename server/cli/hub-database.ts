/**
 * The hub's database, for the commands that work on its existing data (npm run import, npm run
 * migrate): never a new embedded cluster or a new database, and a message that says what to do
 * when it cannot be opened — naming DATA_DIR and DATABASE_URL, or, while the hub holds the
 * embedded cluster, the way through the running hub.
 */
import type { Config } from '../config.js';
import { NoDatabaseError, openDatabase, type Database, type OpenOptions } from '../db/database.js';
import { NoEmbeddedClusterError } from '../db/embedded.js';
import type { Logger } from '../logger.js';

export interface HubDatabaseUse {
  /** "Nothing imported", "Nothing migrated". */
  nothingDone: string;
  /** What to do instead while the hub runs. */
  whileRunning: string;
}

export async function openHubDatabase(config: Config, log: Logger, use: HubDatabaseUse, options: OpenOptions = {}): Promise<Database> {
  try {
    return await openDatabase(config, log, { ...options, create: false });
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
