import type pg from 'pg';

/**
 * Exact caching and sharing of report statements, keyed by the data version (issue 17).
 *
 * The database keeps one version of its records (server/db/sql/data_version.sql): `epoch:number`,
 * moved at the commit of every transaction that writes them. Two statements that see the same
 * version see the same records, so a report computed at a version can be served again for as
 * long as the version has not moved: never stale, in any number of hub processes, since the
 * version is the database's and not a process's.
 *
 * - `version()` asks the database for the version with one small statement. A request is only
 *   ever answered from a check that began after the request asked, so that a commit the caller
 *   saw before asking is always seen; requests that ask while a check is under way share the next
 *   one, so under load the checks cost one statement per round trip, not one per request.
 * - `get(version, key, compute)` answers from the cache, or joins the computation of the same key
 *   at the same version under way in this process (a monitoring committee opening the dashboard
 *   together costs one computation), or computes. The computation's statements carry the version
 *   they saw, in the same statement (so in the same snapshot): the answer is stored under that
 *   version, and never under another.
 */

/** A statement runner: the reporting functions' view of the database. */
export interface QueryRunner {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** The column every cached statement gains: the data version its snapshot saw. */
export const VERSION_COLUMN = '__data_version';

export const VERSION_SQL = 'select data_version_key() as version';

/** `text` as a statement that also returns, on each row, the version of the snapshot it read. */
export function withVersion(text: string): string {
  // A subquery with ORDER BY or WITH is never pulled up: its rows come out in its own order.
  return `select q.*, (select data_version_key()) as ${VERSION_COLUMN} from (\n${text}\n) q`;
}

/**
 * Freezes an answer and the plain data it holds (objects, arrays, a Map's entries): one answer
 * serves many requests, so a view that changed it in place would change every later answer. Such a
 * view fails at once instead (a TypeError in strict mode).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Plain data only: a record with a class's prototype (the catalogue's projects, which the ORM's
  // helpers may decorate) is left as it is, and so is what it refers to.
  const prototype = Object.getPrototypeOf(value) as unknown;
  const plain = prototype === Object.prototype || prototype === null || Array.isArray(value);
  if (!plain && !(value instanceof Map) && !(value instanceof Set)) return value;
  if (value instanceof Map) {
    for (const [key, entry] of value) {
      deepFreeze(key);
      deepFreeze(entry);
    }
  } else if (value instanceof Set) {
    for (const entry of value) deepFreeze(entry);
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  return value;
}

/** The statement `withVersion` wrapped (any other statement as it is). */
export function unversioned(text: string): string {
  const head = 'select q.*, (select data_version_key()) as ' + VERSION_COLUMN + ' from (\n';
  return text.startsWith(head) && text.endsWith('\n) q') ? text.slice(head.length, -'\n) q'.length) : text;
}

interface Version {
  epoch: string;
  number: bigint;
}

function parseVersion(key: string): Version {
  const at = key.lastIndexOf(':');
  return { epoch: key.slice(0, at), number: BigInt(key.slice(at + 1)) };
}

/** Are both versions of one epoch (no restore in between)? */
function sameEpoch(a: string, b: string): boolean {
  return parseVersion(a).epoch === parseVersion(b).epoch;
}

/** Is `a` a later state of the records than `b`? (false for equal; true for another epoch, a restore) */
export function isLater(a: string, b: string): boolean {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.epoch !== y.epoch || x.number > y.number;
}

/** The version checks of one server: the one under way, and the next one, which later askers share. */
interface Gate {
  running?: Promise<string>;
  queued?: Promise<string>;
}

export interface ReportCacheStats {
  hits: number;
  shared: number;
  computed: number;
  checks: number;
  entries: number;
}

export class ReportCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  // Weak: a writer's per-request runner (read replicas) goes with its request.
  private readonly gates = new WeakMap<QueryRunner, Gate>();
  private latest: string | undefined;
  /** Counters, for /metrics and the tests. */
  readonly stats: Omit<ReportCacheStats, 'entries'> = { hits: 0, shared: 0, computed: 0, checks: 0 };
  private readonly inFlight = new Set<string>();

  /**
   * @param runner where the version and the reports are read by default: the primary
   * @param maxEntries answers kept (least recently used dropped first); 0 = no cache and no sharing
   */
  constructor(
    private readonly runner: QueryRunner,
    readonly maxEntries: number,
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /**
   * The records' version, from a check begun after this call, on `target` (default: the cache's
   * runner; a read replica has its own checks, since it may not have replayed what another has).
   */
  version(target: QueryRunner = this.runner): Promise<string> {
    // Without a cache there is nothing to key: no check.
    if (!this.enabled) return Promise.resolve('off');
    let gate = this.gates.get(target);
    if (!gate) {
      gate = {};
      this.gates.set(target, gate);
    }
    if (gate.queued) return gate.queued;
    if (!gate.running) return this.check(target, gate);
    const after = gate.running.then(
      () => undefined,
      () => undefined,
    );
    const queued = after.then(() => {
      gate.queued = undefined;
      return this.check(target, gate);
    });
    gate.queued = queued;
    return queued;
  }

  private check(target: QueryRunner, gate: Gate): Promise<string> {
    this.stats.checks += 1;
    const running = target.query<{ version: string }>(VERSION_SQL).then((result) => {
      const version = result.rows[0]!.version;
      this.observe(version);
      return version;
    });
    const settled = running.finally(() => {
      if (gate.running === settled) gate.running = undefined;
    });
    gate.running = settled;
    return settled;
  }

  /** A later version makes every answer kept so far unreachable: drop them. */
  private observe(version: string): void {
    if (this.latest === undefined || isLater(version, this.latest)) {
      if (this.latest !== undefined) this.entries.clear();
      this.latest = version;
    }
  }

  /**
   * The answer of `compute` for `key` at `version` (which the caller had from `version()`).
   * `compute` must send its statements through the runner it is given.
   */
  get<T>(version: string, key: string, compute: (runner: QueryRunner) => Promise<T>, target: QueryRunner = this.runner): Promise<T> {
    if (!this.enabled) {
      this.stats.computed += 1;
      return compute(target);
    }
    const entry = `${version}\u0000${key}`;
    const kept = this.entries.get(entry) as Promise<T> | undefined;
    if (kept) {
      if (this.inFlight.has(entry)) this.stats.shared += 1;
      else this.stats.hits += 1;
      // least recently used last
      this.entries.delete(entry);
      this.entries.set(entry, kept);
      return kept;
    }
    this.stats.computed += 1;
    const computing = this.compute(version, key, compute, target);
    this.inFlight.add(entry);
    this.entries.set(entry, computing);
    computing.then(
      () => this.inFlight.delete(entry),
      () => {
        this.inFlight.delete(entry);
        if (this.entries.get(entry) === computing) this.entries.delete(entry);
      },
    );
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return computing;
  }

  private async compute<T>(version: string, key: string, compute: (runner: QueryRunner) => Promise<T>, target: QueryRunner): Promise<T> {
    const seen = new Set<string>();
    let rowless = false;
    const versioned: QueryRunner = {
      query: async <R extends pg.QueryResultRow>(text: string, params?: unknown[]) => {
        const result = await target.query<R & { [VERSION_COLUMN]?: string }>(withVersion(text), params);
        if (result.rows.length === 0) rowless = true;
        for (const row of result.rows) {
          seen.add(row[VERSION_COLUMN]!);
          delete row[VERSION_COLUMN];
        }
        result.fields = result.fields.filter((field) => field.name !== VERSION_COLUMN);
        return result as unknown as pg.QueryResult<R>;
      },
    };
    const value = deepFreeze(await compute(versioned));
    const [read] = [...seen];
    // Statements that saw different versions, or a statement with no row (no version read):
    // a correct answer for this request, but not one to keep.
    const entry = `${version}\u0000${key}`;
    if (rowless || seen.size !== 1 || !sameEpoch(read!, version)) {
      // (another epoch: the database was restored in between; the answer is the restored records')
      this.entries.delete(entry);
      return value;
    }
    if (isLater(version, read!)) {
      // An earlier state than the check's (the check and the computation reached two replicas,
      // one behind the other): not an answer for this request. The primary is never behind.
      this.entries.delete(entry);
      if (target === this.runner) throw new Error(`report read at data version ${read} after the check saw ${version}`);
      return this.compute(version, key, compute, this.runner);
    }
    if (read !== version) {
      // The statement saw a later state than the check (a commit in between): the answer is that
      // state's. It is right for this request (it began before that commit was seen) and is kept
      // under the version it was read at; the check's version is not kept.
      this.entries.delete(entry);
      this.observe(read!);
      this.entries.set(`${read}\u0000${key}`, Promise.resolve(value));
    }
    return value;
  }

  statistics(): ReportCacheStats {
    return { ...this.stats, entries: this.entries.size };
  }
}
