import type { Queryable } from '../db/database.js';
import { inScope, monthsUntilAsOf, SCOPE_PROJECTS, scopeParams, type ReportScope } from './filters.js';

/**
 * Debt recovery: rent arrears at enrolment (enrolments selected up to asOf), recovered through
 * repayments and through withholding (ledger entries dated up to asOf), per project and in total,
 * with a monthly cumulative series from the first project's start to asOf. One statement over the
 * daily summaries `enrolment_daily` and `ledger_daily`; money stays in integer cents and leaves
 * PostgreSQL as text.
 */
export const DEBT_SQL = `
with scope as (${SCOPE_PROJECTS}),
arrears as (
  select project_code, sum(arrears_cents) as arrears from enrolment_daily
   where day <= $2 and ${inScope('project_code')} group by project_code
),
ledger as (
  select project_code, day, repaid_cents, withheld_cents from ledger_daily
   where day <= $2 and ${inScope('project_code')}
),
per_project as (
  select s.code, s.aler_role, coalesce(a.arrears, 0) as arrears, coalesce(l.repaid, 0) as repaid, coalesce(l.withheld, 0) as withheld
    from scope s
    left join arrears a on a.project_code = s.code
    left join (select project_code, sum(repaid_cents) as repaid, sum(withheld_cents) as withheld from ledger group by project_code) l
           on l.project_code = s.code
),
monthly as (
  select date_trunc('month', day) as month, sum(repaid_cents) as repaid, sum(withheld_cents) as withheld
    from ledger group by 1
),
project_monthly as (
  select project_code, date_trunc('month', day) as month, sum(repaid_cents) as repaid, sum(withheld_cents) as withheld
    from ledger group by 1, 2
),
project_series as (
  select s.code, m.month,
         sum(coalesce(mo.repaid, 0)) over (partition by s.code order by m.month) as repaid,
         sum(coalesce(mo.withheld, 0)) over (partition by s.code order by m.month) as withheld
    from scope s
    cross join ${monthsUntilAsOf('(select min(start_date) from scope)')} as m(month)
    left join project_monthly mo on mo.project_code = s.code and mo.month = m.month
),
series as (
  select m.month,
         sum(coalesce(mo.repaid, 0)) over (order by m.month) as repaid,
         sum(coalesce(mo.withheld, 0)) over (order by m.month) as withheld
    from ${monthsUntilAsOf('(select min(start_date) from scope)')} as m(month)
    left join monthly mo on mo.month = m.month
)
select (select json_build_array(coalesce(sum(arrears), 0)::text, coalesce(sum(repaid), 0)::text, coalesce(sum(withheld), 0)::text)
          from per_project) as total,
       coalesce((select json_agg(json_build_array(code, arrears::text, repaid::text, withheld::text) order by aler_role, code) from per_project), '[]') as projects,
       coalesce((select json_agg(json_build_array(to_char(month, 'YYYY-MM'), repaid::text, withheld::text) order by month) from series), '[]') as series,
       coalesce((select json_agg(json_build_array(code, to_char(month, 'YYYY-MM'), repaid::text, withheld::text) order by code, month)
                   from project_series where repaid <> 0 or withheld <> 0), '[]') as project_series`;

export interface DebtAmounts {
  arrearsCents: bigint;
  repaidCents: bigint;
  withheldCents: bigint;
  recoveredCents: bigint;
  outstandingCents: bigint;
  /** recovered / arrears; null when there are no arrears. */
  recoveryRate: number | null;
}

export interface DebtResult extends DebtAmounts {
  asOf: string;
  projects: (DebtAmounts & { code: string })[];
  monthly: MonthlyAmounts[];
  /** The same series per project (months with nothing recovered yet left out): the finest breakdown. */
  projectMonthly: Map<string, MonthlyAmounts[]>;
}

export interface MonthlyAmounts {
  month: string;
  repaidCents: bigint;
  withheldCents: bigint;
  recoveredCents: bigint;
}

export function amounts(arrears: bigint, repaid: bigint, withheld: bigint): DebtAmounts {
  const recovered = repaid + withheld;
  return {
    arrearsCents: arrears,
    repaidCents: repaid,
    withheldCents: withheld,
    recoveredCents: recovered,
    outstandingCents: arrears - recovered,
    // A rate, not money: the one place a ratio of cents becomes a float.
    recoveryRate: arrears === 0n ? null : Number(recovered) / Number(arrears),
  };
}

export async function getDebtRecovery(db: Queryable, scope: ReportScope): Promise<DebtResult> {
  const { rows } = await db.query<{
    total: [string, string, string];
    projects: [string, string, string, string][];
    series: [string, string, string][];
    project_series: [string, string, string, string][];
  }>(DEBT_SQL, scopeParams(scope));
  const row = rows[0]!;
  const projects = row.projects.map(([code, arrears, repaid, withheld]) => ({
    code,
    ...amounts(BigInt(arrears), BigInt(repaid), BigInt(withheld)),
  }));
  const [arrears, repaid, withheld] = row.total;
  return {
    asOf: scope.asOf,
    ...amounts(BigInt(arrears), BigInt(repaid), BigInt(withheld)),
    projects,
    monthly: row.series.map(([month, repaid, withheld]) => ({
      month,
      repaidCents: BigInt(repaid),
      withheldCents: BigInt(withheld),
      recoveredCents: BigInt(repaid) + BigInt(withheld),
    })),
    projectMonthly: row.project_series.reduce((byProject, [code, month, repaid, withheld]) => {
      const series = byProject.get(code) ?? [];
      series.push({
        month,
        repaidCents: BigInt(repaid),
        withheldCents: BigInt(withheld),
        recoveredCents: BigInt(repaid) + BigInt(withheld),
      });
      return byProject.set(code, series);
    }, new Map<string, MonthlyAmounts[]>()),
  };
}
