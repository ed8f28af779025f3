import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/seed.js';
import { startTestApp, type TestApp } from './helpers/app.js';

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

  it('seeding the article twice changes nothing', async () => {
    const counts = async () =>
      (await t.sql(`select (select count(*) from project)::int as projects, (select count(*) from organisation)::int as organisations,
                           (select count(*) from project_partner)::int as partners, (select count(*) from programme)::int as programmes`))[0];
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
