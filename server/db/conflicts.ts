/**
 * Writes that lose a race, in the domain's words. Two requests that change the same record at
 * once are serialised by row locks (`lockRow`); what only the database can decide (one person per
 * fiscal code, one open enrolment per person and project, one activity per project, day and
 * title …) is decided by its unique indexes. When PostgreSQL refuses a write for one of those
 * reasons (a unique, exclusion or foreign-key violation, a deadlock, a serialisation failure),
 * `databaseConflict` turns the refusal into a CONFLICT naming the field, so that the loser of a
 * race is told what happened and never gets a masked INTERNAL_SERVER_ERROR.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, DomainError, ErrorCode } from '../domain/errors.js';

/** What each constraint means to a caller: the field at fault and why. */
const CONSTRAINTS: Record<string, { field: string; message: string }> = {
  person_fiscal_code_hash_unique: { field: 'fiscalCode', message: 'This fiscal code is registered already, as another person' },
  enrolment_one_open_per_project: { field: 'personId', message: 'This person already has an open enrolment in this project' },
  person_situation_one_per_day: { field: 'effectiveOn', message: 'A situation is declared for this person from this day already' },
  follow_up_enrolment_id_unique: { field: 'enrolmentId', message: 'This enrolment has a follow-up already' },
  withholding_enrolment_id_unique: { field: 'enrolmentId', message: 'The withholding of this exit is recorded already' },
  attendance_activity_id_person_id_unique: { field: 'personId', message: 'This person is registered at this activity already' },
  activity_natural_key: {
    field: 'title',
    message: 'An activity with this title is recorded on this day in this project already',
  },
  idempotency_key_pkey: { field: 'Idempotency-Key', message: 'This Idempotency-Key is in use by another request' },
  organisation_name_unique: { field: 'name', message: 'An organisation with this name exists already' },
  api_key_token_hash_unique: { field: 'token', message: 'This token exists already' },
  // A record that another request voided while this one referred to it.
  attendance_activity_id_foreign: { field: 'activityId', message: 'The activity was voided by another request' },
  attendance_person_id_foreign: { field: 'personId', message: 'The person was removed by another request' },
  enrolment_person_id_foreign: { field: 'personId', message: 'The person was removed by another request' },
  arrears_case_person_id_foreign: { field: 'personId', message: 'The person was removed by another request' },
  follow_up_enrolment_id_foreign: { field: 'enrolmentId', message: 'The enrolment was voided by another request' },
  repayment_enrolment_id_foreign: { field: 'enrolmentId', message: 'The enrolment was voided by another request' },
  withholding_enrolment_id_foreign: { field: 'enrolmentId', message: 'The enrolment was voided by another request' },
};

/** unique_violation, exclusion_violation, foreign_key_violation. */
const CONSTRAINT_CODES = new Set(['23505', '23P01', '23503']);
/** serialization_failure, deadlock_detected: the transaction lost a race and was rolled back whole. */
const RETRY_CODES = new Set(['40001', '40P01']);

const RETRY = 'Another request changed the same records at the same moment; nothing was written: try again.';

/** The error PostgreSQL (through pg or MikroORM, which copies its fields) raised, if that is what this is. */
function sqlState(error: unknown): { code: string; constraint?: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return { code, ...(typeof constraint === 'string' ? { constraint } : {}) };
}

/**
 * A CONFLICT for a write PostgreSQL refused because of a concurrent one (a unique, exclusion or
 * foreign-key violation, a deadlock, a serialisation failure), or null for any other error.
 */
export function databaseConflict(error: unknown): DomainError | null {
  if (error instanceof DomainError) return null;
  const state = sqlState(error);
  if (!state) return null;
  if (CONSTRAINT_CODES.has(state.code)) {
    const known = state.constraint ? CONSTRAINTS[state.constraint] : undefined;
    if (known) return conflict(known.field, known.message);
    return new DomainError(ErrorCode.CONFLICT, RETRY);
  }
  if (RETRY_CODES.has(state.code)) return new DomainError(ErrorCode.CONFLICT, RETRY);
  return null;
}

/** The error as the caller should see it: a CONFLICT when the database refused a racing write, else unchanged. */
export function translateDatabaseError(error: unknown): unknown {
  return databaseConflict(error) ?? error;
}

/**
 * Runs `work` in a transaction (a savepoint when one is open already) and turns a racing write's
 * refusal into a CONFLICT: what every service that writes uses instead of `em.transactional`.
 */
export async function writeTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    throw translateDatabaseError(error);
  }
}

/** Tables whose rows a write locks before it reads what it is about to change. */
export type LockedTable =
  | 'person'
  | 'enrolment'
  | 'follow_up'
  | 'repayment'
  | 'withholding'
  | 'activity'
  | 'attendance'
  | 'arrears_case'
  | 'period_lock'
  | 'api_key';

/**
 * Locks one row for the rest of the transaction, before the write reads it: `update` for the
 * record the write changes or removes (a second writer waits, then reads the first one's
 * result), `share` for a record a new row will hang on (it cannot be voided meanwhile; others
 * may share it). Returns false when there is no such row (any more).
 */
export async function lockRow(em: EntityManager, table: LockedTable, id: string | number, mode: 'update' | 'share'): Promise<boolean> {
  const rows = await em.execute<{ id: unknown }[]>(`select id from ${table} where id = ? for ${mode === 'update' ? 'update' : 'share'}`, [
    id,
  ]);
  return rows.length > 0;
}

/**
 * Why a record is not there: a CONFLICT when the trail says it was voided (by a request that
 * won a race, or earlier), otherwise a NOT_FOUND. Both name the field.
 */
export async function missingRecord(em: EntityManager, entity: string, id: string, field: string, label: string): Promise<DomainError> {
  const voided = await em.execute<{ at: string }[]>(
    `select at::text as at from audit_entry where entity = ? and entity_id = ? and action = 'void' order by id desc limit 1`,
    [entity, id],
  );
  if (voided[0]) return conflict(field, `The ${label} ${id} was voided (${voided[0].at})`);
  return new DomainError(ErrorCode.NOT_FOUND, `No ${label} with id ${id}`, field);
}

/**
 * Transaction-level advisory locks (released at commit or rollback) on names rather than rows:
 * for what does not exist yet, such as the records an import is about to create. Take several in
 * a fixed order (sorted), so that two transactions never wait for each other in a circle.
 */
export const ADVISORY_LOCK_SQL = 'select pg_advisory_xact_lock(hashtextextended($1, 0))';

export async function advisoryLock(em: EntityManager, name: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [name]);
}

/** What an import of a project's records holds: its activities, attendances and enrolments are created by one import at a time. */
export const projectImportLock = (projectCode: string): string => `quartieri:import:project:${projectCode}`;
/** What an import that registers people holds. */
export const PEOPLE_IMPORT_LOCK = 'quartieri:import:people';
/** What a registration of one fiscal code (its pseudonym) holds. */
export const personRegistrationLock = (fiscalCodeHash: string): string => `quartieri:person:${fiscalCodeHash}`;
