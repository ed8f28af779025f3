/**
 * Keyset pagination (Relay-style connections) in SQL: one statement per page, whatever its size.
 *
 * A listing orders its rows by a key that ends with a unique column (e.g. (selected_on, id)), so
 * the order is total and stable. A cursor is the key of a row, opaque to clients (base64url of a
 * JSON array, tagged with the listing's name) and checked when it comes back: a cursor that is
 * not one of this listing's is BAD_USER_INPUT naming `after` or `before`. A page is the rows
 * strictly after `after` and before `before`, the first `first` (or the last `last`) of them; the
 * same statement counts every row of the filter and tells whether rows lie beyond the cursor.
 */
import { isIsoDate } from '../../dates.js';
import { invalid } from '../../domain/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/limits.js';
import { isUuid } from '../../domain/rules.js';

/** How a key column is written in a cursor, and cast back in SQL. */
export type KeyKind = 'date' | 'uuid' | 'bigint';

export interface KeyColumn {
  /** The SQL expression, e.g. `e.selected_on`. */
  sql: string;
  kind: KeyKind;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A listing's statement, before pagination: `select <columns> from <from> where <where>`. */
export interface Listing {
  /** The listing's name, written into its cursors: another listing's cursor is refused. */
  name: string;
  columns: string;
  from: string;
  /** Conditions joined with `and`, with $1, $2 … placeholders into `params`. */
  where: string[];
  params: unknown[];
  /** The order: the last column must be unique. */
  keys: KeyColumn[];
  /** Newest first (e.g. the audit trail): the keys in descending order. */
  descending?: boolean;
}

export interface Page<R> {
  rows: { cursor: string; row: R }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const CAST: Record<KeyKind, string> = { date: 'date', uuid: 'uuid', bigint: 'bigint' };
const VALID: Record<KeyKind, (value: string) => boolean> = {
  date: isIsoDate,
  uuid: isUuid,
  bigint: (value) => /^\d{1,18}$/.test(value),
};

export function encodeCursor(name: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([name, ...key]), 'utf8').toString('base64url');
}

/** The key a cursor holds, or BAD_USER_INPUT naming the argument. */
export function decodeCursor(field: 'after' | 'before', cursor: string, name: string, keys: readonly KeyColumn[]): string[] {
  const refuse = () =>
    invalid(field, `${field} is not a cursor of ${name}: pass a cursor this listing returned (an edge's cursor or pageInfo's)`);
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1 || decoded[0] !== name) throw refuse();
  const values = decoded.slice(1);
  if (!values.every((value, i): value is string => typeof value === 'string' && VALID[keys[i]!.kind](value))) throw refuse();
  return values;
}

/** The page size and direction the arguments ask for, checked. */
export function pageSize(args: PageArgs): { size: number; backward: boolean } {
  const bounded = (field: 'first' | 'last', value: number) => {
    if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
      throw invalid(field, `${field} must be from 1 to ${MAX_PAGE_SIZE}, got ${value}`);
    }
    return value;
  };
  if (args.first != null && args.last != null) throw invalid('last', 'give first (pages forward) or last (pages backward), not both');
  if (args.last != null) return { size: bounded('last', args.last), backward: true };
  return { size: args.first != null ? bounded('first', args.first) : DEFAULT_PAGE_SIZE, backward: false };
}

type Row = Record<string, unknown> & { _k: string[]; _total: string; _beyond: boolean };

/** The listing's own columns of a row, without the paging ones (_k, _s0 …, _total, _beyond). */
function withoutPaging(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !/^_(k|s\d+|total|beyond)$/.test(column)));
}

/**
 * One page of a listing, in one SQL statement through `query`: the rows of the page (one more, to
 * know whether another page follows), the count of every row of the filter, and whether rows lie
 * before `after` (or after `before`).
 */
export async function pageOf<R extends Record<string, unknown>>(
  query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
  listing: Listing,
  args: PageArgs,
): Promise<Page<R>> {
  const { size, backward } = pageSize(args);
  const after = args.after != null ? decodeCursor('after', args.after, listing.name, listing.keys) : null;
  const before = args.before != null ? decodeCursor('before', args.before, listing.name, listing.keys) : null;
  const params = [...listing.params];
  const bind = (key: readonly string[]) =>
    `(${key
      .map((value, i) => {
        params.push(value);
        return `$${params.length}::${CAST[listing.keys[i]!.kind]}`;
      })
      .join(', ')})`;
  const tuple = `(${listing.keys.map((k) => k.sql).join(', ')})`;
  // "Later in the listing's order": greater, or smaller when the listing runs newest first.
  const [later, earlier] = listing.descending ? ['<', '>'] : ['>', '<'];
  const where = listing.where.length > 0 ? listing.where.join(' and ') : 'true';
  const bounds = [where];
  if (after) bounds.push(`${tuple} ${later} ${bind(after)}`);
  if (before) bounds.push(`${tuple} ${earlier} ${bind(before)}`);
  // Beyond the cursor on the side the page does not walk towards: before `after` going forward,
  // after `before` going backward (Relay's hasPreviousPage and hasNextPage).
  const beyondKey = backward ? before : after;
  const beyond = beyondKey
    ? `exists (select 1 from ${listing.from} where ${where} and ${tuple} ${backward ? `${later}=` : `${earlier}=`} ${bind(beyondKey)})`
    : 'false';
  const ascending = (listing.descending ?? false) === backward;
  const order = listing.keys.map((k) => `${k.sql} ${ascending ? 'asc' : 'desc'}`).join(', ');
  const keyText = `array[${listing.keys.map((k) => `${k.sql}::text`).join(', ')}]`;
  const sortKeys = listing.keys.map((k, i) => `${k.sql} as _s${i}`).join(', ');
  const outerOrder = listing.keys.map((_k, i) => `page._s${i} ${ascending ? 'asc' : 'desc'}`).join(', ');
  params.push(size + 1);
  const text = `with page as (
  select ${listing.columns}, ${keyText} as _k, ${sortKeys}
  from ${listing.from} where ${bounds.join(' and ')} order by ${order} limit $${params.length})
select page.*, totals._total, totals._beyond
from (select (select count(*) from ${listing.from} where ${where})::text as _total, ${beyond} as _beyond) totals
left join page on true
order by ${outerOrder}`;
  const result = (await query(text, params)).rows as Row[];
  const first = result[0]!;
  const found = result.filter((row) => row._k !== null);
  const more = found.length > size;
  const kept = found.slice(0, size);
  if (backward) kept.reverse();
  return {
    rows: kept.map((row) => ({ cursor: encodeCursor(listing.name, row._k), row: withoutPaging(row) as R })),
    totalCount: Number(first._total),
    hasNextPage: backward ? first._beyond : more,
    hasPreviousPage: backward ? more : first._beyond,
  };
}
