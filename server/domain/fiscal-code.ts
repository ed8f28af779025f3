/**
 * The Italian fiscal code (codice fiscale) of a natural person: validation and pseudonymisation.
 * The code itself is never stored: only its HMAC under PSEUDONYM_KEY, which recognises the same
 * person twice without keeping who they are.
 */
import { createHmac } from 'node:crypto';

const PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const MONTHS = 'ABCDEHLMPRST';
/** Omocodia: letters that replace digits when two people would share a code. */
const OMOCODE_DIGITS = 'LMNPQRSTUV';
const ODD_VALUES: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

export type FiscalCodeProblem = 'LENGTH' | 'PATTERN' | 'CHECK_CHARACTER' | 'DATE' | 'SEX_MISMATCH' | 'BIRTH_YEAR_MISMATCH';

export interface FiscalCodeCheck {
  ok: boolean;
  problem?: FiscalCodeProblem;
  message?: string;
  /** The normalised code (upper case, no spaces). */
  code: string;
  /**
   * The birth date ("1985-12-10"): the day and month the code carries, in the birth year given.
   * Set by checkFiscalCode when the code passes.
   */
  birthDate?: string;
}

/** Upper case, without spaces. */
export function normaliseFiscalCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const char = first15[i]!;
    // Positions are counted from 1: odd positions use the table, even ones the plain value.
    sum += i % 2 === 0 ? ODD_VALUES[char]! : /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function digits(text: string): number {
  return Number([...text].map((c) => (/[0-9]/.test(c) ? c : String(OMOCODE_DIGITS.indexOf(c)))).join(''));
}

/** The form alone: 16 characters of the right pattern, with the right check character. */
export function checkFiscalCodeForm(input: string): FiscalCodeCheck {
  const code = normaliseFiscalCode(input);
  const fail = (problem: FiscalCodeProblem, message: string): FiscalCodeCheck => ({ ok: false, problem, message, code });
  if (code.length !== 16) return fail('LENGTH', `a fiscal code has 16 characters, this one has ${code.length}`);
  if (!PATTERN.test(code))
    return fail('PATTERN', 'this is not the pattern of a personal fiscal code (6 letters, birth date and place, check letter)');
  if (checkCharacter(code.slice(0, 15)) !== code[15])
    return fail('CHECK_CHARACTER', 'the check character does not match: the code is mistyped');
  return { ok: true, code };
}

/**
 * Checks the form, the check character and the date, and that the code agrees with the sex and
 * birth year given: the code holds the last two digits of the year, and the day plus 40 for women.
 * With the year given, the code's day and month make the exact birth date, returned as `birthDate`.
 */
export function checkFiscalCode(input: string, sex: 'FEMALE' | 'MALE', birthYear: number): FiscalCodeCheck {
  const form = checkFiscalCodeForm(input);
  if (!form.ok) return form;
  const { code } = form;
  const fail = (problem: FiscalCodeProblem, message: string): FiscalCodeCheck => ({ ok: false, problem, message, code });
  const year = digits(code.slice(6, 8));
  const month = MONTHS.indexOf(code[8]!) + 1;
  const dayField = digits(code.slice(9, 11));
  const female = dayField > 40;
  const day = female ? dayField - 40 : dayField;
  if (day < 1 || day > 31 || (dayField > 31 && dayField < 41)) return fail('DATE', 'the birth day in the code is not a valid day');
  const date = new Date(Date.UTC(birthYear, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return fail('DATE', 'the birth date in the code does not exist in the given birth year');
  if ((female ? 'FEMALE' : 'MALE') !== sex)
    return fail('SEX_MISMATCH', `the code is that of a ${female ? 'woman' : 'man'}, not of the sex given`);
  if (birthYear % 100 !== year)
    return fail('BIRTH_YEAR_MISMATCH', `the code gives a birth year ending in ${String(year).padStart(2, '0')}, not ${birthYear}`);
  return { ok: true, code, birthDate: date.toISOString().slice(0, 10) };
}

/** HMAC-SHA-256 of the normalised code under the pseudonymisation key, hex. */
export function pseudonymise(code: string, key: Buffer): string {
  return createHmac('sha256', key).update(normaliseFiscalCode(code)).digest('hex');
}
