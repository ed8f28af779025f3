import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import {
  MikroORM,
  PostgreSqlDriver,
  type LogContext,
  type LoggerNamespace,
  type Logger as OrmLogger,
  type Options,
} from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { BudgetSubscriber } from './budget.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    // Metadata comes from the explicit decorator options, not from reflection (tsx emits none).
    metadataProvider: undefined,
    forceUndefined: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    // A request's transactions keep to its time budget (db/budget.ts); outside a request it does nothing.
    subscribers: [new BudgetSubscriber()],
    // Summary tables kept by triggers (see the migration that creates them), and the audit
    // entries' projects (audit_project.sql): not entities.
    schemaGenerator: {
      skipTables: [
        'reach',
        'reach_daily',
        'reach_programme',
        'reach_programme_daily',
        'attendance_daily',
        'enrolment_daily',
        'exit_daily',
        'exit_monthly',
        'ledger_daily',
        'esf_daily',
        'esf_monthly',
        'participation',
        'audit_entry_project',
        'data_version',
        'data_version_pending',
        'writer_position',
      ],
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: 'server/db/migrations',
    },
    ...overrides,
  };
}

export async function openOrm(databaseUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, overrides));
}

/** Applies every committed migration not yet applied; returns the names it ran. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/**
 * MikroORM's logger, routed to pino (a child with `module: "orm"`). Queries are logged at debug
 * level as SQL text with $1, $2 … placeholders: the bound values (person attributes, fiscal-code
 * hashes) are never formatted in ("query-params" is always off) and `params` is never logged.
 */
export class PinoOrmLogger implements OrmLogger {
  private readonly pino: Logger;

  constructor(log: Logger) {
    this.pino = log.child({ module: 'orm' });
  }

  log(namespace: LoggerNamespace | (string & {}), message: string, context?: LogContext): void {
    if (!this.isEnabled(namespace as LoggerNamespace, context)) return;
    const fields = { namespace, ...(context?.label ? { label: context.label } : {}) };
    const text = tidy(message);
    if (context?.level === 'error') this.pino.error(fields, text);
    else if (context?.level === 'warning' || namespace === 'deprecated') this.pino.warn(fields, text);
    else this.pino.debug(fields, text);
  }

  error(namespace: LoggerNamespace | (string & {}), message: string, context?: LogContext): void {
    this.pino.error({ namespace, ...(context?.label ? { label: context.label } : {}) }, tidy(message));
  }

  warn(namespace: LoggerNamespace | (string & {}), message: string, context?: LogContext): void {
    this.pino.warn({ namespace, ...(context?.label ? { label: context.label } : {}) }, tidy(message));
  }

  logQuery(context: LogContext): void {
    if (!this.isEnabled('query', context) || !context.query) return;
    const fields = {
      sql: tidy(context.query),
      ...(context.took !== undefined ? { ms: context.took } : {}),
      ...(context.results !== undefined ? { rows: context.results } : {}),
      ...(context.affected !== undefined ? { affected: context.affected } : {}),
      ...(context.label ? { label: context.label } : {}),
    };
    if (context.level === 'error') this.pino.warn(fields, 'query failed');
    else this.pino.debug(fields, 'query');
  }

  /** MikroORM's `debug` option does not apply: the pino level decides. */
  setDebugMode(): void {}

  isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    if (namespace === 'query-params') return false;
    if (context?.enabled === false) return false;
    if (namespace === 'deprecated') return this.pino.isLevelEnabled('warn');
    return this.pino.isLevelEnabled('debug');
  }
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The ORM options that send its logging to `log`. */
export function ormLogging(log: Logger): Pick<Options, 'loggerFactory'> {
  return { loggerFactory: () => new PinoOrmLogger(log) };
}
