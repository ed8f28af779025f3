import type { Queryable } from '../db/database.js';
import { inScope, SCOPE_PROJECTS, scopeParams, type ReportScope } from './filters.js';

/**
 * Funding: awarded amounts (counted from the day the award was published), allowances committed
 * (allowance × enrolments selected up to asOf) and allowance withheld (the withholding ledger up
 * to asOf), per project, per ALER role and in total, in one statement (grouping sets). Reads the
 * daily summaries `enrolment_daily` and `ledger_daily`, kept by triggers.
 */
export const FUNDING_SQL = `
with scope as (${SCOPE_PROJECTS}),
enrolled as (
  select project_code, sum(enrolled) as n from enrolment_daily
   where day <= $2 and ${inScope('project_code')}
   group by project_code
),
withheld as (
  select project_code, sum(withheld_cents) as cents from ledger_daily
   where day <= $2 and ${inScope('project_code')}
   group by project_code
),
per_project as (
  select s.code, s.aler_role,
         case when s.awarded_on <= $2 then s.awarded_cents else 0 end as awarded_cents,
         case when s.awarded_on <= $2 then 1 else 0 end as funded,
         coalesce(en.n, 0) as enrolled,
         s.allowance_cents * coalesce(en.n, 0) as committed_cents,
         coalesce(w.cents, 0) as withheld_cents
    from scope s
    left join enrolled en on en.project_code = s.code
    left join withheld w on w.project_code = s.code
)
select grouping(code) as g_code, grouping(aler_role) as g_role, code, aler_role,
       coalesce(sum(funded), 0)::int as funded_projects,
       coalesce(sum(awarded_cents), 0)::text as awarded_cents,
       coalesce(sum(enrolled), 0)::int as enrolled,
       coalesce(sum(committed_cents), 0)::text as committed_cents,
       coalesce(sum(withheld_cents), 0)::text as withheld_cents
  from per_project
 group by grouping sets ((aler_role, code), (aler_role), ())
 order by g_role desc, aler_role, g_code desc, code`;

export interface ProjectFundingRow {
  code: string;
  awardedCents: bigint;
  allowancesCommittedCents: bigint;
  withheldCents: bigint;
  /** Enrolments selected up to asOf (what the allowances committed are the allowance times). */
  enrolled: number;
}

export interface FundingResult {
  asOf: string;
  totalAwardedCents: bigint;
  allowancesCommittedCents: bigint;
  withheldCents: bigint;
  byRole: { alerRole: string; projectCount: number; awardedCents: bigint }[];
  projects: ProjectFundingRow[];
}

interface Row {
  g_code: number;
  g_role: number;
  code: string | null;
  aler_role: string | null;
  funded_projects: number;
  enrolled: number;
  awarded_cents: string;
  committed_cents: string;
  withheld_cents: string;
}

export async function getFunding(db: Queryable, scope: ReportScope): Promise<FundingResult> {
  const { rows } = await db.query<Row>(FUNDING_SQL, scopeParams(scope));
  const result: FundingResult = {
    asOf: scope.asOf,
    totalAwardedCents: 0n,
    allowancesCommittedCents: 0n,
    withheldCents: 0n,
    byRole: [],
    projects: [],
  };
  for (const row of rows) {
    if (row.g_role === 1) {
      result.totalAwardedCents = BigInt(row.awarded_cents);
      result.allowancesCommittedCents = BigInt(row.committed_cents);
      result.withheldCents = BigInt(row.withheld_cents);
    } else if (row.g_code === 1) {
      result.byRole.push({ alerRole: row.aler_role!, projectCount: row.funded_projects, awardedCents: BigInt(row.awarded_cents) });
    } else {
      result.projects.push({
        code: row.code!,
        awardedCents: BigInt(row.awarded_cents),
        allowancesCommittedCents: BigInt(row.committed_cents),
        withheldCents: BigInt(row.withheld_cents),
        enrolled: row.enrolled,
      });
    }
  }
  return result;
}
