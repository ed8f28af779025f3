/** Rules on a person: the birth year, the fiscal code, and one person per fiscal code. */
import { conflict, invalid } from './errors.js';
import { checkFiscalCode, checkFiscalCodeForm } from './fiscal-code.js';

export type SexValue = 'FEMALE' | 'MALE';

/** A birth year from 1900 to this year. */
export function birthYearRule(year: number, thisYear = new Date().getFullYear()): void {
  if (!Number.isInteger(year) || year < 1900 || year > thisYear) {
    throw invalid('birthYear', `birthYear must be between 1900 and ${thisYear}`);
  }
}

/** A well-formed fiscal code (length, pattern, check character); returns it normalised. */
export function fiscalCodeForm(code: string): string {
  const check = checkFiscalCodeForm(code);
  if (!check.ok) throw invalid('fiscalCode', `Invalid fiscal code: ${check.message}`);
  return check.code;
}

/** A fiscal code that agrees with the sex and birth year given; returns it normalised. */
export function fiscalCodeOf(code: string, sex: SexValue, birthYear: number): string {
  const check = checkFiscalCode(code, sex, birthYear);
  if (!check.ok) throw invalid('fiscalCode', `Invalid fiscal code: ${check.message}`);
  return check.code;
}

/** The same fiscal code is the same person: registering them again must not contradict the record. */
export function sameAsRegistered(registered: { id: string; sex: string; birthYear: number }, sex: SexValue, birthYear: number): void {
  if (registered.sex !== sex || registered.birthYear !== birthYear) {
    throw conflict('fiscalCode', `This fiscal code is registered already as person ${registered.id}, with another sex or birth year`);
  }
}
