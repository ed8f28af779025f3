/** Rules on a person: the birth year, the fiscal code, and one person per fiscal code. */
import { todayInItaly } from '../dates.js';
import { conflict, invalid } from './errors.js';
import { checkFiscalCode, checkFiscalCodeForm } from './fiscal-code.js';
import { EARLIEST_BIRTH_YEAR, MIN_AGE_AT_SELECTION } from './limits.js';

export type SexValue = 'FEMALE' | 'MALE';

/** A birth year from 1900 to this year (Italian calendar): not in the future. */
export function birthYearRule(year: number, thisYear = Number(todayInItaly().slice(0, 4))): void {
  if (!Number.isInteger(year) || year < EARLIEST_BIRTH_YEAR || year > thisYear) {
    throw invalid('birthYear', `birthYear must be between ${EARLIEST_BIRTH_YEAR} and ${thisYear}`);
  }
}

/**
 * A participant is at least 16 when selected. Only the birth year is known, so the age is the
 * year of selection minus the birth year. `field` names what the caller gave: the person, the
 * day of selection, or the file's birth year.
 */
export function oldEnoughAtSelection(birthYear: number, selectedOn: string, field: string): void {
  const age = Number(selectedOn.slice(0, 4)) - birthYear;
  if (age < MIN_AGE_AT_SELECTION) {
    throw invalid(
      field,
      `A participant is at least ${MIN_AGE_AT_SELECTION} at selection: born in ${birthYear}, they would be ${age} in ${selectedOn.slice(0, 4)}`,
    );
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

/**
 * The same fiscal code is the same person: registering them again must not contradict the record.
 * Only an admin is told which person holds the code (`nameThem`): an operator's refusal names no
 * id and no registered value, and reads the same whether the person is in its projects or not.
 * The refusal itself cannot be avoided (one code, one person): what it tells an operator is that
 * the code is registered with the other century, the one thing a fiscal code leaves open.
 */
export function sameAsRegistered(
  registered: { id: string; sex: string; birthYear: number },
  sex: SexValue,
  birthYear: number,
  nameThem: boolean,
): void {
  if (registered.sex !== sex || registered.birthYear !== birthYear) {
    throw conflict(
      'fiscalCode',
      nameThem
        ? `This fiscal code is registered already as person ${registered.id}, with another sex or birth year`
        : 'This fiscal code is registered already with another sex or birth year',
    );
  }
}
