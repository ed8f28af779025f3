import { describe, expect, it } from 'vitest';
import { checkCharacter, checkFiscalCode, pseudonymise } from './fiscal-code.js';

/** Builds a valid code from its first 15 characters. */
const withCheck = (first15: string) => first15 + checkCharacter(first15);

describe('checkFiscalCode', () => {
  it.each([
    ['RSSMRA85T10A562S', 'MALE', 1985],
    ['rssmra85t10a562s', 'MALE', 1985],
    ['RSS MRA 85T10 A562S', 'MALE', 1985],
    [withCheck('BNCLRA90A41F205'), 'FEMALE', 1990], // born 1 January: day 41 for a woman
  ])('accepts %s', (code, sex, year) => {
    expect(checkFiscalCode(code, sex as 'MALE' | 'FEMALE', year)).toMatchObject({ ok: true });
  });

  it('accepts an omocode (digits replaced by letters)', () => {
    // 85 → "UR" (U=8, R=5) in the year field
    const code = withCheck('RSSMRAURT10A562');
    expect(checkFiscalCode(code, 'MALE', 1985)).toMatchObject({ ok: true });
  });

  it.each([
    ['RSSMRA85T10A562', 'MALE', 1985, 'LENGTH'],
    ['RSSMRA85T10A562SX', 'MALE', 1985, 'LENGTH'],
    ['12SMRA85T10A562S', 'MALE', 1985, 'PATTERN'],
    ['RSSMRA85Z10A562S', 'MALE', 1985, 'PATTERN'], // Z is no month
    ['RSSMRA85T10A562T', 'MALE', 1985, 'CHECK_CHARACTER'],
    ['RSSMRA85T10A562S', 'FEMALE', 1985, 'SEX_MISMATCH'],
    ['RSSMRA85T10A562S', 'MALE', 1986, 'BIRTH_YEAR_MISMATCH'],
    [withCheck('RSSMRA85T35A562'), 'MALE', 1985, 'DATE'], // day 35 is neither a man's nor a woman's day
    [withCheck('RSSMRA85B30A562'), 'MALE', 1985, 'DATE'], // 30 February
    [withCheck('RSSMRA01B29A562'), 'MALE', 2001, 'DATE'], // 29 February 2001
  ])('refuses %s (%s, %s): %s', (code, sex, year, problem) => {
    const result = checkFiscalCode(code, sex as 'MALE' | 'FEMALE', year);
    expect(result.ok).toBe(false);
    expect(result.problem).toBe(problem);
    expect(result.message).toBeTruthy();
  });

  it('accepts 29 February in a leap year', () => {
    expect(checkFiscalCode(withCheck('RSSMRA00B29A562'), 'MALE', 2000)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it("gives the birth date: the code's day (less 40 for a woman) and month, in the year given", () => {
    expect(checkFiscalCode('RSSMRA85T10A562S', 'MALE', 1985).birthDate).toBe('1985-12-10');
    expect(checkFiscalCode(withCheck('BNCLRA90A41F205'), 'FEMALE', 1990).birthDate).toBe('1990-01-01');
    expect(checkFiscalCode(withCheck('RSSMRAURT10A562'), 'MALE', 1985).birthDate).toBe('1985-12-10'); // an omocode
    // The code names the year only to the century: the year given decides it.
    expect(checkFiscalCode(withCheck('BNCLRA25A41F205'), 'FEMALE', 1925).birthDate).toBe('1925-01-01');
    expect(checkFiscalCode('RSSMRA85T10A562S', 'MALE', 1986).birthDate).toBeUndefined();
  });
});

describe('pseudonymise', () => {
  const key = Buffer.from('a test key of thirty-two bytes!!');
  it('is the same for the same code however it is typed, and differs between codes and keys', () => {
    expect(pseudonymise('rssmra85t10a562s', key)).toBe(pseudonymise('RSSMRA85T10A562S', key));
    expect(pseudonymise('RSSMRA85T10A562S', key)).not.toBe(pseudonymise(withCheck('BNCLRA90A41F205'), key));
    expect(pseudonymise('RSSMRA85T10A562S', key)).not.toBe(pseudonymise('RSSMRA85T10A562S', Buffer.from('another key')));
    expect(pseudonymise('RSSMRA85T10A562S', key)).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymise('RSSMRA85T10A562S', key)).not.toContain('RSSMRA');
  });
});
