/**
 * The ESF re-entry rule (issue #13; server/db/sql/re_entry.sql): a person who leaves and re-enters
 * the same project's path is one participant, described by the first entry (its day and its
 * situation), with the final exit's results; an earlier exit's results are replaced, also as of
 * the days before the re-entry (the guidance updates the recorded exit).
 */
import fc from 'fast-check';
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
      men
    }
    employmentOutcomes(filter: $filter) {
      enrolled
    }
  }
`);

async function figures(asOf: string, project = 'GOLAB'): Promise<{ esf: Record<string, number>; enrolled: number }> {
  const response = await t.gql(FIGURES, { filter: { asOf, projectCodes: [project] } }, AS_ADMIN);
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  return {
    esf: Object.fromEntries(data.esfIndicators.filter((r) => (r.women ?? 0) > 0).map((r) => [r.code, r.women!])),
    enrolled: data.employmentOutcomes.enrolled,
  };
}

describe('a person re-entering the same project', () => {
  let first = '';
  let reEntry = '';

  beforeAll(async () => {
    // Rita (F, 1980, unemployed, lower secondary) enters GOLAB on 2019-01-15 and leaves EMPLOYED on
    // 2019-05-31 (CR04). She re-enters on 2019-09-02 and leaves UNSUCCESSFUL on 2020-01-31.
    const rita = await f.person({ sex: 'FEMALE', birthYear: 1980, labourStatus: 'UNEMPLOYED', education: 'ISCED_2' });
    first = await f.enrol(rita, 'GOLAB', '2019-01-15', 300000);
    await f.exit(first, '2019-05-31', 'EMPLOYED', { contractType: 'PERMANENT' });
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1 }, enrolled: 1 });
    // Her situation changed in between: employed, upper secondary. The re-entry records it; the
    // participant is still described by the first entry.
    await t.sql(`update person set labour_status = 'EMPLOYED', education = 'ISCED_3' where id = $1`, [rita]);
    reEntry = await f.enrol(rita, 'GOLAB', '2019-09-02', 250000);
    await f.exit(reEntry, '2020-01-31', 'UNSUCCESSFUL');
  });

  it('is one participant, described by the first entry, with the final exit’s results', async () => {
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1 }, enrolled: 2 });
    // The first exit is no longer a leaving, also as of a day before the re-entry.
    expect(await figures('2019-07-31')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1 }, enrolled: 1 });
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });

  it('has the final exit’s results, follow-up included', async () => {
    await t.sql(`update enrolment set outcome = 'EMPLOYED', contract_type = 'FIXED_TERM' where id = $1`, [reEntry]);
    await t.sql(`delete from withholding where enrolment_id = $1`, [reEntry]);
    await f.followUp(reEntry, '2020-07-31', true, false);
    // A follow-up of the first exit counts nothing: that exit was replaced.
    await f.followUp(first, '2019-11-29', true, false);
    expect(await figures('2020-12-31')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1, CR06: 1 }, enrolled: 2 });
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1 }, enrolled: 2 });
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });

  it('gives the first exit its results back when the re-entry is voided', async () => {
    const voided = await t.gql(
      'mutation($i: VoidInput!) { voidRecord(input: $i) }',
      { i: { record: 'ENROLMENT', id: reEntry, reason: 'recorded twice by mistake' } },
      AS_ADMIN,
    );
    expect(voided.errors).toBeUndefined();
    expect(await figures('2020-06-30')).toEqual({ esf: { PARTICIPANTS: 1, CO01: 1, CO09: 1, CR04: 1, CR06: 1 }, enrolled: 1 });
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// A property: random populations with re-entries, the hub's table against a model of the rule.

const PROJECTS = ['SAPERI', 'FORNASE'] as const;
const CODES = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO05', 'CO09', 'CO10', 'CR03', 'CR04', 'CR06', 'CR07'] as const;

interface Path {
  selectedAfter: number; // days after the previous exit (or after 2019-01-01 for the first)
  length: number; // days to the exit
  exited: boolean; // only the last path may stay open
  outcome: 'EMPLOYED' | 'UNSUCCESSFUL' | 'WITHDRAWN';
  qualification: boolean;
  followUp: { employed: boolean; improved: boolean } | null;
}
interface Participant {
  sex: 'FEMALE' | 'MALE';
  labourStatus: 'UNEMPLOYED' | 'EMPLOYED';
  education: 'ISCED_2' | 'ISCED_3' | null;
  project: 0 | 1;
  paths: Path[];
}

const path = fc.record({
  selectedAfter: fc.integer({ min: 0, max: 120 }),
  length: fc.integer({ min: 1, max: 200 }),
  exited: fc.boolean(),
  outcome: fc.constantFrom('EMPLOYED' as const, 'UNSUCCESSFUL' as const, 'WITHDRAWN' as const),
  qualification: fc.boolean(),
  followUp: fc.option(fc.record({ employed: fc.boolean(), improved: fc.boolean() })),
});
const participant = fc.record({
  sex: fc.constantFrom('FEMALE' as const, 'MALE' as const),
  labourStatus: fc.constantFrom('UNEMPLOYED' as const, 'EMPLOYED' as const),
  education: fc.constantFrom('ISCED_2' as const, 'ISCED_3' as const, null),
  project: fc.constantFrom(0 as const, 1 as const),
  paths: fc.array(path, { minLength: 1, maxLength: 3 }),
});

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(Date.parse(day) + n * DAY);
/** Six calendar months later, as PostgreSQL adds them (the last day of a shorter month). */
function sixMonthsAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = m - 1 + 6;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, month, Math.min(d, last)));
}

interface Recorded {
  id: string;
  selectedOn: string;
  exitedOn: string | null;
  path: Path;
  followUpOn: string | null;
}

/** The rule, in TypeScript: per person and project, outputs of the first entry, results of the last. */
function expected(people: { p: Participant; enrolments: Recorded[] }[], project: number, asOf: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (code: string, sex: string) => (counts[`${code}/${sex}`] = (counts[`${code}/${sex}`] ?? 0) + 1);
  for (const { p, enrolments } of people) {
    if (p.project !== project) continue;
    const sorted = [...enrolments].sort((a, b) => a.selectedOn.localeCompare(b.selectedOn) || a.id.localeCompare(b.id));
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const complete = p.education !== null;
    if (first.selectedOn <= asOf) {
      add('PARTICIPANTS', p.sex);
      if (!complete) add('INCOMPLETE', p.sex);
      else {
        add(p.labourStatus === 'UNEMPLOYED' ? 'CO01' : 'CO05', p.sex);
        add(p.education === 'ISCED_2' ? 'CO09' : 'CO10', p.sex);
      }
    }
    if (complete && last.exitedOn !== null && last.exitedOn <= asOf) {
      if (last.path.qualification) add('CR03', p.sex);
      if (last.path.outcome === 'EMPLOYED') add('CR04', p.sex);
    }
    if (complete && last.followUpOn !== null && last.followUpOn <= asOf) {
      if (last.path.followUp!.employed) add('CR06', p.sex);
      if (last.path.followUp!.improved && p.labourStatus === 'EMPLOYED') add('CR07', p.sex);
    }
  }
  return counts;
}

describe('random populations with re-entries', () => {
  it('count each person once per project: the first entry’s outputs, the final exit’s results, as of any day', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(participant, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 3, maxLength: 3 }),
        async (population, asOfOffsets) => {
          await t.sql(`delete from follow_up where enrolment_id in (select id from enrolment where project_code = any($1))`, [PROJECTS]);
          await t.sql(`delete from withholding where enrolment_id in (select id from enrolment where project_code = any($1))`, [PROJECTS]);
          await t.sql(`delete from enrolment where project_code = any($1)`, [PROJECTS]);
          const people: { p: Participant; enrolments: Recorded[] }[] = [];
          for (const p of population) {
            const person = await f.person({ sex: p.sex, birthYear: 1980, labourStatus: p.labourStatus, education: p.education });
            const enrolments: Recorded[] = [];
            let previousExit = '2019-01-01';
            for (const [i, step] of p.paths.entries()) {
              const selectedOn = addDays(previousExit, step.selectedAfter + (i === 0 ? 0 : 1));
              const id = await f.enrol(person, PROJECTS[p.project], selectedOn, 100000);
              const last = i === p.paths.length - 1;
              let exitedOn: string | null = null;
              let followUpOn: string | null = null;
              if (step.exited || !last) {
                exitedOn = addDays(selectedOn, step.length);
                await t.sql(
                  `update enrolment set exited_on = $2, outcome = $3, contract_type = $4, qualification_on_exit = $5 where id = $1`,
                  [id, exitedOn, step.outcome, step.outcome === 'EMPLOYED' ? 'PERMANENT' : null, step.qualification],
                );
                if (step.followUp) {
                  followUpOn = sixMonthsAfter(exitedOn);
                  await f.followUp(id, followUpOn, step.followUp.employed, step.followUp.improved);
                }
                previousExit = exitedOn;
              }
              enrolments.push({ id, selectedOn, exitedOn, path: step, followUpOn });
            }
            people.push({ p, enrolments });
          }
          for (const offset of asOfOffsets) {
            const asOf = addDays('2019-01-01', offset);
            for (const [index, project] of PROJECTS.entries()) {
              const response = await t.gql(FIGURES, { filter: { asOf, projectCodes: [project] } }, AS_ADMIN);
              expect(response.errors).toBeUndefined();
              const got: Record<string, number> = {};
              for (const row of response.data!.esfIndicators) {
                if (!(CODES as readonly string[]).includes(row.code)) continue;
                if (row.women) got[`${row.code}/FEMALE`] = row.women;
                if (row.men) got[`${row.code}/MALE`] = row.men;
              }
              expect(got).toEqual(expected(people, index, asOf));
            }
          }
          expect(await checkSummaries(t.app.db.pool)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
