/**
 * A report frozen while others write is internally consistent: freezeReport reads all its figures
 * in one REPEATABLE READ snapshot. Writers on other connections enrol, exit and void participants
 * (random schedules) while reports are frozen; in every frozen report the ESF participants are the
 * enrolments counted per project, and each project's committed allowances are its allowance times
 * its enrolments: figures from different statements that agree only when read in one snapshot.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInItaly } from '../server/dates.js';
import { parseMoney } from '../server/money.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let writers: pg.Pool;
let projects: { code: string; allowance: bigint }[];
const people: string[] = [];
beforeAll(async () => {
  t = await startTestApp();
  writers = new pg.Pool({ connectionString: t.databaseUrl, max: 4 });
  projects = (
    await t.sql<{ code: string; allowance: string }>(
      `select code, allowance_cents::text as allowance from project where start_date <= '2019-06-01' and end_date >= '2019-06-01'`,
    )
  ).map((p) => ({ code: p.code, allowance: BigInt(p.allowance) }));
  const rows = await t.sql<{ id: string }>(
    `insert into person (id, fiscal_code_hash, sex, birth_year, labour_status, education)
     select gen_random_uuid(), md5('freeze-' || n), case when n % 2 = 0 then 'FEMALE' else 'MALE' end::sex, 1960 + n % 40,
       'UNEMPLOYED', 'ISCED_2'
     from generate_series(1, 3000) as n returning id`,
  );
  people.push(...rows.map((r) => r.id));
});
afterAll(async () => {
  await writers?.end();
  await t?.close();
});

const FREEZE = graphql(`
  mutation FreezeDuringWrites($asOf: Date!, $label: String!) {
    freezeReport(asOf: $asOf, label: $label) {
      id
    }
  }
`);

type Row = Record<string, string | number | boolean | null>;
interface Content {
  esfIndicators: Row[];
  projects: Row[];
}

/** What a consistent report says: the checks that fail when its statements see different moments. */
function inconsistencies(content: Content, allowances: Map<string, bigint>): string[] {
  const problems: string[] = [];
  const participants = content.esfIndicators.find((r) => r.code === 'PARTICIPANTS')!;
  const enrolled = content.projects.reduce((sum, p) => sum + Number(p.enrolled), 0);
  if (Number(participants.total) !== enrolled) problems.push(`ESF participants ${participants.total} ≠ enrolled ${enrolled}`);
  for (const p of content.projects) {
    const allowance = allowances.get(String(p.code));
    if (allowance === undefined) continue;
    const committed = parseMoney(String(p.allowancesCommitted));
    if (committed !== allowance * BigInt(Number(p.enrolled))) {
      problems.push(`${p.code}: allowances ${p.allowancesCommitted} ≠ ${p.enrolled} × allowance`);
    }
  }
  return problems;
}

type Op = { kind: 'enrol'; project: number; day: number } | { kind: 'exit'; outcome: number } | { kind: 'void' };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('enrol' as const), project: fc.nat(20), day: fc.nat(27) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('exit' as const), outcome: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('void' as const) }) },
);

/** One writer, going round its operations until `done`: each operation its own transaction, on a connection of the pool. */
async function write(ops: Op[], done: () => boolean, nextPerson: () => string | undefined): Promise<void> {
  const mine: string[] = [];
  for (let i = 0; !done(); i += 1) {
    const o = ops[i % ops.length]!;
    if (o.kind === 'enrol') {
      const person = nextPerson();
      if (!person) return;
      const project = projects[o.project % projects.length]!;
      const id = randomUUID();
      await writers.query(
        `insert into enrolment (id, person_id, project_code, selected_on, arrears_cents) values ($1, $2, $3, $4, 150000)`,
        [id, person, project.code, `2019-06-${String(1 + o.day).padStart(2, '0')}`],
      );
      mine.push(id);
    } else if (o.kind === 'exit' && mine.length > 0) {
      const outcome = ['WITHDRAWN', 'UNSUCCESSFUL', 'EMPLOYED'][o.outcome]!;
      await writers.query(
        `update enrolment set exited_on = '2019-07-15', outcome = $2, contract_type = $3 where id = $1 and exited_on is null`,
        [mine[mine.length - 1], outcome, outcome === 'EMPLOYED' ? 'PERMANENT' : null],
      );
    } else if (o.kind === 'void' && mine.length > 0) {
      await writers.query(`delete from enrolment where id = $1`, [mine.pop()]);
    } else {
      // Nothing to exit or void yet: let the freezes run (a loop that never awaits would hold the event loop).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

describe('freezeReport under concurrent writes', () => {
  it('freezes reports whose figures agree with each other, whatever the writers do meanwhile', async () => {
    const allowances = new Map(projects.map((p) => [p.code, p.allowance]));
    let person = 0;
    const nextPerson = () => people[person++];
    let frozen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 5, maxLength: 20 }), { minLength: 3, maxLength: 3 }), async (schedules) => {
        const ids: string[] = [];
        let done = false;
        const freezes = (async () => {
          try {
            for (let i = 0; i < 3; i += 1) {
              const response = await t.gql(FREEZE, { asOf: todayInItaly(), label: `Frozen during writes ${(frozen += 1)}` }, AS_ADMIN);
              expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
              ids.push(response.data!.freezeReport.id);
            }
          } finally {
            done = true;
          }
        })();
        await Promise.all([freezes, ...schedules.map((ops) => write(ops, () => done, nextPerson))]);
        for (const id of ids) {
          const { content } = await t.one<{ content: string }>(`select content from report_snapshot where id = $1`, [id]);
          expect(inconsistencies(JSON.parse(content) as Content, allowances)).toEqual([]);
        }
      }),
      { numRuns: 4 },
    );
    expect(frozen).toBe(12);
  });
});
