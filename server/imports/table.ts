/**
 * A CSV file as rows of named columns, and the list of what is wrong with it. Rules throw a
 * DomainError naming a field of the domain (selectedOn, personId …); `RowErrors.check` turns it
 * into an error at the column of the file that holds that field.
 */
import { CsvError } from 'csv-parse/sync';
import { DomainError } from '../domain/errors.js';
import { parseCsv } from './csv.js';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** Column names, Italian first (the name errors use), with their English aliases. */
export const COLUMNS = {
  fiscalCode: ['codice_fiscale', 'fiscal_code', 'cf'],
  sex: ['sesso', 'sex'],
  birthYear: ['anno_nascita', 'birth_year'],
  education: ['titolo_studio', 'education'],
  labourStatus: ['condizione', 'labour_status'],
  project: ['progetto', 'project', 'project_code'],
  selectedOn: ['data_selezione', 'selected_on'],
  arrears: ['morosita', 'morosità', 'arrears'],
  heldOn: ['data', 'data_attivita', 'held_on'],
  kind: ['tipo', 'kind'],
  title: ['titolo', 'title'],
  headcount: ['persone_non_registrate', 'anonymous_headcount'],
} as const;
export type Column = keyof typeof COLUMNS;

/** The column of the file that holds a field the domain's rules name. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  fiscalCode: 'fiscalCode',
  personId: 'fiscalCode',
  sex: 'sex',
  birthYear: 'birthYear',
  education: 'education',
  labourStatus: 'labourStatus',
  projectCode: 'project',
  selectedOn: 'selectedOn',
  arrearsAtEnrolment: 'arrears',
  heldOn: 'heldOn',
  activityId: 'heldOn',
  kind: 'kind',
  title: 'title',
  anonymousHeadcount: 'headcount',
};

export const columnName = (column: Column): string => COLUMNS[column][0];

export interface Row {
  /** Its line in the file (the header is line 1). */
  line: number;
  /** The cell of a column; '' when the file has no such column. */
  get(column: Column): string;
}

export interface Table {
  delimiter: ';' | ',';
  rows: Row[];
  has(column: Column): boolean;
}

/** Reads the file; the errors say which required columns the header lacks, or where the quoting breaks. */
export function readTable(csv: string, required: readonly Column[]): { table: Table; errors: ImportRowError[] } {
  let parsed;
  try {
    parsed = parseCsv(csv);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 1;
    return {
      table: { delimiter: ',', rows: [], has: () => false },
      errors: [{ row: line, column: '', message: `not a readable CSV file: ${error.message}` }],
    };
  }
  const index = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = parsed.header.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(column, at);
  }
  const errors = required
    .filter((column) => !index.has(column))
    .map((column) => ({ row: 1, column: columnName(column), message: `the header has no ${COLUMNS[column].join(' / ')} column` }));
  const rows = parsed.rows.map(({ line, cells }) => ({
    line,
    get: (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '');
    },
  }));
  return { table: { delimiter: parsed.delimiter, rows, has: (column) => index.has(column) }, errors };
}

/** Every bad row of a file, at most `max` of them listed. */
export class RowErrors {
  constructor(readonly list: ImportRowError[] = []) {}

  get count(): number {
    return this.list.length;
  }

  add(row: Row, column: Column | '', message: string): void {
    this.list.push({ row: row.line, column: column === '' ? '' : columnName(column), message });
  }

  /**
   * Runs a rule on a row: its value, or undefined when it threw a DomainError, which is listed at
   * the column of its field. Any other error is a bug and goes on up.
   */
  check<T>(row: Row, rule: () => T): T | undefined {
    try {
      return rule();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const column = error.field !== undefined ? COLUMN_OF_FIELD[error.field] : undefined;
      this.list.push({ row: row.line, column: column ? columnName(column) : (error.field ?? ''), message: error.message });
      return undefined;
    }
  }

  /** Keeps the first `max` errors and says how many more there were. */
  truncate(max: number): void {
    if (this.list.length <= max) return;
    const more = this.list.length - max;
    this.list.splice(max, more, { row: 0, column: '', message: `… and ${more} more errors` });
  }
}

/** "checked 2.000 of 10.000 rows", every 2,000 rows. */
export function reportProgress(progress: (message: string) => void, index: number, total: number): void {
  if (index > 0 && index % 2000 === 0) progress(`  checked ${index.toLocaleString('it-IT')} of ${total.toLocaleString('it-IT')} rows`);
}
