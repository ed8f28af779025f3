import { createHash } from 'node:crypto';

/** What every token begins with, so that a leaked one is recognisable. */
export const TOKEN_PREFIX = 'qtr_';

/** Only this hash of a token is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
