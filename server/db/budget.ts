/**
 * The time budget of one request, and what its transactions did with it. The HTTP edge runs each
 * GraphQL request inside a budget (REQUEST_TIMEOUT_MS); every transaction the request opens, through
 * the ORM (the subscriber below) or on a pooled client (`beginTransaction`/`commitTransaction`):
 *
 * - starts only while time is left, and bounds itself to the time left: `statement_timeout` and,
 *   on PostgreSQL 17 and later, `transaction_timeout`, both local to the transaction;
 * - commits only while the edge has not given the request up. Once the edge answers 503 it
 *   abandons the budget, and a commit still to come is refused (and rolled back). A commit that
 *   began before is waited for, and the client gets the real answer instead of a 503.
 *
 * So a request answered 503 has rolled back, on any PostgreSQL version: older servers lack only
 * transaction_timeout, which ends a transaction that idles past the budget sooner.
 * Outside a budget (the CLI, the seeds, migrations) nothing here applies.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type pg from 'pg';

/** Thrown when a transaction would start, or commit, after its request's budget was spent. */
export class BudgetExhaustedError extends Error {
  override name = 'BudgetExhaustedError';
  /** PostgreSQL's own code for a cancelled statement: the same failure, seen from here. */
  readonly code = '57014';
}

export class Budget {
  readonly deadline: number;
  private abandoned = false;
  private readonly committing = new Set<object>();
  private committed = 0;

  constructor(ms: number, now = Date.now()) {
    this.deadline = now + ms;
  }

  remainingMs(now = Date.now()): number {
    return Math.max(0, this.deadline - now);
  }

  /** The edge gave the request up (it answers 503): nothing of it may commit from now on. */
  abandon(): void {
    this.abandoned = true;
  }

  /** A transaction of this request committed, or its commit is under way: its answer is the real one. */
  mayHaveCommitted(): boolean {
    return this.committed > 0 || this.committing.size > 0;
  }

  /** Before BEGIN: refuses once the budget is spent or the request abandoned. */
  checkStart(): void {
    if (this.abandoned || this.remainingMs() === 0) {
      throw new BudgetExhaustedError('The request ran out of time before its transaction could start; it wrote nothing.');
    }
  }

  /** Before COMMIT: refuses once the request is abandoned; otherwise the commit is under way. */
  beginCommit(transaction: object): void {
    if (this.abandoned) throw new BudgetExhaustedError('The request was answered 503 (out of time): its transaction is rolled back.');
    this.committing.add(transaction);
  }

  /** After COMMIT (ok) or ROLLBACK. */
  endCommit(transaction: object, ok: boolean): void {
    if (this.committing.delete(transaction) && ok) this.committed += 1;
  }
}

const store = new AsyncLocalStorage<Budget>();

/** Runs `work` (and everything it starts) inside `budget`. */
export function withBudget<T>(budget: Budget, work: () => T): T {
  return store.run(budget, work);
}

export function currentBudget(): Budget | undefined {
  return store.getStore();
}

/**
 * Bounds the open transaction to the time left, for its own duration only (set_config's third
 * argument: local): a statement still running at the deadline is cancelled (statement_timeout, the
 * session survives); a transaction still open just after it is ended with its session
 * (transaction_timeout, a little later so that a single slow statement is cancelled cleanly first).
 * transaction_timeout exists from PostgreSQL 17; current_setting(…, true) is null on older
 * servers, and only statement_timeout is set there (each statement then gets the time left at BEGIN).
 */
const BOUND_SQL = (statement: string, transaction: string) =>
  `select set_config('statement_timeout', ${statement}, true),
     case when current_setting('transaction_timeout', true) is not null then set_config('transaction_timeout', ${transaction}, true) end`;

/** At least this much, so that a transaction started at the last moment can still say why it stopped. */
const FLOOR_MS = 50;
/** transaction_timeout comes this much after the deadline. */
const SLACK_MS = 100;

const timeouts = (budget: Budget): [string, string] => {
  const left = Math.max(FLOOR_MS, budget.remainingMs());
  return [String(left), String(left + SLACK_MS)];
};

/** Pooled clients that have a listener for a broken connection. */
const listening = new WeakSet<pg.ClientBase>();

/**
 * BEGIN (with `mode`, e.g. 'isolation level repeatable read read only') on a pooled client, bounded
 * by the request's budget. When transaction_timeout ends the session, the client's queries fail and
 * the pool drops it on release; the client's own 'error' event (which pg-pool does not listen to
 * while a client is checked out) must not crash the process.
 */
export async function beginTransaction(client: pg.ClientBase, mode = ''): Promise<void> {
  const budget = currentBudget();
  budget?.checkStart();
  if (!listening.has(client)) {
    listening.add(client);
    client.on('error', () => undefined);
  }
  await client.query(mode ? `begin ${mode}` : 'begin');
  if (budget) await client.query(BOUND_SQL('$1', '$2'), timeouts(budget));
}

/** COMMIT on a pooled client: refused (the caller rolls back) when the request was given up. */
export async function commitTransaction(client: pg.ClientBase): Promise<void> {
  const budget = currentBudget();
  const token = {};
  budget?.beginCommit(token);
  try {
    await client.query('commit');
    budget?.endCommit(token, true);
  } catch (error) {
    // A commit whose outcome is unknown (the connection broke) stays "under way": never a 503 for it.
    if ((error as { code?: unknown }).code !== undefined) budget?.endCommit(token, false);
    throw error;
  }
}

/** What the subscriber uses of the ORM's (knex) transaction. */
interface KnexTransaction {
  raw(sql: string, bindings: unknown[]): PromiseLike<unknown>;
  rollback(): Promise<unknown>;
}

/** The same rules for the ORM's transactions (em.transactional), registered in db/orm.ts. */
export class BudgetSubscriber implements EventSubscriber {
  beforeTransactionStart(): void {
    currentBudget()?.checkStart();
  }

  async afterTransactionStart(args: TransactionEventArgs): Promise<void> {
    const budget = currentBudget();
    const trx = args.transaction as Partial<KnexTransaction> | undefined;
    if (!budget || !trx?.raw || !trx.rollback) return;
    try {
      await trx.raw(BOUND_SQL('?', '?'), timeouts(budget));
    } catch (error) {
      // MikroORM rolls back only what its callback throws: a failure here must end the transaction itself.
      await trx.rollback().catch(() => undefined);
      throw error;
    }
  }

  beforeTransactionCommit(args: TransactionEventArgs): void {
    if (args.transaction) currentBudget()?.beginCommit(args.transaction as object);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (args.transaction) currentBudget()?.endCommit(args.transaction as object, true);
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.transaction) currentBudget()?.endCommit(args.transaction as object, false);
  }
}
