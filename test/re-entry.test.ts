/**
 * The ESF re-entry rule (issue #13; server/db/sql/re_entry.sql): a person who re-enters the same
 * project's path is one participant, described by the first entry, with the final exit's results.
 *
 *  Rita (F, 1980, unemployed, lower secondary) enters GOLAB on 2019-01-15 and leaves EMPLOYED on
 *  2019-05-31 (CR04). She re-enters on 2019-09-02 and leaves UNSUCCESSFUL on 2020-01-31.
 *  Before the re-entry is recorded: one participant, CR04 1. With it: still one participant (the
 *  outcomes count two enrolments), and CR04 0 — the final exit's result, as of every day.
 *  Voiding the re-entry gives the first exit its result back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;
let f: Fixtures;
beforeAll(async () => {
  t = await startTestApp();
  f = new Fixtures(t);
});
afterAll(() => t?.close());

const FIGURES = graphql(`
  query ReEntryFigures($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
    }
    employmentOutcomes(filter: $filter) {
      enrolled
    }
  }
`);

async function figures(asOf: string): Promise<{ esf: Record<string, number>; enrolled: number }> {
  const response = await t.gql(FIGURES, { filter: { asOf, projectCodes: ['GOLAB'] } }, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  return {
    esf: Object.fromEntries(data.esfIndicators.filter((r) => (r.women ?? 0) > 0).map((r) => [r.code, r.women!])),
    enrolled: data.employmentOutcomes.enrolled,
  };
}

describe('a person re-entering the same project', () => {
  let reEntry = '';

  beforeAll(async () => {
    const rita = await f.person({ sex: 'FEMALE', birthYear: 1980, labourStatus: 'UNEMPLOYED', education: 'ISCED_2' });
    const first = await f.enrol(rita, 'GOLAB', '2019-01-15', 300000);
    await f.exit(first, '2019-05-31', 'EMPLOYED', { contractType: 'PERMANENT' });
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1 }, enrolled: 1 });
    reEntry = await f.enrol(rita, 'GOLAB', '2019-09-02', 250000);
    await f.exit(reEntry, '2020-01-31', 'UNSUCCESSFUL');
  });

  it('is one participant, described by the first entry, with the final exit’s results', async () => {
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1 }, enrolled: 2 });
    // The results are the final exit's, also as of a day before the re-entry.
    expect(await figures('2019-07-31')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1 }, enrolled: 1 });
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });

  it('gives the first exit its result back when the re-entry is voided', async () => {
    const voided = await t.gql(
      'mutation($i: VoidInput!) { voidRecord(input: $i) }',
      { i: { record: 'ENROLMENT', id: reEntry, reason: 'recorded twice by mistake' } },
      AS_ADMIN,
    );
    expect(voided.errors).toBeUndefined();
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1 }, enrolled: 1 });
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
