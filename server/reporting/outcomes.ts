import type { Database } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';
import { suppressCells } from './suppression.js';

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
 group by grouping sets ((), (project_code), (sex), (project_code, sex))
 order by g_project, project_code, g_sex, sex`;

export interface OutcomeCounts {
  enrolled: number;
  inProgress: number;
  employed: number;
  unsuccessful: number;
  withdrawn: number;
  /** employed / (employed + unsuccessful + withdrawn); null when nobody has exited. */
  employmentRate: number | null;
  byContractType: { contractType: string; count: number | null; suppressed: boolean }[];
}

/** A count by sex, as published: null when hidden by small-cell suppression. */
export interface SexCounts {
  sex: string;
  enrolled: number | null;
  inProgress: number | null;
  employed: number | null;
  unsuccessful: number | null;
  withdrawn: number | null;
  employmentRate: number | null;
  suppressed: boolean;
}

export interface OutcomesResult extends OutcomeCounts {
  asOf: string;
  projects: (OutcomeCounts & { code: string })[];
  bySex: SexCounts[];
  /** Counts per project and sex, for suppression. */
  projectSex: Map<string, Map<string, Row>>;
}

export type Row = {
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
    byContractType: CONTRACT_TYPES.map((contractType) => ({ contractType, count: row[contractType] ?? 0, suppressed: false })),
  };
}

function sexCounts(sex: string, row: Pick<Row, 'enrolled' | 'employed' | 'unsuccessful' | 'withdrawn'>): SexCounts {
  const { byContractType: _omitted, ...counts } = outcomeCounts(row);
  return { sex, ...counts, suppressed: false };
}

const ZERO = { enrolled: 0, employed: 0, unsuccessful: 0, withdrawn: 0 };

/** Per-project rows only for projects with enrolments; see withEveryProject. */
export async function getOutcomes(db: Database, scope: ReportScope): Promise<OutcomesResult> {
  const { rows } = await db.query<Row>(OUTCOMES_SQL, scopeParams(scope));
  const total = rows.find((r) => r.g_project === 1 && r.g_sex === 1);
  const perSex = new Map(rows.filter((r) => r.g_project === 1 && r.g_sex === 0).map((r) => [r.sex!, r]));
  const projectSex = new Map<string, Map<string, Row>>();
  for (const r of rows.filter((x) => x.g_project === 0 && x.g_sex === 0)) {
    const bySex = projectSex.get(r.project_code!) ?? new Map<string, Row>();
    bySex.set(r.sex!, r);
    projectSex.set(r.project_code!, bySex);
  }
  return {
    asOf: scope.asOf,
    ...outcomeCounts(total ?? ZERO),
    projects: rows.filter((r) => r.g_project === 0 && r.g_sex === 1).map((r) => ({ code: r.project_code!, ...outcomeCounts(r) })),
    bySex: ['FEMALE', 'MALE'].map((sex) => sexCounts(sex, perSex.get(sex) ?? ZERO)),
    projectSex,
  };
}

/** One row per project of the scope, in its order: a project with no enrolment yet gets zeros. */
export function withEveryProject(result: OutcomesResult, projectCodes: string[]): OutcomesResult {
  const byCode = new Map(result.projects.map((p) => [p.code, p]));
  return { ...result, projects: projectCodes.map((code) => byCode.get(code) ?? { code, ...outcomeCounts(ZERO) }) };
}

const MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
const SEXES = { FEMALE: 'F', MALE: 'M' } as const;

/** One table's cells: each measure by sex (F, M) and in total (T), and employed exits by contract. */
function outcomeCells(bySex: Map<string, Pick<Row, 'enrolled' | 'employed' | 'unsuccessful' | 'withdrawn'> & Partial<Row>>): Map<string, number> {
  const cells = new Map<string, number>();
  for (const measure of MEASURES) cells.set(`${measure}:T`, 0);
  for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, 0);
  for (const [sex, letter] of Object.entries(SEXES)) {
    const row = bySex.get(sex) ?? ZERO;
    const counts = outcomeCounts(row);
    for (const measure of MEASURES) {
      cells.set(`${measure}:${letter}`, counts[measure]);
      cells.set(`${measure}:T`, cells.get(`${measure}:T`)! + counts[measure]);
    }
    for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, cells.get(`contract:${contract}`)! + ((row as Partial<Row>)[contract] ?? 0));
  }
  return cells;
}

const OUTCOME_GROUPS: string[][] = [
  ...MEASURES.map((m) => [`${m}:F`, `${m}:M`, `${m}:T`]),
  ...Object.values(SEXES).map((s) => MEASURES.map((m) => `${m}:${s}`)),
  [...CONTRACT_TYPES.map((c) => `contract:${c}`), 'employed:T'],
];
/** Project (and programme) totals: published as they are. */
const OUTCOME_FIXED = new Set(MEASURES.map((m) => `${m}:T`));

/**
 * What the public sees: the breakdowns by sex and by contract type suppressed (primary and
 * secondary, per project, then over the scope only from cells published in every project);
 * totals, per project and overall, as they are.
 */
export function suppressOutcomesForPublic(result: OutcomesResult, threshold: number): OutcomesResult {
  const hiddenByProject = new Map<string, Set<string>>();
  const hiddenSomewhere = new Set<string>();
  const sums = new Map<string, Map<string, Row>>();
  for (const [code, bySex] of result.projectSex) {
    const hidden = suppressCells(outcomeCells(bySex), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED });
    hiddenByProject.set(code, hidden);
    for (const name of hidden) hiddenSomewhere.add(name);
    for (const [sex, row] of bySex) {
      const sum = sums.get('ALL') ?? new Map<string, Row>();
      const acc = sum.get(sex);
      sum.set(sex, acc ? addRows(acc, row) : { ...row });
      sums.set('ALL', sum);
    }
  }
  const all = sums.get('ALL') ?? new Map<string, Row>();
  const cells = outcomeCells(all);
  const hidden = suppressCells(cells, OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED, alsoHidden: hiddenSomewhere });
  const contracts = (hiddenSet: Set<string>, counts: OutcomeCounts['byContractType']) =>
    counts.map((c) => (hiddenSet.has(`contract:${c.contractType}`) ? { ...c, count: null, suppressed: true } : c));
  return {
    ...result,
    byContractType: contracts(hidden, result.byContractType),
    projects: result.projects.map((p) => ({ ...p, byContractType: contracts(hiddenByProject.get(p.code) ?? new Set(), p.byContractType) })),
    bySex: result.bySex.map((row) => {
      const letter = SEXES[row.sex as keyof typeof SEXES];
      const gone = MEASURES.filter((m) => hidden.has(`${m}:${letter}`));
      if (gone.length === 0) return row;
      const out: SexCounts = { ...row, suppressed: true, employmentRate: null };
      for (const m of gone) out[m] = null;
      return out;
    }),
  };
}

function addRows(a: Row, b: Row): Row {
  const out = { ...a };
  for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const) out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return out;
}
