import type { QueryRunner } from '../db/report-cache.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

export const CONTRACT_TYPES = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER'] as const;

/**
 * Employment outcomes of the reintegration path: enrolments selected up to asOf, and their exits
 * up to asOf by outcome (and, for EMPLOYED, by contract type), in total, per project and per sex,
 * in one statement (grouping sets) over the summaries `enrolment_daily` and, for the exits,
 * `exit_monthly` for the months before asOf's month and `exit_daily` for the days within it (so
 * the exits read follow the months of the programme, not its days: server/db/sql/monthly.sql).
 * An exit dated after asOf is still "in progress".
 */
export const OUTCOMES_SQL = `
with facts as (
  select project_code, sex, enrolled, null::exit_outcome as outcome, null::text as contract_key, 0 as exits
    from enrolment_daily where day <= $2 and ${inScope('project_code')}
  union all
  select project_code, sex, 0, outcome, contract_key, exits
    from exit_monthly where month < date_trunc('month', $2::date)::date and ${inScope('project_code')}
  union all
  select project_code, sex, 0, outcome, contract_key, exits
    from exit_daily where day >= date_trunc('month', $2::date)::date and day <= $2 and ${inScope('project_code')}
)
select grouping(project_code) as g_project, grouping(sex) as g_sex, project_code, sex::text as sex,
       coalesce(sum(enrolled), 0)::int as enrolled,
       coalesce(sum(exits) filter (where outcome = 'EMPLOYED'), 0)::int as employed,
       coalesce(sum(exits) filter (where outcome = 'UNSUCCESSFUL'), 0)::int as unsuccessful,
       coalesce(sum(exits) filter (where outcome = 'WITHDRAWN'), 0)::int as withdrawn,
       ${CONTRACT_TYPES.map((c) => `coalesce(sum(exits) filter (where outcome = 'EMPLOYED' and contract_key = '${c}'), 0)::int as "${c}"`).join(',\n       ')}
  from facts
 group by grouping sets ((), (project_code), (sex), (project_code, sex))
 order by g_project, project_code, g_sex, sex`;

export type ContractTypeKey = (typeof CONTRACT_TYPES)[number];

export interface OutcomeCounts {
  enrolled: number;
  inProgress: number;
  employed: number;
  unsuccessful: number;
  withdrawn: number;
  /** employed / (employed + unsuccessful + withdrawn); null when nobody has exited. */
  employmentRate: number | null;
  byContractType: { contractType: ContractTypeKey; count: number }[];
}

/** The outcomes of one sex. */
export type SexCounts = { sex: string } & Omit<OutcomeCounts, 'byContractType'>;

/** What the counts of one table cell add up from: enrolments, exits by outcome, employed exits by contract. */
export type Tally = { enrolled: number; employed: number; unsuccessful: number; withdrawn: number } & Partial<
  Record<ContractTypeKey, number>
>;

export interface OutcomesResult extends OutcomeCounts {
  asOf: string;
  projects: (OutcomeCounts & { code: string })[];
  bySex: SexCounts[];
  /** The tallies per project and sex (projects with enrolments only): the finest breakdown. */
  projectSex: Map<string, Map<string, Tally>>;
}

type Row = {
  g_project: number;
  g_sex: number;
  project_code: string | null;
  sex: string | null;
} & Tally;

export function outcomeCounts(row: Tally): OutcomeCounts {
  const exited = row.employed + row.unsuccessful + row.withdrawn;
  return {
    enrolled: row.enrolled,
    inProgress: row.enrolled - exited,
    employed: row.employed,
    unsuccessful: row.unsuccessful,
    withdrawn: row.withdrawn,
    employmentRate: exited === 0 ? null : row.employed / exited,
    byContractType: CONTRACT_TYPES.map((contractType) => ({ contractType, count: row[contractType] ?? 0 })),
  };
}

function sexCounts(sex: string, row: Tally): SexCounts {
  const { byContractType: _omitted, ...counts } = outcomeCounts(row);
  return { sex, ...counts };
}

export const ZERO_TALLY: Tally = { enrolled: 0, employed: 0, unsuccessful: 0, withdrawn: 0 };

/** Per-project rows only for projects with enrolments; see withEveryProject. */
export async function getOutcomes(db: QueryRunner, scope: ReportScope): Promise<OutcomesResult> {
  const { rows } = await db.query<Row>(OUTCOMES_SQL, scopeParams(scope));
  const total = rows.find((r) => r.g_project === 1 && r.g_sex === 1);
  const perSex = new Map(rows.filter((r) => r.g_project === 1 && r.g_sex === 0).map((r) => [r.sex!, r]));
  const projectSex = new Map<string, Map<string, Tally>>();
  for (const r of rows.filter((x) => x.g_project === 0 && x.g_sex === 0)) {
    const bySex = projectSex.get(r.project_code!) ?? new Map<string, Tally>();
    bySex.set(r.sex!, r);
    projectSex.set(r.project_code!, bySex);
  }
  return {
    asOf: scope.asOf,
    ...outcomeCounts(total ?? ZERO_TALLY),
    projects: rows.filter((r) => r.g_project === 0 && r.g_sex === 1).map((r) => ({ code: r.project_code!, ...outcomeCounts(r) })),
    bySex: ['FEMALE', 'MALE'].map((sex) => sexCounts(sex, perSex.get(sex) ?? ZERO_TALLY)),
    projectSex,
  };
}

/** One row per project of the scope, in its order: a project with no enrolment yet gets zeros. */
export function withEveryProject(result: OutcomesResult, projectCodes: string[]): OutcomesResult {
  const byCode = new Map(result.projects.map((p) => [p.code, p]));
  return { ...result, projects: projectCodes.map((code) => byCode.get(code) ?? { code, ...outcomeCounts(ZERO_TALLY) }) };
}

/**
 * One project's part of a report, as the report of that project alone would be (the same SQL with
 * the one code): its totals, its sexes and its finest tallies.
 */
export function outcomesOfProject(result: OutcomesResult, code: string): OutcomesResult {
  const bySex = result.projectSex.get(code);
  const tally = (sex: string) => bySex?.get(sex) ?? ZERO_TALLY;
  const total = outcomeCounts(
    ['FEMALE', 'MALE'].reduce<Tally>((sum, sex) => {
      const t = tally(sex);
      const out: Tally = { ...sum };
      for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const)
        out[key] = (sum[key] ?? 0) + (t[key] ?? 0);
      return out;
    }, ZERO_TALLY),
  );
  return {
    asOf: result.asOf,
    ...total,
    projects: result.projects.filter((p) => p.code === code),
    bySex: ['FEMALE', 'MALE'].map((sex) => sexCounts(sex, tally(sex))),
    projectSex: new Map(bySex ? [[code, bySex]] : []),
  };
}
