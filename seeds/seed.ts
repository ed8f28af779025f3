import type pg from 'pg';
import { BulkWriter, type BulkColumn, type FixedColumn } from '../server/db/bulk-writer.js';
import { usesSyntheticData } from '../server/reporting/synthetic.js';
import { generateDemo, type DemoData, type DemoProject } from './demo.js';
import { seedArticle } from './seed-article.js';

export const DEFAULT_DEMO_SEED = 20180901;
const BATCH = 10_000;
const SYNTHETIC: FixedColumn[] = [['synthetic', 'boolean', true]];

export interface SeedOptions {
  /** Remove every record first (resetRecords), in the same transaction as the seeding. */
  reset?: boolean;
  /** Also load the synthetic demo population (0 or absent: the article's data only). */
  demoScale?: number;
  seed?: number;
  onProgress?: (message: string) => void;
}

export interface SeedSummary {
  projects: number;
  people: number;
  enrolments: number;
  activities: number;
  attendances: number;
  repayments: number;
}

/** The tables of recorded facts; the projects, organisations and programme stay. */
export const RECORD_TABLES = ['attendance', 'activity', 'repayment', 'withholding', 'follow_up', 'arrears_case', 'enrolment', 'person'];

/**
 * Removes every person, enrolment, activity and ledger record (and, through CASCADE, what
 * refers to them) with TRUNCATE. The summaries follow: the AFTER TRUNCATE triggers of
 * server/db/sql/summaries_closure.sql rebuild each summary from what is left, in the same
 * transaction.
 */
export async function resetRecords(db: Pick<pg.ClientBase, 'query'>): Promise<void> {
  await db.query(`truncate ${RECORD_TABLES.join(', ')} cascade`);
}

/** true once the article's projects are in the database. */
export async function isSeeded(pool: pg.Pool): Promise<boolean> {
  const result = await pool.query<{ seeded: boolean }>('select exists (select 1 from project) as seeded');
  return result.rows[0]?.seeded ?? false;
}

/** true when the database holds any synthetic record. */
export function hasDemoData(pool: pg.Pool): Promise<boolean> {
  return usesSyntheticData(pool);
}

/**
 * Seeds the article's data and, optionally, the synthetic demo population, in one transaction:
 * an interrupted seed leaves nothing behind (with `reset`, not even the reset).
 */
export async function seedDatabase(pool: pg.Pool, options: SeedOptions = {}): Promise<SeedSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const client = await pool.connect();
  try {
    await client.query('begin');
    if (options.reset) await resetRecords(client);
    await seedArticle(client);
    const projects = await client.query<{
      code: string;
      start_date: string;
      end_date: string;
      participant_target: number;
      involvement_target: number;
      allowance_cents: string;
      withholding_share: string;
    }>(
      'select code, start_date::text, end_date::text, participant_target, involvement_target, allowance_cents, withholding_share::text from project order by code',
    );
    let demo: DemoData | undefined;
    if (options.demoScale && options.demoScale > 0) {
      const demoProjects: DemoProject[] = projects.rows.map((p) => ({
        code: p.code,
        startDate: p.start_date,
        endDate: p.end_date,
        participantTarget: p.participant_target,
        involvementTarget: p.involvement_target,
        allowanceCents: BigInt(p.allowance_cents),
        withholdingShare: p.withholding_share,
      }));
      progress(`generating the synthetic demo population (scale ${options.demoScale})…`);
      demo = generateDemo(demoProjects, { scale: options.demoScale, seed: options.seed ?? DEFAULT_DEMO_SEED });
      await insertDemo(client, demo, progress);
    }
    await client.query('commit');
    return {
      projects: projects.rowCount ?? 0,
      people: demo?.people.id.length ?? 0,
      enrolments: demo?.enrolments.id.length ?? 0,
      activities: demo?.activities.id.length ?? 0,
      attendances: demo?.attendances.id.length ?? 0,
      repayments: demo?.repayments.id.length ?? 0,
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The demo population through the shared bulk writer, every row marked synthetic. */
async function insertDemo(client: pg.PoolClient, demo: DemoData, progress: (message: string) => void): Promise<void> {
  const writer = new BulkWriter(client, {
    batchSize: BATCH,
    onBatch: (table, written, total) => {
      if (total > BATCH * 5) progress(`  ${table}: ${written.toLocaleString('it-IT')} / ${total.toLocaleString('it-IT')}`);
    },
  });
  const insert = (table: string, columns: BulkColumn[]) => writer.insert(table, columns, SYNTHETIC);
  const p = demo.people;
  await insert('person', [
    ['id', 'uuid', p.id],
    ['fiscal_code_hash', 'text', p.fiscalCodeHash],
    ['sex', 'sex', p.sex],
    ['birth_year', 'smallint', p.birthYear],
    ['birth_date', 'date', p.birthDate],
    ['education', 'education_level', p.education],
    ['labour_status', 'labour_status', p.labourStatus],
    ['jobless_household', 'boolean', p.joblessHousehold],
    ['jobless_household_with_children', 'boolean', p.joblessHouseholdWithChildren],
    ['single_adult_with_children', 'boolean', p.singleAdultWithChildren],
    ['migrant_or_minority', 'boolean', p.migrantOrMinority],
    ['disability', 'boolean', p.disability],
    ['other_disadvantaged', 'boolean', p.otherDisadvantaged],
    ['housing_exclusion', 'boolean', p.housingExclusion],
  ]);
  const e = demo.enrolments;
  await insert('enrolment', [
    ['id', 'uuid', e.id],
    ['person_id', 'uuid', e.personId],
    ['project_code', 'text', e.projectCode],
    ['selected_on', 'date', e.selectedOn],
    ['arrears_cents', 'bigint', e.arrearsCents],
    ['exited_on', 'date', e.exitedOn],
    ['outcome', 'exit_outcome', e.outcome],
    ['contract_type', 'contract_type', e.contractType],
    ['qualification_on_exit', 'boolean', e.qualificationOnExit],
    ['job_searching_on_exit', 'boolean', e.jobSearchingOnExit],
    ['in_education_or_training_on_exit', 'boolean', e.inEducationOrTrainingOnExit],
  ]);
  const f = demo.followUps;
  await insert('follow_up', [
    ['id', 'uuid', f.id],
    ['enrolment_id', 'uuid', f.enrolmentId],
    ['observed_on', 'date', f.observedOn],
    ['employed', 'boolean', f.employed],
    ['improved_situation', 'boolean', f.improvedSituation],
  ]);
  const r = demo.repayments;
  await insert('repayment', [
    ['id', 'uuid', r.id],
    ['enrolment_id', 'uuid', r.enrolmentId],
    ['paid_on', 'date', r.paidOn],
    ['amount_cents', 'bigint', r.amountCents],
  ]);
  const w = demo.withholdings;
  await insert('withholding', [
    ['id', 'uuid', w.id],
    ['enrolment_id', 'uuid', w.enrolmentId],
    ['withheld_on', 'date', w.withheldOn],
    ['amount_cents', 'bigint', w.amountCents],
  ]);
  const a = demo.activities;
  await insert('activity', [
    ['id', 'uuid', a.id],
    ['project_code', 'text', a.projectCode],
    ['kind', 'activity_kind', a.kind],
    ['held_on', 'date', a.heldOn],
    ['title', 'text', a.title],
  ]);
  const t = demo.attendances;
  await insert('attendance', [
    ['id', 'uuid', t.id],
    ['activity_id', 'uuid', t.activityId],
    ['person_id', 'uuid', t.personId],
    ['anonymous_headcount', 'integer', t.anonymousHeadcount],
  ]);
  const c = demo.arrearsCases;
  await insert('arrears_case', [
    ['id', 'uuid', c.id],
    ['project_code', 'text', c.projectCode],
    ['person_id', 'uuid', c.personId],
    ['opened_on', 'date', c.openedOn],
    ['status', 'arrears_case_status', c.status],
    ['status_changed_on', 'date', c.statusChangedOn],
  ]);
}
