import type { Database } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

export const CONTRACT_TYPES = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER'] as const;

/**
 * Employment outcomes of the reintegration path: enrolments selected up to asOf, and their exits
 * up to asOf by outcome (and, for EMPLOYED, by contract type), in total, per project and per sex,
 * in one statement (grouping sets). An exit dated after asOf is still "in progress".
 */
export const OUTCOMES_SQL = `
with paths as (
  select e.project_code, p.sex, e.outcome, e.contract_type,
         (e.exited_on is not null and e.exited_on <= $2) as exited
    from enrolment e join person p on p.id = e.person_id
   where e.selected_on <= $2 and ${inScope('e.project_code')}
)
select grouping(project_code) as g_project, grouping(sex) as g_sex, project_code, sex::text as sex,
       count(*)::int as enrolled,
       (count(*) filter (where exited and outcome = 'EMPLOYED'))::int as employed,
       (count(*) filter (where exited and outcome = 'UNSUCCESSFUL'))::int as unsuccessful,
       (count(*) filter (where exited and outcome = 'WITHDRAWN'))::int as withdrawn,
       ${CONTRACT_TYPES.map((c) => `(count(*) filter (where exited and outcome = 'EMPLOYED' and contract_type = '${c}'))::int as "${c}"`).join(',\n       ')}
  from paths
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

/** `projectCodes`: every project of the scope, so that projects with no enrolment get a row of zeros. */
export async function getOutcomes(db: Database, scope: ReportScope, projectCodes: string[]): Promise<OutcomesResult> {
  const { rows } = await db.query<Row>(OUTCOMES_SQL, scopeParams(scope));
  const total = rows.find((r) => r.g_project === 1 && r.g_sex === 1);
  const perProject = new Map(rows.filter((r) => r.g_project === 0).map((r) => [r.project_code!, r]));
  const perSex = new Map(rows.filter((r) => r.g_sex === 0).map((r) => [r.sex!, r]));
  return {
    asOf: scope.asOf,
    ...outcomeCounts(total ?? ZERO),
    projects: projectCodes.map((code) => ({ code, ...outcomeCounts(perProject.get(code) ?? ZERO) })),
    bySex: ['FEMALE', 'MALE'].map((sex) => ({ sex, ...outcomeCounts(perSex.get(sex) ?? ZERO) })),
  };
}
