/**
 * The translation of PostgreSQL's refusals of a racing write (server/db/conflicts.ts): every
 * unique, exclusion or foreign-key violation, deadlock and serialisation failure is a CONFLICT
 * (naming the field when the constraint is known), whatever path it comes through; nothing else is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { databaseConflict } from '../server/db/conflicts.js';
import { DomainError, ErrorCode, invalid } from '../server/domain/errors.js';
import { toPublicError } from '../server/graphql/errors.js';

const KNOWN: Record<string, string> = {
  person_fiscal_code_hash_unique: 'fiscalCode',
  enrolment_one_open_per_project: 'personId',
  follow_up_enrolment_id_unique: 'enrolmentId',
  withholding_enrolment_id_unique: 'enrolmentId',
  attendance_activity_id_person_id_unique: 'personId',
  activity_natural_key: 'title',
  idempotency_key_pkey: 'Idempotency-Key',
  attendance_activity_id_foreign: 'activityId',
  repayment_enrolment_id_foreign: 'enrolmentId',
};

/** What pg raises (MikroORM copies the same fields onto its own exception). */
const pgError = (code: string, constraint?: string) =>
  Object.assign(new Error('duplicate key value violates unique constraint'), { code, constraint });

describe('a racing write refused by PostgreSQL', () => {
  it('is a CONFLICT naming the field of a known constraint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(KNOWN)), fc.constantFrom('23505', '23503', '23P01'), (constraint, code) => {
        const error = databaseConflict(pgError(code, constraint));
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ code: ErrorCode.CONFLICT, field: KNOWN[constraint] });
      }),
    );
  });

  it('is a CONFLICT (try again) for any other constraint, a deadlock or a serialisation failure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('23505', '23503', '23P01', '40P01', '40001'),
        fc.option(fc.stringMatching(/^[a-z_]{1,40}$/)),
        (code, name) => {
          const error = databaseConflict(pgError(code, name === null || name in KNOWN ? undefined : name));
          expect(error).toMatchObject({ code: ErrorCode.CONFLICT });
          expect(error!.message).toMatch(/try again/);
        },
      ),
    );
  });

  it('is nothing else: other SQL states, driver errors and domain errors pass through', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{5}$/).filter((c) => !['23505', '23503', '23P01', '40P01', '40001'].includes(c)),
        (code) => {
          expect(databaseConflict(pgError(code, 'enrolment_one_open_per_project'))).toBeNull();
        },
      ),
    );
    expect(databaseConflict(new Error('Connection terminated'))).toBeNull();
    expect(databaseConflict(invalid('title', 'no'))).toBeNull();
    expect(databaseConflict(null)).toBeNull();
  });

  it('reaches the caller as CONFLICT with its field through the GraphQL error mapping, never masked', () => {
    const { error, masked } = toPublicError(pgError('23505', 'activity_natural_key'), { message: 'x' });
    expect(masked).toBe(false);
    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'title' });
  });
});
