import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/seed.js';
import { assertNoPlaceholder } from '../server/db/migrations/sql-file.js';
import { ormOptions } from '../server/db/orm.js';
import { startTestApp, type TestApp } from './helpers/app.js';

/** Functions, triggers, columns, constraints, indexes and table comments of the public schema. */
const CATALOG = `
  select 'function' as kind, pg_get_functiondef(p.oid) as def from pg_proc p where p.pronamespace = 'public'::regnamespace
  union all
  select 'trigger', pg_get_triggerdef(t.oid) from pg_trigger t where not t.tgisinternal
  union all
  select 'column', concat_ws(' ', table_name, column_name, udt_name, is_nullable, column_default)
    from information_schema.columns where table_schema = 'public'
  union all
  select 'constraint', conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace
  union all
  select 'index', indexdef from pg_indexes where schemaname = 'public'
  union all
  select 'comment', c.relname || ': ' || obj_description(c.oid, 'pg_class')
    from pg_class c where c.relnamespace = 'public'::regnamespace and obj_description(c.oid, 'pg_class') is not null
  order by 1, 2`;

describe('migrations and seeding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t?.close());

  it('the committed migrations build exactly the schema the entities describe', async () => {
    const diff = await t.app.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('reverting every migration after the first and applying them again rebuilds the same schema', async () => {
    const before = await t.sql(CATALOG);
    const migrator = t.app.db.orm.getMigrator();
    const reverted = await migrator.down({ to: 'Migration20261125124911' });
    expect(reverted.length).toBeGreaterThanOrEqual(5);
    expect(await t.sql(`select 1 from pg_proc where proname = 'esf_output_codes'`)).toEqual([]);
    await migrator.up();
    expect(await t.sql(CATALOG)).toEqual(before);
  });

  it("each summary table's comment names every trigger that writes to it", async () => {
    // The tables the ORM has no entity for are the summaries, but the data version's two
    // (server/db/sql/data_version.sql) and writer_position, which the hub writes itself after a write
    // (read replicas, server/db/replicas.ts): no trigger writes those as a summary.
    const summaries = (ormOptions('postgres://unused/none').schemaGenerator?.skipTables as string[]).filter(
      (table) => !table.startsWith('data_version') && table !== 'writer_position',
    );
    const functions = await t.sql<{ name: string; src: string }>(
      `select proname as name, prosrc as src from pg_proc where pronamespace = 'public'::regnamespace`,
    );
    const source = new Map(functions.map((f) => [f.name, f.src]));
    // The summary tables a function writes, itself or through the functions it performs.
    const writes = (name: string, seen = new Set<string>()): Set<string> => {
      const src = source.get(name) ?? '';
      seen.add(name);
      const tables = new Set(summaries.filter((table) => new RegExp(`\\b(insert into|delete from|update)\\s+${table}\\b`).test(src)));
      for (const [, called] of src.matchAll(/\bperform\s+(\w+)\s*\(/g)) {
        if (called && !seen.has(called)) for (const table of writes(called, seen)) tables.add(table);
      }
      return tables;
    };
    // Each (table, function) with the events of its triggers: "enrolment INSERT/UPDATE/DELETE via enrolment_reach()".
    const rows = await t.sql<{ tbl: string; fn: string; tgtype: number }>(
      `select tgrelid::regclass::text as tbl, tgfoid::regproc::text as fn, tgtype from pg_trigger where not tgisinternal`,
    );
    const events = new Map<string, { tbl: string; fn: string; events: Set<string> }>();
    for (const row of rows) {
      const entry = events.get(`${row.tbl} ${row.fn}`) ?? { tbl: row.tbl, fn: row.fn, events: new Set<string>() };
      for (const [bit, event] of [
        [4, 'INSERT'],
        [16, 'UPDATE'],
        [8, 'DELETE'],
        [32, 'TRUNCATE'],
      ] as const)
        if (row.tgtype & bit) entry.events.add(event);
      events.set(`${row.tbl} ${row.fn}`, entry);
    }
    const order = ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'];
    const triggers = [...events.values()].map((e) => ({ ...e, events: order.filter((event) => e.events.has(event)).join('/') }));
    for (const table of summaries) {
      const clauses = triggers
        .filter((trigger) => writes(trigger.fn).has(table))
        .map((trigger) => `${trigger.tbl} ${trigger.events} via ${trigger.fn}()`);
      const [row] = await t.sql<{ comment: string | null }>(`select obj_description($1::regclass, 'pg_class') as comment`, [table]);
      expect(clauses.length, table).toBeGreaterThan(0);
      const comment = row?.comment ?? '';
      expect(comment, table).toContain('Maintained by: ');
      for (const clause of clauses) expect(comment, table).toContain(clause);
      expect(comment.split(' via ').length - 1, table).toBe(clauses.length);
    }
  });

  it('refuses a SQL file holding a "?", which knex would turn into a bind placeholder', () => {
    expect(() => assertNoPlaceholder('x.sql', 'select 1;\n-- why?\n')).toThrow('server/db/sql/x.sql:2 holds a "?"');
    expect(() => assertNoPlaceholder('x.sql', 'select 1;\n')).not.toThrow();
  });

  it('seeding the article twice changes nothing', async () => {
    const counts = async () =>
      (
        await t.sql(`select (select count(*) from project)::int as projects, (select count(*) from organisation)::int as organisations,
                           (select count(*) from project_partner)::int as partners, (select count(*) from programme)::int as programmes`)
      )[0];
    await seedDatabase(t.app.db.pool);
    const once = await counts();
    await seedDatabase(t.app.db.pool);
    expect(await counts()).toEqual(once);
    expect(once).toEqual({ projects: 8, organisations: 8, partners: 15, programmes: 1 });
  });

  it('loads the demo population with every row flagged synthetic', async () => {
    const summary = await seedDatabase(t.app.db.pool, { demoScale: 1 });
    expect(summary.people).toBeGreaterThan(3000);
    const [row] = await t.sql<{ real: number; people: number }>(
      `select (select count(*) from person where not synthetic)::int + (select count(*) from enrolment where not synthetic)::int
            + (select count(*) from attendance where not synthetic)::int + (select count(*) from activity where not synthetic)::int
            + (select count(*) from repayment where not synthetic)::int + (select count(*) from withholding where not synthetic)::int as real,
              (select count(*) from person)::int as people`,
    );
    expect(row).toEqual({ real: 0, people: summary.people });
  });
});
