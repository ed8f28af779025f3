import type pg from 'pg';

/**
 * The summary tables kept by triggers (server/db/sql/), compared with and rebuilt from their full
 * recomputation: `<table>_recomputed()` in server/db/sql/summaries_closure.sql is the one
 * definition of each. `npm run summaries` and the tests call these functions.
 */
export interface SummaryTable {
  table: string;
  /** The primary key. */
  keys: readonly string[];
  /** The counted columns; a stored row whose counts are all zero is the same as no row. */
  values: readonly string[];
}

export const SUMMARY_TABLES: readonly SummaryTable[] = [
  { table: 'reach', keys: ['project_code', 'person_id'], values: ['first_on'] },
  { table: 'reach_daily', keys: ['project_code', 'day'], values: ['people'] },
  { table: 'reach_programme', keys: ['person_id'], values: ['first_on'] },
  { table: 'reach_programme_daily', keys: ['day'], values: ['people'] },
  { table: 'attendance_daily', keys: ['project_code', 'day'], values: ['registered', 'anonymous'] },
  { table: 'enrolment_daily', keys: ['project_code', 'day', 'sex'], values: ['enrolled', 'arrears_cents'] },
  { table: 'exit_daily', keys: ['project_code', 'day', 'sex', 'outcome', 'contract_key'], values: ['exits'] },
  { table: 'exit_monthly', keys: ['project_code', 'month', 'sex', 'outcome', 'contract_key'], values: ['exits'] },
  { table: 'ledger_daily', keys: ['project_code', 'day'], values: ['repaid_cents', 'withheld_cents'] },
  { table: 'esf_daily', keys: ['project_code', 'day', 'sex', 'code'], values: ['participants'] },
  { table: 'esf_monthly', keys: ['project_code', 'month', 'sex', 'code'], values: ['participants'] },
  { table: 'participation', keys: ['project_code', 'person_id'], values: ['enrolments'] },
];

/** A key whose stored row differs from the recomputation (null: no row on that side). */
export interface SummaryDifference {
  table: string;
  key: Record<string, string>;
  stored: Record<string, string> | null;
  recomputed: Record<string, string> | null;
}

/** The differences of one summary table: how many, and the first of them (by key). */
export interface SummaryCheck {
  table: string;
  differences: number;
  examples: SummaryDifference[];
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** The summaries of first days: every stored row counts (the others' all-zero rows are no rows). */
const FIRST_DAYS = new Set(['reach', 'reach_programme']);

/** Keys and values as text, so that dates and bigint cents keep their exact form. */
const asText = (columns: readonly string[], alias: string) =>
  `jsonb_build_object(${columns.map((c) => `'${c}', ${alias}${c}::text`).join(', ')})`;

/** jsonb sorts its keys its own way: back to the table's column order. */
const inOrder = (row: Record<string, string>, columns: readonly string[]): Record<string, string> =>
  Object.fromEntries(columns.map((c) => [c, row[c]!]));

function differenceQuery({ table, keys, values }: SummaryTable): string {
  const counted = FIRST_DAYS.has(table) ? 'true' : `not (${values.map((v) => `${v} = 0`).join(' and ')})`;
  return `
    with stored as (select ${keys.join(', ')}, ${asText(values, '')} as v from ${table} where ${counted}),
         recomputed as (select ${keys.join(', ')}, ${asText(values, '')} as v from ${table}_recomputed())
    select ${asText(keys, '')} as key, stored.v as stored, recomputed.v as recomputed, count(*) over ()::int as total
      from stored full join recomputed using (${keys.join(', ')})
     where stored.v is distinct from recomputed.v
     order by ${keys.join(', ')}
     limit $1`;
}

/**
 * Compares every summary table with its recomputation, on the given connection (whatever its
 * transaction sees). Returns the tables that differ, each with up to `examples` differing keys.
 */
export async function summaryDifferences(db: Queryable, examples = 20): Promise<SummaryCheck[]> {
  const checks: SummaryCheck[] = [];
  for (const spec of SUMMARY_TABLES) {
    const { rows } = await db.query<{
      key: Record<string, string>;
      stored: Record<string, string> | null;
      recomputed: Record<string, string> | null;
      total: number;
    }>(differenceQuery(spec), [Math.max(examples, 1)]);
    if (rows.length === 0) continue;
    checks.push({
      table: spec.table,
      differences: rows[0]!.total,
      examples: rows.slice(0, examples).map(({ key, stored, recomputed }) => ({
        table: spec.table,
        key: inOrder(key, spec.keys),
        stored: stored && inOrder(stored, spec.values),
        recomputed: recomputed && inOrder(recomputed, spec.values),
      })),
    });
  }
  return checks;
}

/**
 * Compares every summary with its recomputation in one read-only snapshot (the triggers write
 * the summaries in the same transactions as the records, so any snapshot must agree).
 * An empty list: every summary is exact.
 */
export async function checkSummaries(pool: pg.Pool, examples = 20): Promise<SummaryCheck[]> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const checks = await summaryDifferences(client, examples);
    await client.query('commit');
    return checks;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Replaces every summary table with its recomputation, in one transaction holding the
 * summaries' advisory lock and an EXCLUSIVE lock on every summary table (reports go on reading;
 * writers wait for the commit, then apply their changes on top). Returns what differed just
 * before, under the lock: what the rebuild repaired.
 */
export async function rebuildSummaries(pool: pg.Pool, examples = 20): Promise<SummaryCheck[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    // First the writers' advisory lock (server/db/sql/summaries_concurrency.sql, rule 4), then the tables.
    await client.query('select summaries_rebuilding()');
    await client.query(`lock table ${SUMMARY_TABLES.map((s) => s.table).join(', ')} in exclusive mode`);
    const repaired = await summaryDifferences(client, examples);
    await client.query('select rebuild_summaries()');
    await client.query('commit');
    return repaired;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One line per difference, for people: `reach project_code=GOLAB person_id=… stored first_on=… recomputed (none)`. */
export function describeDifference({ table, key, stored, recomputed }: SummaryDifference): string {
  const pairs = (row: Record<string, string> | null) =>
    row
      ? Object.entries(row)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '(none)';
  return `${table} ${pairs(key)}: stored ${pairs(stored)}, recomputed ${pairs(recomputed)}`;
}
