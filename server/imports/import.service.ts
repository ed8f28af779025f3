/**
 * File imports: the social-services list of selected participants, and the attendance register
 * of activities. A file is one transaction: every row is checked first, with the domain's rules,
 * and a file with any bad row writes nothing and returns every bad row (row, column, message).
 * Rows already in the database (same natural key) are skipped, so importing the same file twice
 * adds nothing. The records are written through the shared bulk writer, each audited with the
 * file's name as the reason.
 */
import type pg from 'pg';
import { beginTransaction, commitTransaction } from '../db/budget.js';
import { BulkWriter } from '../db/bulk-writer.js';
import type { Caller } from '../domain/caller.js';
import type { ImportAdapter, ImportCounts } from './adapter.js';
import { attendanceRegister } from './attendance.js';
import { loadActiveLock, loadProjects } from './facts.js';
import { participantsList } from './participants.js';
import { type ImportRowError, readTable, RowErrors } from './table.js';

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
    const plan = await adapter.plan({
      client,
      caller,
      pseudonymKey: options.pseudonymKey,
      table,
      errors,
      progress: options.onProgress ?? (() => undefined),
      projects: await loadProjects(client),
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
    throw error;
  } finally {
    client.release();
  }
}
