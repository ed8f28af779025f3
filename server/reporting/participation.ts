import type { QueryRunner } from '../db/report-cache.js';
import { monthsUntilAsOf, SCOPE_PROJECTS, scopeParams, type ReportScope } from './filters.js';

/**
 * People reached per project: distinct registered people with an attendance at one of the
 * project's activities or an enrolment in it, up to asOf. Reads `reach_daily` (how many people
 * were first reached on each day, kept by triggers from `reach`, the first day of each person in
 * each project), so a person at ten activities counts once and the cost does not grow with the
 * population. Registered attendances and anonymous headcounts come from `attendance_daily`.
 */
export const PARTICIPATION_SQL = `
with scope as (${SCOPE_PROJECTS}),
reached as (
  select d.project_code,
         sum(d.people) filter (where d.day <= $2) as reached,
         sum(d.people) filter (where d.day <= ($2::date - interval '3 months')::date) as reached_three_months_before
    from reach_daily d join scope s on s.code = d.project_code
   group by d.project_code
),
attended as (
  select d.project_code, sum(d.registered) as registered, sum(d.anonymous) as anonymous
    from attendance_daily d join scope s on s.code = d.project_code
   where d.day <= $2
   group by d.project_code
),
monthly as (
  select d.project_code, date_trunc('month', d.day) as month, sum(d.people) as n
    from reach_daily d join scope s on s.code = d.project_code
   where d.day <= $2
   group by d.project_code, date_trunc('month', d.day)
),
series as (
  select s.code, m.month,
         sum(coalesce(mo.n, 0)) over (partition by s.code order by m.month) as cumulative
    from scope s
    cross join lateral ${monthsUntilAsOf('s.start_date')} as m(month)
    left join monthly mo on mo.project_code = s.code and mo.month = m.month
)
select s.code, s.involvement_target,
       coalesce(r.reached, 0)::int as reached,
       coalesce(r.reached_three_months_before, 0)::int as reached_three_months_before,
       coalesce(a.registered, 0)::int as attendances,
       coalesce(a.anonymous, 0)::int as anonymous,
       coalesce((select json_agg(json_build_array(to_char(se.month, 'YYYY-MM'), se.cumulative) order by se.month)
                   from series se where se.code = s.code), '[]') as cumulative,
       (select to_char(min(se.month), 'YYYY-MM') from series se
         where se.code = s.code and se.cumulative >= s.involvement_target) as target_reached_month
  from scope s
  left join reached r on r.project_code = s.code
  left join attended a on a.project_code = s.code
 order by s.aler_role, s.code`;

/**
 * The same figures without the monthly series (and so without targetReachedMonth): what an exact
 * caller who does not ask for them needs. One statement over the same summaries.
 */
export const PARTICIPATION_TOTALS_SQL = `
with scope as (${SCOPE_PROJECTS}),
reached as (
  select d.project_code,
         sum(d.people) filter (where d.day <= $2) as reached,
         sum(d.people) filter (where d.day <= ($2::date - interval '3 months')::date) as reached_three_months_before
    from reach_daily d join scope s on s.code = d.project_code
   group by d.project_code
),
attended as (
  select d.project_code, sum(d.registered) as registered, sum(d.anonymous) as anonymous
    from attendance_daily d join scope s on s.code = d.project_code
   where d.day <= $2
   group by d.project_code
)
select s.code, s.involvement_target,
       coalesce(r.reached, 0)::int as reached,
       coalesce(r.reached_three_months_before, 0)::int as reached_three_months_before,
       coalesce(a.registered, 0)::int as attendances,
       coalesce(a.anonymous, 0)::int as anonymous
  from scope s
  left join reached r on r.project_code = s.code
  left join attended a on a.project_code = s.code
 order by s.aler_role, s.code`;

export interface MonthlyValue {
  month: string;
  value: number;
}

export interface ProjectParticipationTotals {
  code: string;
  asOf: string;
  target: number;
  peopleReached: number;
  attendances: number;
  anonymousHeadcount: number;
  shareOfTarget: number;
  /** People newly reached per month, over the three months before asOf. */
  pacePerMonth: number | null;
  /** At the pace of the last three months, the month the target would be reached; null when reached or no pace. */
  projectedTargetMonth: string | null;
}

export interface ProjectParticipationRow extends ProjectParticipationTotals {
  cumulative: MonthlyValue[];
  /** The month the cumulative count first reached the target, when it has. */
  targetReachedMonth: string | null;
}

interface TotalsRow {
  code: string;
  involvement_target: number;
  reached: number;
  reached_three_months_before: number;
  attendances: number;
  anonymous: number;
}

interface Row extends TotalsRow {
  cumulative: [string, number | string][];
  target_reached_month: string | null;
}

/** "2019-03" + 4 → "2019-07" */
export function addToMonth(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month the target is met at `pace` people a month, counting from the as-of month. */
export function projectTargetMonth(asOf: string, reached: number, target: number, pace: number): string | null {
  if (reached >= target || pace <= 0) return null;
  return addToMonth(asOf.slice(0, 7), Math.ceil((target - reached) / pace));
}

function totals(row: TotalsRow, asOf: string): ProjectParticipationTotals {
  const pace = (row.reached - row.reached_three_months_before) / 3;
  return {
    code: row.code,
    asOf,
    target: row.involvement_target,
    peopleReached: row.reached,
    attendances: row.attendances,
    anonymousHeadcount: row.anonymous,
    shareOfTarget: row.involvement_target > 0 ? row.reached / row.involvement_target : 0,
    pacePerMonth: pace,
    projectedTargetMonth: projectTargetMonth(asOf, row.reached, row.involvement_target, pace),
  };
}

export async function getParticipation(db: QueryRunner, scope: ReportScope): Promise<ProjectParticipationRow[]> {
  const { rows } = await db.query<Row>(PARTICIPATION_SQL, scopeParams(scope));
  return rows.map((row) => ({
    ...totals(row, scope.asOf),
    cumulative: row.cumulative.map(([month, value]) => ({ month, value: Number(value) })),
    targetReachedMonth: row.target_reached_month,
  }));
}

/** The same rows without the monthly series: one statement that never builds it. */
export async function getParticipationTotals(db: QueryRunner, scope: ReportScope): Promise<ProjectParticipationTotals[]> {
  const { rows } = await db.query<TotalsRow>(PARTICIPATION_TOTALS_SQL, scopeParams(scope));
  return rows.map((row) => totals(row, scope.asOf));
}
