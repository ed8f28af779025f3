/**
 * The filter every report takes, and the SQL fragments that apply it. Every reporting statement
 * takes the same two leading parameters: $1 the project codes (text[], null = all projects) and
 * $2 the as-of day (date): facts dated after it are ignored.
 */
export interface ReportScope {
  /** null = every project. */
  projectCodes: string[] | null;
  /** ISO date: as things stood at the end of that day. */
  asOf: string;
}

/** The parameters $1 and $2 for a scope. */
export function scopeParams(scope: ReportScope): [string[] | null, string] {
  return [scope.projectCodes, scope.asOf];
}

/** "this project column is in the scope" */
export const inScope = (column: string) => `($1::text[] is null or ${column} = any($1::text[]))`;

/** The projects in scope, as a CTE body: code, dates, targets and rules. */
export const SCOPE_PROJECTS = `select code, aler_role, awarded_cents, awarded_on, start_date, end_date, participant_target,
         involvement_target, allowance_cents, withholding_share
    from project where ${inScope('code')}`;

/** First days of the months from the month of `fromExpr` to the month of the as-of day. */
export const monthsUntilAsOf = (fromExpr: string) =>
  `generate_series(date_trunc('month', ${fromExpr}), date_trunc('month', $2::date), interval '1 month')`;
