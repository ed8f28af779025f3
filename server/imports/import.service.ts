/**
 * File imports: the social-services list of selected participants, and the attendance register
 * of activities. A file is one transaction: every row is checked first, with the domain's rules,
 * and a file with any bad row writes nothing and returns every bad row (row, column, message).
 * Rows already in the database (same natural key) are skipped, so importing the same file twice
 * adds nothing, also when both imports run at the same moment: an import holds an advisory lock
 * on each project its rows name (and on the registration of people) from before it reads what is
 * in the database until it commits, so a second import of the same file waits, then finds every
 * row and skips it. The records are written through the shared bulk writer, each audited with
 * the file's name as the reason. A write that a concurrent mutation made impossible (the same
 * activity or attendance recorded by hand meanwhile) is a CONFLICT naming the field, never a 500.
 */
import type pg from 'pg';
import { beginTransaction, commitTransaction } from '../db/budget.js';
import { BulkWriter } from '../db/bulk-writer.js';
import { ADVISORY_LOCK_SQL, PEOPLE_IMPORT_LOCK, projectImportLock, translateDatabaseError } from '../db/conflicts.js';
import type { Caller } from '../domain/caller.js';
import type { ImportAdapter, ImportCounts } from './adapter.js';
import { attendanceRegister } from './attendance.js';
import { loadActiveLock, loadProjects } from './facts.js';
import { participantsList } from './participants.js';
import { type ImportRowError, readTable, RowErrors, type Table } from './table.js';

export type { ImportRowError } from './table.js';
export type ImportKind = 'participants' | 'attendance';

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  dryRun: boolean;
  written: boolean;
  created: ImportCounts;
  skipped: number;
  errors: ImportRowError[];
}

export interface ImportOptions {
  kind: ImportKind;
  csv: string;
  fileName: string;
  dryRun: boolean;
  /** Key of the fiscal-code HMAC. */
  pseudonymKey: Buffer;
  onProgress?: (message: string) => void;
}

const ADAPTERS: Record<ImportKind, ImportAdapter> = { participants: participantsList, attendance: attendanceRegister };
const MAX_ERRORS = 1000;
const BATCH = 5000;
const NOTHING: ImportCounts = { people: 0, enrolments: 0, activities: 0, attendances: 0 };

/**
 * The advisory locks an import of this table holds, in the order it takes them: the registration
 * of people when the file may register anyone, then each existing project its rows name (sorted).
 */
export function importLocks(kind: ImportKind, table: Table, projects: ReadonlySet<string>): string[] {
  const registers = kind === 'participants' || (table.has('sex') && table.has('birthYear') && table.has('labourStatus'));
  const named = new Set(table.rows.map((row) => row.get('project').toUpperCase()).filter((code) => projects.has(code)));
  return [...(registers ? [PEOPLE_IMPORT_LOCK] : []), ...[...named].sort().map(projectImportLock)];
}

/** Runs one import, for the caller (an OPERATOR only for its projects), in one transaction. */
export async function runImport(pool: pg.Pool, caller: Caller, options: ImportOptions): Promise<ImportReport> {
  const adapter = ADAPTERS[options.kind];
  const { table, errors: headerErrors } = readTable(options.csv, adapter.required);
  const errors = new RowErrors(headerErrors);
  const report: ImportReport = {
    kind: options.kind,
    rows: table.rows.length,
    dryRun: options.dryRun,
    written: false,
    created: { ...NOTHING },
    skipped: 0,
    errors: errors.list,
  };
  if (errors.count > 0) return report;
  if (table.rows.length === 0) {
    errors.list.push({ row: 1, column: '', message: 'the file has a header but no rows' });
    return report;
  }

  const client = await pool.connect();
  try {
    // Within the request's time budget when there is one (GraphQL): a 503'd import commits nothing.
    await beginTransaction(client);
    const projects = await loadProjects(client);
    // Before anything is read: a concurrent import of the same projects waits here until this one
    // has committed, and then reads (and skips) what this one wrote.
    for (const name of importLocks(options.kind, table, new Set(projects.keys()))) await client.query(ADVISORY_LOCK_SQL, [name]);
    const plan = await adapter.plan({
      client,
      caller,
      pseudonymKey: options.pseudonymKey,
      table,
      errors,
      progress: options.onProgress ?? (() => undefined),
      projects,
      lock: await loadActiveLock(client),
    });
    report.created = { ...NOTHING, ...plan.created };
    report.skipped = plan.skipped;
    if (errors.count > 0 || options.dryRun) {
      await client.query('rollback');
      errors.truncate(MAX_ERRORS);
      if (errors.count > 0) report.created = { ...NOTHING };
      return report;
    }
    const writer = new BulkWriter(client, { batchSize: BATCH });
    const records = await plan.write(writer);
    await writer.auditCreated(caller, `import ${options.kind} ${options.fileName}`, records);
    await commitTransaction(client);
    report.written = true;
    return report;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw translateDatabaseError(error);
  } finally {
    client.release();
  }
}
