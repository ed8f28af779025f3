import type { QueryRunner } from '../db/report-cache.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

/**
 * The ESF 2014-2020 common indicators (Regulation (EU) No 1304/2013, Annex I) over the
 * participants of the reintegration path (one participant = a person's first enrolment in a project selected up to asOf),
 * by sex, from the participant's situation at entry recorded on the enrolment. A person who
 * re-enters the same project is one participant (the re-entry rule: re_entry.sql).
 *
 * Which indicators a participant counts in is defined once, in SQL: the functions
 * esf_output_codes and esf_result_events of server/db/sql/esf_missing_indicators.sql (a
 * participant with incomplete non-sensitive data counts only in PARTICIPANTS and INCOMPLETE; the
 * age at entry is exact; CR01-CR05 read the exit, CR06-CR09 the follow-up observed six months
 * after leaving; CR07 counts only those employed at entry; CO19 reads the project's degree of
 * urbanisation at entry; "disadvantaged" is CO15-CO18 at entry). The triggers keep
 * `esf_daily`, their sums per project, day, sex and indicator; this report adds them up to asOf,
 * per project and over the scope.
 * The same definitions in words: docs/indicators.md.
 */
export interface IndicatorDefinition {
  code: string;
  name: string;
  kind: 'TOTAL' | 'OUTPUT' | 'RESULT';
  /** Sensitive personal data: the person may decline to answer (then it is not counted). */
  sensitive: boolean;
}

export const ESF_INDICATORS: IndicatorDefinition[] = [
  { code: 'PARTICIPANTS', name: 'Participants, total (including records with incomplete data)', kind: 'TOTAL', sensitive: false },
  { code: 'INCOMPLETE', name: 'Participants with incomplete data (counted in the total only)', kind: 'TOTAL', sensitive: false },
  { code: 'CO01', name: 'Unemployed, including long-term unemployed', kind: 'OUTPUT', sensitive: false },
  { code: 'CO02', name: 'Long-term unemployed', kind: 'OUTPUT', sensitive: false },
  { code: 'CO03', name: 'Inactive', kind: 'OUTPUT', sensitive: false },
  { code: 'CO04', name: 'Inactive, not in education or training', kind: 'OUTPUT', sensitive: false },
  { code: 'CO05', name: 'Employed, including self-employed', kind: 'OUTPUT', sensitive: false },
  { code: 'CO06', name: 'Below 25 years of age', kind: 'OUTPUT', sensitive: false },
  { code: 'CO07', name: 'Above 54 years of age', kind: 'OUTPUT', sensitive: false },
  {
    code: 'CO08',
    name: 'Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training',
    kind: 'OUTPUT',
    sensitive: false,
  },
  { code: 'CO09', name: 'With primary (ISCED 1) or lower secondary education (ISCED 2)', kind: 'OUTPUT', sensitive: false },
  { code: 'CO10', name: 'With upper secondary (ISCED 3) or post-secondary education (ISCED 4)', kind: 'OUTPUT', sensitive: false },
  { code: 'CO11', name: 'With tertiary education (ISCED 5 to 8)', kind: 'OUTPUT', sensitive: false },
  { code: 'CO12', name: 'Participants who live in jobless households', kind: 'OUTPUT', sensitive: false },
  { code: 'CO13', name: 'Participants who live in jobless households with dependent children', kind: 'OUTPUT', sensitive: false },
  { code: 'CO14', name: 'Participants who live in a single adult household with dependent children', kind: 'OUTPUT', sensitive: false },
  {
    code: 'CO15',
    name: 'Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)',
    kind: 'OUTPUT',
    sensitive: true,
  },
  { code: 'CO16', name: 'Participants with disabilities', kind: 'OUTPUT', sensitive: true },
  { code: 'CO17', name: 'Other disadvantaged people', kind: 'OUTPUT', sensitive: true },
  { code: 'CO18', name: 'Homeless or affected by housing exclusion', kind: 'OUTPUT', sensitive: false },
  { code: 'CO19', name: 'Participants from rural areas', kind: 'OUTPUT', sensitive: false },
  { code: 'CR01', name: 'Inactive participants newly engaged in job searching upon leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR02', name: 'Participants in education/training upon leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR03', name: 'Participants gaining a qualification upon leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR04', name: 'Participants in employment, including self-employment, upon leaving', kind: 'RESULT', sensitive: false },
  {
    code: 'CR05',
    name: 'Disadvantaged participants engaged in job searching, education/training, gaining a qualification, in employment, including self-employment, upon leaving',
    kind: 'RESULT',
    sensitive: false,
  },
  {
    code: 'CR06',
    name: 'Participants in employment, including self-employment, six months after leaving',
    kind: 'RESULT',
    sensitive: false,
  },
  {
    code: 'CR07',
    name: 'Participants with an improved labour market situation six months after leaving',
    kind: 'RESULT',
    sensitive: false,
  },
  {
    code: 'CR08',
    name: 'Participants above 54 years of age in employment, including self-employment, six months after leaving',
    kind: 'RESULT',
    sensitive: false,
  },
  {
    code: 'CR09',
    name: 'Disadvantaged participants in employment, including self-employment, six months after leaving',
    kind: 'RESULT',
    sensitive: false,
  },
];

/**
 * The counts per project, sex and indicator, up to asOf: the finest breakdown, from which the
 * report adds up the scope's table (every participant has a sex, FEMALE or MALE). esf_daily
 * counts each enrolment per day; esf_monthly is the same by month (kept from esf_daily by
 * triggers), so the statement reads the months before asOf's month there and only the days of
 * asOf's month in esf_daily: its cost follows the months of the programme, not its days.
 * esf_re_entry_corrections() takes back, for a person who re-entered the same project, every
 * output but the first entry's and every result but the final exit's (the re-entry rule,
 * server/db/sql/re_entry.sql): one statement, so one snapshot of all three.
 * Parallel-friendly: each source is summed by a plain GROUP BY of its own and the sums are added
 * up after a UNION ALL, so a grouping over many rows may run in parallel workers, while the
 * corrections (a plpgsql function, PARALLEL RESTRICTED: only the leader runs it) stay outside the
 * parallel part. Adding the corrections to esf_daily's rows before one grouping, as before
 * issue 17, put that function under the aggregate and ruled out any parallel plan.
 */
export const ESF_SQL = `
select project_code, sex, code, sum(participants)::int as participants
  from (select project_code, sex::text as sex, code, sum(participants) as participants
          from esf_monthly
         where month < date_trunc('month', $2::date)::date and ${inScope('project_code')}
         group by project_code, sex, code
        union all
        select project_code, sex::text, code, sum(participants)
          from esf_daily
         where day >= date_trunc('month', $2::date)::date and day <= $2 and ${inScope('project_code')}
         group by project_code, sex, code
        union all
        select project_code, sex::text, code, sum(participants)
          from esf_re_entry_corrections()
         where day <= $2 and ${inScope('project_code')}
         group by project_code, sex, code) counted
 group by project_code, sex, code
 order by project_code, sex, code`;

export interface IndicatorRow {
  code: string;
  name: string;
  kind: IndicatorDefinition['kind'];
  sensitive: boolean;
  women: number;
  men: number;
  total: number;
}

export interface EsfResult {
  asOf: string;
  /** Every indicator over the scope, in the order of ESF_INDICATORS. */
  indicators: IndicatorRow[];
  /** The same table for each project with at least one participant, by project code. */
  projects: { code: string; indicators: IndicatorRow[] }[];
}

type Count = (code: string, sex: 'FEMALE' | 'MALE') => number;

function indicatorTable(count: Count): IndicatorRow[] {
  return ESF_INDICATORS.map((indicator) => {
    const women = count(indicator.code, 'FEMALE');
    const men = count(indicator.code, 'MALE');
    return { ...indicator, women, men, total: women + men };
  });
}

export async function getEsfIndicators(db: QueryRunner, scope: ReportScope): Promise<EsfResult> {
  const { rows } = await db.query<{ project_code: string; sex: string; code: string; participants: number }>(ESF_SQL, scopeParams(scope));
  const counts = new Map<string, number>();
  const key = (project: string, code: string, sex: string) => `${project}|${code}|${sex}`;
  for (const r of rows) counts.set(key(r.project_code, r.code, r.sex), r.participants);
  const projectCodes = [...new Set(rows.map((r) => r.project_code))];
  const projects = projectCodes.map((project) => ({
    code: project,
    indicators: indicatorTable((code, sex) => counts.get(key(project, code, sex)) ?? 0),
  }));
  return {
    asOf: scope.asOf,
    indicators: indicatorTable((code, sex) => projects.reduce((sum, p) => sum + (counts.get(key(p.code, code, sex)) ?? 0), 0)),
    projects,
  };
}

/**
 * One project's part of a report, as the report of that project alone would be (the same SQL with
 * the one code): its table, or zeros when it has no participant yet.
 */
export function esfOfProject(result: EsfResult, code: string): EsfResult {
  const project = result.projects.find((p) => p.code === code);
  return { asOf: result.asOf, indicators: project?.indicators ?? indicatorTable(() => 0), projects: project ? [project] : [] };
}
