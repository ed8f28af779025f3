/**
 * The one logger of the process: pino. JSON lines on stderr in production and whenever stderr is
 * not a terminal (containers, CI, files); pino-pretty's readable lines when a person watches a
 * terminal outside production (LOG_FORMAT=json or LOG_FORMAT=pretty forces either). Fastify,
 * MikroORM and Apollo log through this same instance (or its children).
 *
 * Call it pino's way: `log.info({ fields }, 'message')`, or `log.info('message')`.
 *
 * What never reaches a log line: Authorization headers and tokens, fiscal codes and their hashes,
 * the Person entity's attributes (at the top level and up to four levels deep), and the SQL text
 * and DETAIL of database errors (they can carry the values of a failed insert).
 */
import { createRequire } from 'node:module';
import { pino } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type Logger = pino.Logger;

/** Keys whose values are secret or personal wherever they appear in a logged object. */
export const REDACTED_KEYS = [
  // credentials
  'authorization',
  'Authorization',
  'cookie',
  'token',
  'tokenHash',
  'token_hash',
  'apiKey',
  'adminSecret',
  'pseudonymKey',
  'password',
  'secret',
  // fiscal codes and their keyed hashes
  'fiscalCode',
  'fiscal_code',
  'fiscalCodeHash',
  'fiscal_code_hash',
  'hash',
  // the Person entity's attributes (camelCase as in GraphQL and the entity, snake_case as in SQL)
  'sex',
  'birthYear',
  'birth_year',
  'birthDate',
  'birth_date',
  'education',
  'labourStatus',
  'labour_status',
  'joblessHousehold',
  'jobless_household',
  'joblessHouseholdWithChildren',
  'jobless_household_with_children',
  'singleAdultWithChildren',
  'single_adult_with_children',
  'migrantOrMinority',
  'migrant_or_minority',
  'disability',
  'otherDisadvantaged',
  'other_disadvantaged',
  'housingExclusion',
  'housing_exclusion',
  // bound values of a query, wherever a library puts them
  'params',
  'bindings',
  'variables',
] as const;

/** How deep the redaction reaches: `key`, `*.key`, `*.*.key`, `*.*.*.key`, `*.*.*.*.key`. */
const REDACT_DEPTH = 4;

export function redactPaths(keys: readonly string[] = REDACTED_KEYS): string[] {
  const paths: string[] = [];
  for (const key of keys) {
    const leaf = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    for (let depth = 0; depth <= REDACT_DEPTH; depth += 1) {
      const prefix = '*.'.repeat(depth);
      paths.push(leaf.startsWith('[') ? `${prefix.slice(0, -1)}${leaf}` : `${prefix}${leaf}`);
    }
  }
  return paths;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * Errors as log fields. A database error (it carries a PostgreSQL SQLSTATE) keeps its code,
 * constraint, table and column, and its message without the SQL that knex and MikroORM prepend
 * (`<sql with values> - <message>`); its DETAIL, which repeats the offending values, is dropped.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return pino.stdSerializers.err(error as Error);
  const fields = error as Error & Record<string, unknown>;
  const code = fields.code ?? fields.sqlState;
  if (typeof code !== 'string' || !SQLSTATE.test(code)) return pino.stdSerializers.err(error);
  const message = error.message.includes(' - ') ? error.message.slice(error.message.lastIndexOf(' - ') + 3) : error.message;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return {
    type: error.name,
    message,
    code,
    ...(typeof fields.constraint === 'string' ? { constraint: fields.constraint } : {}),
    ...(typeof fields.table === 'string' ? { table: fields.table } : {}),
    ...(typeof fields.column === 'string' ? { column: fields.column } : {}),
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
}

export interface LoggerOptions {
  /** Where the lines go (tests pass a stream to read them); stderr by default. */
  destination?: pino.DestinationStream;
  /** Force a format; by default JSON in production or when stderr is not a terminal, pretty otherwise. */
  format?: 'json' | 'pretty';
}

function defaultFormat(): 'json' | 'pretty' {
  const forced = process.env.LOG_FORMAT;
  if (forced === 'json' || forced === 'pretty') return forced;
  return process.env.NODE_ENV === 'production' || !process.stderr.isTTY ? 'json' : 'pretty';
}

/** pino-pretty is a development dependency: absent from a production install, so loaded on demand. */
function prettyStream(): pino.DestinationStream | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => pino.DestinationStream;
    return pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' });
  } catch {
    return undefined;
  }
}

export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const destination =
    options.destination ??
    ((options.format ?? defaultFormat()) === 'pretty' ? prettyStream() : undefined) ??
    pino.destination({ dest: 2, sync: true });
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths(), censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}
