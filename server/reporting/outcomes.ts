import type { Database } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

export const CONTRACT_TYPES = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER'] as const;

/**
 * Employment outcomes of the reintegration path: enrolments selected up to asOf, and their exits
 * up to asOf by outcome (and, for EMPLOYED, by contract type), in total, per project and per sex,
 * in one statement (grouping sets) over the daily summaries `enrolment_daily` and `exit_daily`.
 * An exit dated after asOf is still "in progress".
 */
export const OUTCOMES_SQL = `
with facts as (
  select project_code, sex, enrolled, null::exit_outcome as outcome, null::text as contract_key, 0 as exits
    from enrolment_daily where day <= $2 and ${inScope('project_code')}
  union all
  select project_code, sex, 0, outcome, contract_key, exits
    from exit_daily where day <= $2 and ${inScope('project_code')}
)
select grouping(project_code) as g_project, grouping(sex) as g_sex, project_code, sex::text as sex,
       coalesce(sum(enrolled), 0)::int as enrolled,
       coalesce(sum(exits) filter (where outcome = 'EMPLOYED'), 0)::int as employed,
       coalesce(sum(exits) filter (where outcome = 'UNSUCCESSFUL'), 0)::int as unsuccessful,
       coalesce(sum(exits) filter (where outcome = 'WITHDRAWN'), 0)::int as withdrawn,
       ${CONTRACT_TYPES.map((c) => `coalesce(sum(exits) filter (where outcome = 'EMPLOYED' and contract_key = '${c}'), 0)::int as "${c}"`).join(',\n       ')}
  from facts
 group by grouping sets ((), (project_code), (sex))
 order by g_project, project_code, g_sex, sex`;

export interface OutcomeCounts {
  enrolled: number;
  inProgress: number;
  employed: number;
  unsuccessful: number;
  withdrawn: number;
  /** employed / (employed + unsuccessful + withdrawn); null when nobody has exited. */
  employmentRate: number | null;
  byContractType: { contractType: string; count: number }[];
}

export interface OutcomesResult extends OutcomeCounts {
  asOf: string;
  projects: (OutcomeCounts & { code: string })[];
  bySex: (OutcomeCounts & { sex: string })[];
}

type Row = {
  g_project: number;
  g_sex: number;
  project_code: string | null;
  sex: string | null;
  enrolled: number;
  employed: number;
  unsuccessful: number;
  withdrawn: number;
} & Record<(typeof CONTRACT_TYPES)[number], number>;

export function outcomeCounts(row: Pick<Row, 'enrolled' | 'employed' | 'unsuccessful' | 'withdrawn'> & Partial<Row>): OutcomeCounts {
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

const ZERO = { enrolled: 0, employed: 0, unsuccessful: 0, withdrawn: 0 };

/** Per-project rows only for projects with enrolments; see withEveryProject. */
export async function getOutcomes(db: Database, scope: ReportScope): Promise<OutcomesResult> {
  const { rows } = await db.query<Row>(OUTCOMES_SQL, scopeParams(scope));
  const total = rows.find((r) => r.g_project === 1 && r.g_sex === 1);
  const perSex = new Map(rows.filter((r) => r.g_sex === 0).map((r) => [r.sex!, r]));
  return {
    asOf: scope.asOf,
    ...outcomeCounts(total ?? ZERO),
    projects: rows.filter((r) => r.g_project === 0).map((r) => ({ code: r.project_code!, ...outcomeCounts(r) })),
    bySex: ['FEMALE', 'MALE'].map((sex) => ({ sex, ...outcomeCounts(perSex.get(sex) ?? ZERO) })),
  };
}

/** One row per project of the scope, in its order: a project with no enrolment yet gets zeros. */
export function withEveryProject(result: OutcomesResult, projectCodes: string[]): OutcomesResult {
  const byCode = new Map(result.projects.map((p) => [p.code, p]));
  return { ...result, projects: projectCodes.map((code) => byCode.get(code) ?? { code, ...outcomeCounts(ZERO) }) };
}
