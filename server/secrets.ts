import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** What the fingerprint is an HMAC of: fixed, so that one key always gives one fingerprint. */
const FINGERPRINT_LABEL = 'quartieri pseudonymisation key fingerprint v1';

/**
 * The fingerprint of a pseudonymisation key: HMAC-SHA256 of a fixed label under the key, hex. It
 * tells two keys apart and reveals nothing of the key (and nothing of any fiscal code's hash).
 */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update(FINGERPRINT_LABEL).digest('hex');
}

/** The key cannot be used with this database: the message says which variable to set. */
export class PseudonymKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PseudonymKeyError';
  }
}

export interface KeyOptions {
  /**
   * May a new key be generated into DATA_DIR/pseudonym-key when none is given? Only ever for a
   * database that is bound to no key and holds no person. The hub may (outside production); a
   * command line on an external database (DATABASE_URL) may not: its DATA_DIR is likely not the hub's.
   */
  mayGenerate: boolean;
}

type Source = 'PSEUDONYM_KEY' | 'DATA_DIR/pseudonym-key' | 'a newly generated key';

const HOW_TO_FIX =
  "Set PSEUDONYM_KEY to the key this database was pseudonymised with, or DATA_DIR to the hub's data folder (the one holding its pseudonym-key file).";

/**
 * The key of the fiscal-code HMAC, bound to the database. PSEUDONYM_KEY when set (required in
 * production); otherwise DATA_DIR/pseudonym-key; otherwise, when `mayGenerate` and the database
 * is new, one generated and kept in DATA_DIR/pseudonym-key.
 *
 * The database keeps the key's fingerprint (table pseudonym_key_binding, one row), written by the
 * first process that uses it. A process with another key stops here with a PseudonymKeyError:
 * under another key the same fiscal code would become a second person. Losing or changing the
 * key means exactly that: back it up with the data.
 */
export async function loadPseudonymKey(config: Config, log: Logger, pool: pg.Pool, options: KeyOptions): Promise<Buffer> {
  const file = path.join(config.dataDir, 'pseudonym-key');
  if (config.pseudonymKey) return bindKey(pool, Buffer.from(config.pseudonymKey, 'utf8'), 'PSEUDONYM_KEY', log);
  if (existsSync(file)) return bindKey(pool, Buffer.from((await readFile(file, 'utf8')).trim(), 'utf8'), 'DATA_DIR/pseudonym-key', log);

  const { rows } = await pool.query<{ bound: boolean; people: boolean }>(
    `select exists (select 1 from pseudonym_key_binding) as bound, exists (select 1 from person) as people`,
  );
  const { bound, people } = rows[0]!;
  if (bound || people || !options.mayGenerate) {
    throw new PseudonymKeyError(
      `No pseudonymisation key: PSEUDONYM_KEY is not set and ${file} does not exist` +
        (bound || people
          ? ', and this database already holds people pseudonymised under a key. A new key would turn every known fiscal code into a new person. '
          : '; a command line does not generate one for an external database (DATABASE_URL). ') +
        HOW_TO_FIX,
    );
  }
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  // 'wx': never overwrite a key another process has just written.
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  try {
    const bound = await bindKey(pool, Buffer.from(key, 'utf8'), 'a newly generated key', log);
    log.warn({ file }, 'generated a pseudonymisation key: keep DATA_DIR/pseudonym-key with the data (or set PSEUDONYM_KEY)');
    return bound;
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/**
 * Binds the database to the key when it is bound to none (the first row wins, also between two
 * processes starting at once), then checks that the bound fingerprint is this key's.
 */
async function bindKey(pool: pg.Pool, key: Buffer, source: Source, log: Logger): Promise<Buffer> {
  const fingerprint = keyFingerprint(key);
  const inserted = await pool.query(`insert into pseudonym_key_binding (id, fingerprint) values (1, $1) on conflict (id) do nothing`, [
    fingerprint,
  ]);
  if (inserted.rowCount === 1) {
    log.info({ source, fingerprint: fingerprint.slice(0, 12) }, 'bound the database to this pseudonymisation key');
    return key;
  }
  const { rows } = await pool.query<{ fingerprint: string; bound_at: Date }>(
    `select fingerprint, bound_at from pseudonym_key_binding where id = 1`,
  );
  const binding = rows[0]!;
  if (binding.fingerprint !== fingerprint) {
    throw new PseudonymKeyError(
      `The pseudonymisation key from ${source} is not the one this database is bound to ` +
        `(bound on ${binding.bound_at.toISOString().slice(0, 10)}, fingerprint ${binding.fingerprint.slice(0, 12)}…; ` +
        `this key's is ${fingerprint.slice(0, 12)}…). Under another key the same fiscal code would become a second person. ${HOW_TO_FIX}`,
    );
  }
  return key;
}
