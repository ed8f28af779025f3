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

/**
 * A fiscal code that agrees with the sex and birth year given: the code normalised, and the birth
 * date it makes with that year (the code carries the day and month of birth).
 */
export function checkedFiscalCode(code: string, sex: SexValue, birthYear: number): { code: string; birthDate: string } {
  const check = checkFiscalCode(code, sex, birthYear);
  if (!check.ok || !check.birthDate) throw invalid('fiscalCode', `Invalid fiscal code: ${check.message}`);
  return { code: check.code, birthDate: check.birthDate };
}

/** A fiscal code that agrees with the sex and birth year given; returns it normalised. */
export function fiscalCodeOf(code: string, sex: SexValue, birthYear: number): string {
  return checkedFiscalCode(code, sex, birthYear).code;
}

/**
 * The age on a day, in completed years: a birthday on that day counts (born 1994-03-10, 25 on
 * 2019-03-10 and 24 the day before; born on 29 February, a year older on 1 March of a common
 * year). Without the birth date (people registered before it was kept) the year of the day minus
 * the birth year. server/db/sql/esf_commission.sql computes the same in SQL (age_on).
 */
export function ageOn(birthDate: string | null | undefined, birthYear: number, day: string): number {
  const years = Number(day.slice(0, 4)) - (birthDate ? Number(birthDate.slice(0, 4)) : birthYear);
  return birthDate && day.slice(5) < birthDate.slice(5) ? years - 1 : years;
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
