import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/**
 * The key of the fiscal-code HMAC. PSEUDONYM_KEY when set (required in production); otherwise one
 * generated at first start and kept in DATA_DIR/pseudonym-key. Losing or changing it means the
 * same fiscal code no longer finds the same person: back it up with the data.
 */
export async function loadPseudonymKey(config: Config, log: Logger): Promise<Buffer> {
  if (config.pseudonymKey) return Buffer.from(config.pseudonymKey, 'utf8');
  const file = path.join(config.dataDir, 'pseudonym-key');
  if (existsSync(file)) return Buffer.from((await readFile(file, 'utf8')).trim(), 'utf8');
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  log.warn({ file }, 'generated a pseudonymisation key: keep DATA_DIR/pseudonym-key with the data (or set PSEUDONYM_KEY)');
  return Buffer.from(key, 'utf8');
}
