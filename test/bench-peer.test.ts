/**
 * The pieces of the peer benchmark (`npm run bench -- --peer`) that its figures rest on: the
 * embedded PostgreSQL takes extra settings (the benchmark's pg_stat_statements), and the
 * comparison of answers finds every difference and only differences.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { startEmbeddedPostgres } from '../server/db/embedded.js';
import { createLogger } from '../server/logger.js';
import { firstDifference } from './bench/peer/measure.js';

describe('the peer benchmark', () => {
  it('starts the embedded PostgreSQL with extra settings: pg_stat_statements preloaded and counting', async () => {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'peer-test-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      log: createLogger('warn'),
      ephemeral: true,
      settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_utility': 'off' },
    });
    const client = new pg.Client({ connectionString: embedded.serverUrl });
    try {
      await client.connect();
      expect((await client.query<{ v: string }>('select current_setting($1) as v', ['shared_preload_libraries'])).rows[0]!.v).toBe(
        'pg_stat_statements',
      );
      expect((await client.query<{ v: string }>('select current_setting($1) as v', ['pg_stat_statements.track_utility'])).rows[0]!.v).toBe(
        'off',
      );
      await client.query('create extension if not exists pg_stat_statements');
      await client.query('select pg_stat_statements_reset()');
      for (let i = 0; i < 3; i += 1) await client.query('select $1::int + 1 as peer_probe', [i]);
      const { rows } = await client.query<{ calls: string }>(
        `select coalesce(sum(calls), 0)::text as calls from pg_stat_statements where query like '%peer_probe%' and query not like '%pg_stat_statements%'`,
      );
      expect(rows[0]!.calls).toBe('3');
    } finally {
      await client.end().catch(() => undefined);
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('finds no difference between an answer and its copy, and one where a copy was changed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (answer, other) => {
        expect(firstDifference(answer, structuredClone(answer))).toBeUndefined();
        const differs = firstDifference({ answer }, { answer: other });
        expect(differs === undefined).toBe(isSameUpToKeyOrder(answer, other));
        if (differs !== undefined) expect(differs.startsWith('$.answer')).toBe(true);
      }),
    );
  });

  it('says where two answers differ', () => {
    expect(firstDifference({ funding: [{ code: 'A', withheld: '10' }] }, { funding: [{ code: 'A', withheld: '11' }] })).toBe(
      '$.funding.0.withheld: "10" ≠ "11"',
    );
    expect(firstDifference({ reach: 3 }, { reach: 3, extra: null })).toBe('$.extra: undefined ≠ null');
    expect(firstDifference({ esf: [] }, { esf: {} })).toBe('$.esf: [] ≠ {}');
  });
});

/** Deep equality where object keys may come in another order (what firstDifference compares). */
function isSameUpToKeyOrder(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => isSameUpToKeyOrder((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
