/**
 * The people of a file: found by fiscal code among those registered, or registered by the file
 * when it has the columns to do so. The same rules as registerPerson: a well-formed code that
 * agrees with the sex and birth year, one person per code, and the birth date the code's day and
 * month make with the birth year.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { BulkWriter, CreatedRecord } from '../db/bulk-writer.js';
import type { Caller } from '../domain/caller.js';
import { invalid } from '../domain/errors.js';
import { normaliseFiscalCode, pseudonymise } from '../domain/fiscal-code.js';
import { birthYearRule, checkedFiscalCode, fiscalCodeForm, sameAsRegistered } from '../domain/person.js';
import { EducationLevel, LabourStatus, Sex } from '../modules/person/person.enums.js';
import { personRecord } from '../modules/person/person.service.js';
import { loadPeople, type RegisteredPerson } from './facts.js';
import type { Row } from './table.js';

export interface NewPerson {
  id: string;
  hash: string;
  sex: Sex;
  birthYear: number;
  birthDate: string;
  education: EducationLevel | null;
  labourStatus: LabourStatus;
}

const SEXES: Record<string, Sex> = {
  f: Sex.FEMALE,
  female: Sex.FEMALE,
  femmina: Sex.FEMALE,
  m: Sex.MALE,
  male: Sex.MALE,
  maschio: Sex.MALE,
};
const LABOUR: Record<string, LabourStatus> = {
  disoccupato: LabourStatus.UNEMPLOYED,
  disoccupata: LabourStatus.UNEMPLOYED,
  disoccupato_lungo_periodo: LabourStatus.LONG_TERM_UNEMPLOYED,
  disoccupata_lungo_periodo: LabourStatus.LONG_TERM_UNEMPLOYED,
  inattivo_in_formazione: LabourStatus.INACTIVE_IN_EDUCATION,
  inattivo: LabourStatus.INACTIVE_NOT_IN_EDUCATION,
  inattiva: LabourStatus.INACTIVE_NOT_IN_EDUCATION,
  occupato: LabourStatus.EMPLOYED,
  occupata: LabourStatus.EMPLOYED,
  ...Object.fromEntries(Object.values(LabourStatus).map((v) => [v.toLowerCase(), v])),
};

/** The cells of a person who is to be registered, read into the domain's values (or an INVALID_INPUT). */
function readPerson(row: Row): { sex: Sex; birthYear: number } {
  const sex = SEXES[row.get('sex').toLowerCase()];
  if (!sex) throw invalid('sex', `sesso must be F or M, got "${row.get('sex')}"`);
  const yearText = row.get('birthYear');
  if (!/^\d{4}$/.test(yearText)) throw invalid('birthYear', `anno_nascita must be a year such as 1975, got "${yearText}"`);
  const birthYear = Number(yearText);
  birthYearRule(birthYear);
  return { sex, birthYear };
}

function readProfile(row: Row): { labourStatus: LabourStatus; education: EducationLevel | null } {
  const labourStatus = LABOUR[row.get('labourStatus').toLowerCase().replace(/\s+/g, '_')];
  if (!labourStatus) {
    throw invalid(
      'labourStatus',
      `condizione must be disoccupato, disoccupato_lungo_periodo, inattivo_in_formazione, inattivo or occupato; got "${row.get('labourStatus')}"`,
    );
  }
  const educationText = row
    .get('education')
    .toUpperCase()
    .replace(/^(\d)$/, 'ISCED_$1');
  const education = educationText === '' ? null : (EducationLevel as Record<string, EducationLevel>)[educationText];
  if (education === undefined)
    throw invalid('education', `titolo_studio must be an ISCED level 0 to 8, or empty; got "${row.get('education')}"`);
  return { labourStatus, education };
}

export class PeopleOfFile {
  /** The people the file registers, in the order of their first row. */
  readonly created: NewPerson[] = [];

  private constructor(
    private readonly key: Buffer,
    private readonly byHash: Map<string, RegisteredPerson>,
    /** Whether a refusal may name the person holding a code: for an admin only. */
    private readonly nameThem: boolean,
  ) {
    this.registeredIds = [...byHash.values()].map((p) => p.id);
    for (const p of byHash.values()) this.birthYears.set(p.id, p.birthYear);
  }

  /** Birth years by person id, of the people registered before the file and by it. */
  private readonly birthYears = new Map<string, number>();

  /** The birth year of a person of the file (what the rule of the age at selection needs). */
  birthYearOf(personId: string): number | undefined {
    return this.birthYears.get(personId);
  }

  /** Reads the registered people whose fiscal codes the rows carry. */
  static async load(client: pg.ClientBase, key: Buffer, rows: Row[], caller: Caller): Promise<PeopleOfFile> {
    const hashes = rows
      .map((r) => normaliseFiscalCode(r.get('fiscalCode')))
      .filter((code) => code.length === 16)
      .map((code) => pseudonymise(code, key));
    return new PeopleOfFile(key, await loadPeople(client, hashes), caller.role === 'ADMIN');
  }

  /** Ids of the people of the file who were registered before it. */
  readonly registeredIds: string[];

  /**
   * The id of the row's person. With `register`, the row's sex and birth year are checked against
   * the code (and against the record of a registered person), and a new person is registered.
   */
  resolve(row: Row, register: boolean): string {
    const code = fiscalCodeForm(row.get('fiscalCode'));
    const hash = pseudonymise(code, this.key);
    const known = this.byHash.get(hash);
    if (!register) {
      if (known) return known.id;
      throw invalid('fiscalCode', 'this person is not registered: add sesso, anno_nascita and condizione to register them');
    }
    const { sex, birthYear } = readPerson(row);
    const { birthDate } = checkedFiscalCode(code, sex, birthYear);
    if (known) {
      sameAsRegistered(known, sex, birthYear, this.nameThem);
      return known.id;
    }
    const person: NewPerson = { id: randomUUID(), hash, sex, birthYear, birthDate, ...readProfile(row) };
    this.created.push(person);
    this.byHash.set(hash, { id: person.id, sex, birthYear });
    this.birthYears.set(person.id, birthYear);
    return person.id;
  }
}

/** Writes the people a file registers; returns them for the audit trail (never the fiscal-code hash). */
export async function writePeople(writer: BulkWriter, people: NewPerson[]): Promise<CreatedRecord[]> {
  await writer.insert('person', [
    ['id', 'uuid', people.map((p) => p.id)],
    ['fiscal_code_hash', 'text', people.map((p) => p.hash)],
    ['sex', 'sex', people.map((p) => p.sex)],
    ['birth_year', 'smallint', people.map((p) => p.birthYear)],
    ['birth_date', 'date', people.map((p) => p.birthDate)],
    ['education', 'education_level', people.map((p) => p.education)],
    ['labour_status', 'labour_status', people.map((p) => p.labourStatus)],
  ]);
  return people.map((p) => ({ entity: 'person', id: p.id, after: personRecord(p) }));
}
