import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function statementsFor<R, V>(t: TestApp, query: TypedDocumentString<R, V>): Promise<number> {
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
