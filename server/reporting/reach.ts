import type { Queryable } from '../db/database.js';
import { SCOPE_PROJECTS, scopeParams, type ReportScope } from './filters.js';
import type { MonthlyValue } from './participation.js';

/**
 * Distinct people reached over a scope: registered people with an attendance or an enrolment in at
 * least one project of the scope up to asOf, each counted once however many projects reached them
 * (participation's `peopleReached` counts them once in each). Reads `reach`, the first day of each
 * person in each project: a person's first day in the scope is the earliest of theirs, so the
 * monthly series is a count of first days. The cost grows with the people reached in the scope,
 * not with their attendances. `allProjects` says whether the scope covers every project (the
 * public sees this figure only for one project or for all: server/disclosure/reach.ts).
 */
export const REACH_SQL = `
with scope as (${SCOPE_PROJECTS}),
firsts as (
  select r.person_id, min(r.first_on) as first_on
    from reach r join scope s on s.code = r.project_code
   where r.first_on <= $2
   group by r.person_id
),
monthly as (
  select date_trunc('month', first_on) as month, count(*) as n from firsts group by 1
),
series as (
  select m.month, sum(coalesce(mo.n, 0)) over (order by m.month) as cumulative
    from generate_series(
           date_trunc('month', least((select min(start_date) from scope), (select min(first_on) from firsts))),
           date_trunc('month', $2::date), interval '1 month') as m(month)
    left join monthly mo on mo.month = m.month
)
select (select count(*) from firsts)::int as people,
       (select count(*) from scope)::int = (select count(*) from project)::int as all_projects,
       coalesce((select json_agg(json_build_array(to_char(se.month, 'YYYY-MM'), se.cumulative) order by se.month) from series se),
                '[]') as cumulative`;

export interface ReachReport {
  asOf: string;
  /** The projects of the scope, as asked (null = all). */
  projectCodes: string[] | null;
  /** Whether the scope covers every project. */
  allProjects: boolean;
  /** Distinct people reached by at least one project of the scope up to asOf. */
  people: number;
  /** The same, at the end of each month from the scope's first start (or first person) to asOf. */
  cumulative: MonthlyValue[];
}

interface Row {
  people: number;
  all_projects: boolean;
  cumulative: [string, number | string][];
}

export async function getReach(db: Queryable, scope: ReportScope): Promise<ReachReport> {
  const { rows } = await db.query<Row>(REACH_SQL, scopeParams(scope));
  const row = rows[0]!;
  return {
    asOf: scope.asOf,
    projectCodes: scope.projectCodes,
    allProjects: row.all_projects,
    people: row.people,
    cumulative: row.cumulative.map(([month, value]) => ({ month, value: Number(value) })),
  };
}
