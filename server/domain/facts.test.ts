/** The rules that need facts from the database, given those facts directly: no database here. */
import { describe, expect, it } from 'vitest';
import { activityTitle, MAX_HEADCOUNT, personOrHeadcount } from './activity.js';
import { statusChange } from './arrears-case.js';
import { ADMIN_CALLER, type Caller, withinScope } from './caller.js';
import { exitRules, followUpRules, followUpWindow, noOpenEnrolment, repaymentDay, targetNotices, withholdingOnExit } from './enrolment.js';
import { DomainError, ErrorCode } from './errors.js';
import { type ActiveLock, existingProject, notLocked, projectDay } from './period.js';
import { ageOn, birthYearRule, checkedFiscalCode, fiscalCodeOf, sameAsRegistered } from './person.js';

const GOLAB = { code: 'GOLAB', startDate: '2018-09-01', endDate: '2020-08-31' };
const LOCK: ActiveLock = { id: 7, lockedUntil: '2019-03-31', reason: 'Q1 report' };

/** The code and field of the DomainError `run` throws (or null when it throws nothing). */
function refusal(run: () => unknown): { code: ErrorCode; field?: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, field: error.field, message: error.message };
  }
}

describe('dated facts', () => {
  it('refuse a day on or before the active lock, naming it, and allow the day after', () => {
    expect(refusal(() => notLocked('paidOn', '2019-03-31', LOCK))).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'paidOn',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
      message: expect.stringContaining('lock 7'),
    });
    expect(refusal(() => notLocked('paidOn', '2019-04-01', LOCK))).toBeNull();
    expect(refusal(() => notLocked('paidOn', '2019-03-31', null))).toBeNull();
  });

  it('are inside the project, then not in the future, then not locked', () => {
    expect(refusal(() => projectDay('heldOn', '2018-08-31', GOLAB, LOCK))).toMatchObject({
      code: ErrorCode.INVALID_INPUT,
      field: 'heldOn',
    });
    expect(refusal(() => projectDay('heldOn', '2019-01-10', GOLAB, LOCK))).toMatchObject({ code: ErrorCode.CONFLICT, field: 'heldOn' });
    expect(refusal(() => projectDay('heldOn', '2019-06-10', GOLAB, LOCK))).toBeNull();
  });

  it('name a project that exists', () => {
    expect(refusal(() => existingProject('NOPE', undefined))).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'projectCode' });
    expect(existingProject('GOLAB', GOLAB)).toBe(GOLAB);
  });
});

describe('the reintegration path', () => {
  const enrolment = { id: 'e1', selectedOn: '2019-02-01', exitedOn: null };

  it('allows one open enrolment per person and project, and warns past the target', () => {
    expect(refusal(() => noOpenEnrolment('p1', 'GOLAB', true))).toMatchObject({ code: ErrorCode.CONFLICT, field: 'personId' });
    expect(refusal(() => noOpenEnrolment('p1', 'GOLAB', false))).toBeNull();
    expect(targetNotices({ code: 'GOLAB', participantTarget: 2 }, 2)).toEqual([]);
    expect(targetNotices({ code: 'GOLAB', participantTarget: 2 }, 3)[0]).toContain('over its participant target of 2');
  });

  it('records one exit, after the selection, with a contract type only when EMPLOYED', () => {
    const exit = (over: object, facts = enrolment) =>
      refusal(() => exitRules(facts, GOLAB, null, { exitedOn: '2019-09-30', outcome: 'WITHDRAWN', ...over }));
    expect(exit({})).toBeNull();
    expect(exit({}, { ...enrolment, exitedOn: '2019-05-01' } as never)).toMatchObject({ code: ErrorCode.CONFLICT, field: 'enrolmentId' });
    expect(exit({ exitedOn: '2019-01-31' })).toMatchObject({ code: ErrorCode.INVALID_INPUT, field: 'exitedOn' });
    expect(exit({ outcome: 'EMPLOYED' })).toMatchObject({ field: 'contractType' });
    expect(exit({ contractType: 'PERMANENT' })).toMatchObject({ field: 'contractType' });
    expect(exit({ outcome: 'EMPLOYED', contractType: 'PERMANENT' })).toBeNull();
  });

  it('withholds the share of the allowance only on an UNSUCCESSFUL exit', () => {
    const project = { allowanceCents: 200000n, withholdingShareText: '0.5' };
    expect(withholdingOnExit('UNSUCCESSFUL', project)).toBe(100000n);
    expect(withholdingOnExit('WITHDRAWN', project)).toBeNull();
  });

  it('takes one follow-up, six months after the exit give or take four weeks', () => {
    const left = { ...enrolment, exitedOn: '2019-06-30' };
    expect(refusal(() => followUpRules(enrolment, '2019-12-31', null, false))).toMatchObject({ field: 'enrolmentId' });
    expect(refusal(() => followUpRules(left, '2019-06-01', null, false))).toMatchObject({ field: 'observedOn' });
    expect(refusal(() => followUpRules(left, '2019-12-31', null, true))).toMatchObject({ code: ErrorCode.CONFLICT, field: 'enrolmentId' });
    expect(refusal(() => followUpRules(left, '2019-12-31', null, false))).toBeNull();
    // Six months after 2019-06-30 is 2019-12-30: from 2019-12-02 to 2020-01-27.
    expect(followUpWindow('2019-06-30')).toEqual({ from: '2019-12-02', to: '2020-01-27' });
    for (const [day, refused] of [
      ['2019-07-01', true], // the day after leaving
      ['2019-11-30', true], // five months
      ['2019-12-01', true],
      ['2019-12-02', false],
      ['2020-01-27', false],
      ['2020-01-28', true],
    ] as const) {
      expect(refusal(() => followUpRules(left, day, null, false))?.field ?? null, day).toBe(refused ? 'observedOn' : null);
    }
  });

  it('takes repayments from the selection on, outside locked periods', () => {
    expect(refusal(() => repaymentDay('2019-01-31', enrolment, null))).toMatchObject({ field: 'paidOn', code: ErrorCode.INVALID_INPUT });
    expect(refusal(() => repaymentDay('2019-03-01', enrolment, LOCK))).toMatchObject({ field: 'paidOn', code: ErrorCode.CONFLICT });
    expect(refusal(() => repaymentDay('2019-04-01', enrolment, LOCK))).toBeNull();
  });
});

describe('activities and people', () => {
  it('records a person or a headcount of 1 to MAX_HEADCOUNT, never both', () => {
    expect(refusal(() => personOrHeadcount(true, 3))).toMatchObject({ field: 'anonymousHeadcount' });
    expect(refusal(() => personOrHeadcount(false, null))).toMatchObject({ field: 'personId' });
    expect(refusal(() => personOrHeadcount(false, 0))).toMatchObject({ field: 'anonymousHeadcount' });
    expect(refusal(() => personOrHeadcount(false, MAX_HEADCOUNT + 1))).toMatchObject({ field: 'anonymousHeadcount' });
    expect(refusal(() => personOrHeadcount(false, MAX_HEADCOUNT))).toBeNull();
    expect(refusal(() => personOrHeadcount(true, null))).toBeNull();
  });

  it('trims titles and refuses empty or overlong ones', () => {
    expect(activityTitle('  Festa  ')).toBe('Festa');
    expect(refusal(() => activityTitle('   '))).toMatchObject({ field: 'title' });
    expect(refusal(() => activityTitle('x'.repeat(201)))).toMatchObject({ field: 'title' });
  });

  it('keeps one person per fiscal code, and the code agrees with sex and birth year', () => {
    const registered = { id: 'p1', sex: 'MALE', birthYear: 1985 };
    expect(refusal(() => sameAsRegistered(registered, 'FEMALE', 1985, true))).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'fiscalCode',
    });
    expect(refusal(() => sameAsRegistered(registered, 'MALE', 1985, true))).toBeNull();
    // Only an admin is told who holds the code.
    expect(refusal(() => sameAsRegistered(registered, 'FEMALE', 1985, true))?.message).toContain('p1');
    expect(refusal(() => sameAsRegistered(registered, 'FEMALE', 1985, false))?.message).not.toContain('p1');
    expect(refusal(() => fiscalCodeOf('RSSMRA85T10A562S', 'FEMALE', 1985))).toMatchObject({
      field: 'fiscalCode',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
      message: expect.stringContaining('of a man'),
    });
    expect(fiscalCodeOf('rssmra85t10a562s', 'MALE', 1985)).toBe('RSSMRA85T10A562S');
    // T is December: the code's day and month, in the year given.
    expect(checkedFiscalCode('RSSMRA85T10A562S', 'MALE', 1985)).toEqual({ code: 'RSSMRA85T10A562S', birthDate: '1985-12-10' });
    expect(refusal(() => birthYearRule(1899))).toMatchObject({ field: 'birthYear' });
    expect(refusal(() => birthYearRule(2030, 2026))).toMatchObject({ field: 'birthYear' });
  });

  it('counts the age in completed years: a birthday on the day counts, and the year alone without a birth date', () => {
    expect(ageOn('1994-03-10', 1994, '2019-03-09')).toBe(24);
    expect(ageOn('1994-03-10', 1994, '2019-03-10')).toBe(25);
    expect(ageOn('1964-03-10', 1964, '2019-03-09')).toBe(54);
    expect(ageOn('1964-03-10', 1964, '2019-03-10')).toBe(55);
    expect(ageOn('1964-12-31', 1964, '2019-01-01')).toBe(54);
    // Born on 29 February: a year older on 1 March of a common year, on the day in a leap year.
    expect(ageOn('2000-02-29', 2000, '2019-02-28')).toBe(18);
    expect(ageOn('2000-02-29', 2000, '2019-03-01')).toBe(19);
    expect(ageOn('2000-02-29', 2000, '2020-02-29')).toBe(20);
    expect(ageOn(null, 1994, '2019-03-09')).toBe(25);
  });

  it('moves case files on one way only', () => {
    const file = { status: 'SUBMITTED' as const, statusChangedOn: '2019-05-01' };
    expect(refusal(() => statusChange(file, 'PREPARED', '2019-06-01'))).toMatchObject({ code: ErrorCode.CONFLICT, field: 'status' });
    expect(refusal(() => statusChange(file, 'APPROVED', '2019-04-01'))).toMatchObject({ field: 'changedOn' });
    expect(refusal(() => statusChange(file, 'APPROVED', '2019-06-01'))).toBeNull();
  });

  it('lets an operator act only on its projects', () => {
    const operator: Caller = { role: 'OPERATOR', actor: 'k1', projectCodes: ['GOLAB'] };
    expect(refusal(() => withinScope(operator, ['GOLAB']))).toBeNull();
    expect(refusal(() => withinScope(operator, ['GOLAB', 'SAPERI'], 'projectCode'))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      field: 'projectCode',
    });
    expect(refusal(() => withinScope(ADMIN_CALLER, ['SAPERI']))).toBeNull();
  });
});
