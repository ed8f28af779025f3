/**
 * What an import adapter is given and gives back. An adapter reads one kind of file: it checks
 * every row with the domain's rules (listing what is wrong in `errors`) and plans the records the
 * file creates; the plan is written only when no row is bad and it is not a dry run.
 */
import type pg from 'pg';
import type { BulkWriter, CreatedRecord } from '../db/bulk-writer.js';
import { type Caller, withinScope } from '../domain/caller.js';
import { invalid } from '../domain/errors.js';
import { type ActiveLock, existingProject, type ProjectPeriod } from '../domain/period.js';
import { parseAmount, parseItalianDate } from './csv.js';
import type { Column, Row, RowErrors, Table } from './table.js';

export interface ImportCounts {
  people: number;
  enrolments: number;
  activities: number;
  attendances: number;
}

export interface AdapterInput {
  client: pg.ClientBase;
  caller: Caller;
  pseudonymKey: Buffer;
  table: Table;
  errors: RowErrors;
  progress: (message: string) => void;
  /** Facts every adapter needs: the projects by code, and the active lock. */
  projects: Map<string, ProjectPeriod>;
  lock: ActiveLock | null;
}

export interface ImportPlan {
  created: Partial<ImportCounts>;
  /** Rows already in the database (same natural key). */
  skipped: number;
  /** Writes the planned records; returns them for the audit trail. */
  write(writer: BulkWriter): Promise<CreatedRecord[]>;
}

export interface ImportAdapter {
  /** Columns the header must have. */
  required: readonly Column[];
  plan(input: AdapterInput): Promise<ImportPlan>;
}

/** The row's project: one that exists, and one the caller works on. */
export function projectOf(input: AdapterInput, row: Row): ProjectPeriod {
  const code = row.get('project').toUpperCase();
  const project = existingProject(code, input.projects.get(code));
  withinScope(input.caller, [project.code], 'projectCode');
  return project;
}

/** A date cell: dd/mm/yyyy (or yyyy-mm-dd) naming a real day. */
export function dateOf(row: Row, column: 'selectedOn' | 'heldOn'): string {
  const date = parseItalianDate(row.get(column));
  if (!date) throw invalid(column, `not a date (dd/mm/yyyy): "${row.get(column)}"`);
  return date;
}

/** An amount cell, to cents: 1.234,56 in a semicolon file, 1234.56 in a comma file. */
export function amountOf(row: Row, column: 'arrears', field: string, delimiter: ';' | ','): bigint {
  const cents = parseAmount(row.get(column), delimiter);
  if (cents === null) throw invalid(field, `morosita must be an amount such as 1.234,56; got "${row.get(column)}"`);
  return cents;
}
