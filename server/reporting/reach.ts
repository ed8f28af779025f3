import type { QueryRunner } from '../db/report-cache.js';
import { SCOPE_PROJECTS, scopeParams, type ReportScope } from './filters.js';
import type { MonthlyValue } from './participation.js';

/**
 * Distinct people reached over a scope: registered people with an attendance or an enrolment in at
 * least one project of the scope up to asOf, each counted once however many projects reached them
 * (participation's `peopleReached` counts them once in each). A person's first day in the scope is
 * the earliest of theirs, so the figure is a count of first days up to asOf and the monthly series
 * a running count of them. `days` holds how many people were first reached on each day, from
 * one of three sources, whichever fits the scope (the other two branches are gated off by a
 * one-time filter, so never run):
 * - every project: `reach_programme_daily` (each person's first day in any project, kept by
 *   triggers), a few thousand rows whatever the population;
 * - one project: `reach_daily`, that project's first days (participation's figure);
 * - any other set of projects: `reach` (the first day of each person in each project) grouped by
 *   person, whose cost grows with the people reached in the scope.
 * `allProjects` says whether the scope covers every project (the public sees this figure only for
 * one project or for all: server/disclosure/reach.ts).
 */
const REACH_DAYS = `
scope as (${SCOPE_PROJECTS}),
shape as (
  select (select count(*) from scope) = (select count(*) from project) as all_projects,
         (select count(*) from scope) as projects
),
days as (
  select d.day, d.people::bigint as n
    from reach_programme_daily d
   where d.day <= $2 and (select all_projects from shape)
  union all
  select d.day, d.people::bigint
    from reach_daily d join scope s on s.code = d.project_code
   where d.day <= $2 and (select not all_projects and projects = 1 from shape)
  union all
  select f.first_on, count(*)
    from (select r.person_id, min(r.first_on) as first_on
            from reach r join scope s on s.code = r.project_code
           where r.first_on <= $2
           group by r.person_id) f
   where (select not all_projects and projects > 1 from shape)
   group by f.first_on
)`;

/** The figure and its monthly series. */
export const REACH_SQL = `
with ${REACH_DAYS},
monthly as (
  select date_trunc('month', day) as month, sum(n) as n from days group by 1
),
series as (
  select m.month, sum(coalesce(mo.n, 0)) over (order by m.month) as cumulative
    from generate_series(
           date_trunc('month', least((select min(start_date) from scope), (select min(day) from days))),
           date_trunc('month', $2::date), interval '1 month') as m(month)
    left join monthly mo on mo.month = m.month
)
select coalesce((select sum(n) from days), 0)::int as people,
       (select all_projects from shape) as all_projects,
       coalesce((select json_agg(json_build_array(to_char(se.month, 'YYYY-MM'), se.cumulative) order by se.month) from series se),
                '[]') as cumulative`;

/** The figure alone, without the series. */
export const REACH_TOTAL_SQL = `
with ${REACH_DAYS}
select coalesce((select sum(n) from days), 0)::int as people,
       (select all_projects from shape) as all_projects`;

export interface ReachTotal {
  asOf: string;
  /** The projects of the scope, as asked (null = all). */
  projectCodes: string[] | null;
  /** Whether the scope covers every project. */
  allProjects: boolean;
  /** Distinct people reached by at least one project of the scope up to asOf. */
  people: number;
}

export interface ReachReport extends ReachTotal {
  /** The same, at the end of each month from the scope's first start (or first person) to asOf. */
  cumulative: MonthlyValue[];
}

interface TotalRow {
  people: number;
  all_projects: boolean;
}

interface Row extends TotalRow {
  cumulative: [string, number | string][];
}

export async function getReach(db: QueryRunner, scope: ReportScope): Promise<ReachReport> {
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

/** The figure without its series: what exact callers see (the public's all-projects figure is drawn from the series). */
export async function getReachTotal(db: QueryRunner, scope: ReportScope): Promise<ReachTotal> {
  const { rows } = await db.query<TotalRow>(REACH_TOTAL_SQL, scopeParams(scope));
  const row = rows[0]!;
  return { asOf: scope.asOf, projectCodes: scope.projectCodes, allProjects: row.all_projects, people: row.people };
}
