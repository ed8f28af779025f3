/**
 * Writes many rows at once: one INSERT … SELECT FROM unnest($1::type[], …) per table and batch,
 * thousands of rows per round trip, on the connection (and so in the transaction) it is given.
 * The file imports and the seeds write through it; so do the audit entries of what they write.
 */
import type pg from 'pg';
import type { Caller } from '../domain/caller.js';

/** A column: its name, its PostgreSQL type, and its values (one per row; null for NULL). */
export type BulkColumn = readonly [name: string, sqlType: string, values: readonly unknown[]];

/** A column with one value for every row (e.g. `synthetic = true` for the demo population). */
export type FixedColumn = readonly [name: string, sqlType: string, value: unknown];

export interface BulkWriterOptions {
  /** Rows per statement. */
  batchSize?: number;
  /** Called after each batch of a table. */
  onBatch?: (table: string, written: number, total: number) => void;
}

/** What the audit trail records of a row created in bulk: the entity, its id, its values. */
export interface CreatedRecord {
  entity: string;
  id: string;
  after: Record<string, unknown>;
}

/** JSON text of a record for the trail: bigints (cents) become strings. */
export function auditJson(values: Record<string, unknown>): string {
  return JSON.stringify(values, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

/** PostgreSQL takes bigints as text; everything else the driver sends as it is. */
const param = (value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

export class BulkWriter {
  private readonly batchSize: number;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly options: BulkWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5000;
  }

  /** Inserts the rows of `columns` (all of the same length) into `table`; returns how many. */
  async insert(table: string, columns: readonly BulkColumn[], fixed: readonly FixedColumn[] = []): Promise<number> {
    const total = columns[0]?.[2].length ?? 0;
    if (columns.some(([, , values]) => values.length !== total)) {
      throw new Error(
        `bulk insert into ${table}: every column needs ${total} values (${columns.map(([n, , v]) => `${n}: ${v.length}`).join(', ')})`,
      );
    }
    if (total === 0) return 0;
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`);
    const constants = fixed.map(([, type], i) => `$${columns.length + i + 1}::${type}`);
    const sql =
      `insert into ${table} (${[...columns, ...fixed].map(([name]) => name).join(', ')}) ` +
      `select *${constants.map((c) => `, ${c}`).join('')} from unnest(${arrays.join(', ')})`;
    for (let start = 0; start < total; start += this.batchSize) {
      const batch = columns.map(([, , values]) => values.slice(start, start + this.batchSize).map(param));
      await this.client.query(sql, [...batch, ...fixed.map(([, , value]) => param(value))]);
      this.options.onBatch?.(table, Math.min(start + this.batchSize, total), total);
    }
    return total;
  }

  /** The audit entries of records created in bulk, by the caller, with one reason. */
  async auditCreated(caller: Caller, reason: string | null, records: readonly CreatedRecord[]): Promise<void> {
    await this.insert(
      'audit_entry',
      [
        ['entity', 'text', records.map((r) => r.entity)],
        ['entity_id', 'text', records.map((r) => r.id)],
        ['after', 'jsonb', records.map((r) => auditJson(r.after))],
      ],
      [
        ['actor', 'text', caller.actor],
        ['action', 'text', 'create'],
        ['reason', 'text', reason],
        ['request_id', 'text', caller.requestId ?? null],
      ],
    );
  }
}
