/**
 * The operators' listings cost a constant number of SQL statements per request, whatever the page
 * size (issue 15): at demo scale 100, a page of 1, 10 or 100 rows with the records hanging on each
 * (project, person, repayments, follow-up, attendance counts, enrolments, situation …) sends the
 * same statements. Counted as test/statements.test.ts counts them (db.statements).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../server/modules/listing/keyset.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let operator: Record<string, string>;

const DOCUMENTS: Record<string, string> = {
  enrolments: `enrolments(filter: { projectCodes: ["GOLAB"] }, first: $first, after: $after) { totalCount edges { cursor node {
    id selectedOn arrearsAtEnrolment pathEndsOn followUpWindow { from to } person { id sex } project { code partners { role } }
    repayments { paidOn amount } followUp { observedOn employed } } } }`,
  activities: `activities(first: $first, after: $after) { totalCount edges { node { id heldOn attendanceCount anonymousHeadcount project { code } } } }`,
  // From just before the first enrolled person, so that every page size has enrolments to load below.
  people: `people(first: $first, after: $after) { totalCount edges { node { id sex birthYear projectCodes
    situation { effectiveOn labourStatus } enrolments { id project { code } repayments { amount } } } } }`,
  caseFiles: `caseFiles(first: $first, after: $after) { totalCount edges { node { id status project { code } person { id birthYear } } } }`,
  repayments: `repayments(first: $first, after: $after) { totalCount edges { node { id amount enrolment { id person { id } project { code } followUp { id } } } } }`,
  auditTrail: `auditTrail(first: $first, after: $after) { totalCount edges { node { id entity action after } } }`,
  followUpsDue: `followUpsDue(filter: { asOf: "2020-02-15" }, first: $first, after: $after) { totalCount edges { node { id exitedOn person { id } project { code } } } }`,
  enrolmentsOverdue: `enrolmentsOverdue(filter: { asOf: "2020-02-15" }, first: $first, after: $after) { totalCount edges { node { id person { id } repayments { amount } } } }`,
  caseFilesAwaitingCommittee: `caseFilesAwaitingCommittee(first: $first, after: $after) { totalCount edges { node { id person { id } project { code } } } }`,
};

async function statements(
  document: string,
  first: number,
  who: Record<string, string>,
  after: string | null,
): Promise<{ count: number; rows: number }> {
  // on a cold report cache (a new data version): the `project` fields read the catalogue every time
  await t.sql('select data_version_renew()');
  t.app.db.statements.reset();
  const response = await t.gql<Record<string, { edges: unknown[] }>>(
    `query($first: Int, $after: String) { ${document} }`,
    { first, after },
    who,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const count = t.app.db.statements.count;
  return { count, rows: Object.values(response.data!)[0]!.edges.length };
}

/** The cursor of the person listed just before the first one with an enrolment (by id), for every project or one. */
async function beforeFirstEnrolled(project: string | null): Promise<string | null> {
  const [row] = await t.sql<{ id: string | null }>(
    `with listed as (select id from person where $1::text is null
                     or id in (select person_id from reach where project_code = $1 union select person_id from arrears_case where project_code = $1)),
          first_enrolled as (select person_id from enrolment where $1::text is null or project_code = $1 order by person_id limit 1)
     select id::text as id from listed where id < (select person_id from first_enrolled) order by id desc limit 1`,
    [project],
  );
  return row?.id ? encodeCursor('people', [row.id]) : null;
}

beforeAll(async () => {
  t = await startTestApp({ demoScale: 100 });
  // Some writes of GOLAB's operator, so that its audit trail has pages.
  const key = await t.gql<{ createApiKey: { token: string } }>(
    'mutation { createApiKey(input: { role: OPERATOR, label: "GOLab", projectCodes: ["GOLAB"] }) { token } }',
    {},
    AS_ADMIN,
  );
  operator = { authorization: `Bearer ${key.data!.createApiKey.token}` };
  const csv = [
    'progetto;data;tipo;titolo;persone_non_registrate',
    ...Array.from(
      { length: 150 },
      (_, i) => `GOLAB;${String(1 + (i % 28)).padStart(2, '0')}/0${1 + Math.floor(i / 28)}/2019;OTHER;Incontro ${i};3`,
    ),
  ].join('\n');
  const imported = await t.gql<{ importFile: { written: boolean } }>(
    'mutation($csv: String!) { importFile(kind: ATTENDANCE, csv: $csv, fileName: "registro.csv") { written } }',
    { csv },
    operator,
  );
  expect(imported.data?.importFile.written, JSON.stringify(imported.errors)).toBe(true);
}, 900_000);
afterAll(() => t?.close());

describe('SQL statements per listing at demo scale 100', () => {
  for (const [listing, document] of Object.entries(DOCUMENTS)) {
    it(`${listing}: the same statements for a page of 1, 10 and 100 rows`, async () => {
      for (const [who, scope] of [
        [AS_ADMIN, null],
        [operator, 'GOLAB'],
      ] as const) {
        const after = listing === 'people' ? await beforeFirstEnrolled(scope) : null;
        const counts = [];
        for (const first of [1, 10, 100]) {
          const { count, rows } = await statements(document, first, who, after);
          expect(rows, `${listing}: a full page of ${first}`).toBe(first);
          counts.push(count);
        }
        expect(new Set(counts).size, `${listing}: ${counts.join(', ')} statements`).toBe(1);
        expect(counts[0]).toBeLessThanOrEqual(10);
      }
    });
  }
});
