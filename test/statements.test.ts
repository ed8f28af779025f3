import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { VERSION_SQL } from '../server/db/report-cache.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { startTestApp, type TestApp } from './helpers/app.js';

const PARTNERS_QUERY = graphql(`
  query StatementsPartners {
    projects {
      code
      partners {
        role
        organisation {
          name
        }
      }
    }
  }
`);

/** The statements of one request, on a cold report cache (a new data version: nothing kept serves it). */
async function statementsFor<R, V>(t: TestApp, query: TypedDocumentString<R, V>): Promise<number> {
  await t.sql('select data_version_renew()');
  t.app.db.statements.reset();
  const response = await t.gql(query);
  expect(response.errors).toBeUndefined();
  return t.app.db.statements.count;
}

describe('SQL statements per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('loads the partners of every project in a fixed number of statements, however many projects there are', async () => {
    const withEight = await statementsFor(t, PARTNERS_QUERY);

    // Twenty-four more projects, each with two partners.
    await t.sql(
      `insert into project (code, programme_code, name, municipality, aler_role, awarded_cents, start_date, end_date,
         participant_target, involvement_target, allowance_cents, withholding_share, assumed_fields, source, awarded_on)
       select 'EXTRA_' || n, 'POR-FSE-2014-2020-LOMBARDIA', 'Extra ' || n, 'Milano', 'PARTNER', 100000, '2018-09-01',
         '2020-08-31', 100, 500, 200000, 0.5, '{}', 'test fixture', '2018-05-31'
       from generate_series(1, 24) as n`,
    );
    await t.sql(
      `insert into project_partner (project_code, organisation_id, role)
       select p.code, o.id, case when o.name = 'ALER Milano' then 'PARTNER' else 'LEAD' end
       from project p cross join organisation o
       where p.code like 'EXTRA_%' and o.name in ('ALER Milano', 'Comune di Rho')`,
    );
    const response = await t.gql(PARTNERS_QUERY);
    expect(response.data!.projects).toHaveLength(32);
    expect(response.data!.projects.every((p) => p.partners.length >= 1)).toBe(true);

    const withThirtyTwo = await statementsFor(t, PARTNERS_QUERY);
    expect(withThirtyTwo).toBe(withEight);
    expect(withEight).toBeLessThanOrEqual(3);
  });
});

/** The dashboard's documents, as its panels send them when it opens (dashboard/src/panels/). */
const PANELS = [
  'headline/headline',
  'funding/funding',
  'reach/reach',
  'reach-over-time/reach-over-time',
  'outcomes/outcomes',
  'debt/debt',
  'esf/esf',
];

describe("the dashboard's documents, sent together as the page sends them", () => {
  let t: TestApp;
  let documents: string[];
  beforeAll(async () => {
    t = await startTestApp({ demoScale: 1 });
    documents = await Promise.all(
      PANELS.map((panel) => readFile(path.join(PROJECT_ROOT, 'dashboard', 'src', 'panels', `${panel}.graphql`), 'utf8')),
    );
  });
  afterAll(() => t?.close());

  const open = async (headers: Record<string, string> = {}) => {
    t.app.db.statements.reset();
    const answers = await Promise.all(documents.map((query) => t.gql(query, { filter: { asOf: '2020-08-31' } }, headers)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    return { answers: answers.map((a) => a.data), statements: [...t.app.db.statements.log] };
  };

  it('cost 8 statements on a cold cache (each computed once) besides the version checks, and only those checks on a warm one', async () => {
    await t.sql('select data_version_renew()');
    const cold = await open();
    const checks = cold.statements.filter((s) => s === VERSION_SQL);
    const reads = cold.statements.filter((s) => s !== VERSION_SQL);
    // the catalogue (programme and projects) and the seven reports the public's dashboard needs
    // (the ESF panel's public view also reads the outcomes as of the ESF release day): none twice
    expect(reads.length).toBeLessThanOrEqual(8);
    // the checks are shared by the requests that ask while one is under way: fewer than the documents
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.length).toBeLessThanOrEqual(documents.length);

    const warm = await open();
    expect(warm.statements.length).toBeGreaterThan(0);
    expect(warm.statements.every((s) => s === VERSION_SQL)).toBe(true);
    expect(warm.answers).toEqual(cold.answers);
  });

  it('after a write, the next opening reads it: the cache never answers with the records before it', async () => {
    const before = await open();
    const headline = (answers: unknown[]) => (answers[0] as { fundingSummary: { totalAwarded: string } }).fundingSummary.totalAwarded;
    await t.sql(`update project set awarded_cents = awarded_cents + 100 where code = 'GOLAB'`);
    try {
      const after = await open();
      expect(after.statements.some((s) => s !== VERSION_SQL)).toBe(true);
      expect(Number(headline(after.answers))).toBeCloseTo(Number(headline(before.answers)) + 1, 2);
    } finally {
      await t.sql(`update project set awarded_cents = awarded_cents - 100 where code = 'GOLAB'`);
    }
  });
});
