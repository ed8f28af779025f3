import type { Database } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

/**
 * The ESF 2014-2020 common indicators (Regulation (EU) No 1304/2013, Annex I) over the
 * participants of the reintegration path (one participant = one enrolment selected up to asOf),
 * by sex, from the participant's situation at entry recorded on the enrolment (copied from the
 * person when enrolled). Age is taken at enrolment (year of selection − birth year). A participant whose
 * non-sensitive data (sex, labour status, age, education) is incomplete counts only in the
 * PARTICIPANTS line, never in a breakdown. Definitions: docs/indicators.md.
 */
export interface IndicatorDefinition {
  code: string;
  name: string;
  kind: 'TOTAL' | 'OUTPUT' | 'RESULT';
  /** Sensitive personal data: the person may decline to answer (then it is not counted). */
  sensitive: boolean;
  /** SQL over the columns of the `participants` CTE below; complete records only, except the totals. */
  condition: string;
}

const UNEMPLOYED = `labour_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED')`;

export const ESF_INDICATORS: IndicatorDefinition[] = [
  { code: 'PARTICIPANTS', name: 'Participants, total (including records with incomplete data)', kind: 'TOTAL', sensitive: false, condition: 'true' },
  { code: 'INCOMPLETE', name: 'Participants with incomplete data (counted in the total only)', kind: 'TOTAL', sensitive: false, condition: 'not complete' },
  { code: 'CO01', name: 'Unemployed, including long-term unemployed', kind: 'OUTPUT', sensitive: false, condition: UNEMPLOYED },
  { code: 'CO02', name: 'Long-term unemployed', kind: 'OUTPUT', sensitive: false, condition: `labour_status = 'LONG_TERM_UNEMPLOYED'` },
  { code: 'CO03', name: 'Inactive', kind: 'OUTPUT', sensitive: false, condition: `labour_status in ('INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION')` },
  { code: 'CO04', name: 'Inactive, not in education or training', kind: 'OUTPUT', sensitive: false, condition: `labour_status = 'INACTIVE_NOT_IN_EDUCATION'` },
  { code: 'CO05', name: 'Employed, including self-employed', kind: 'OUTPUT', sensitive: false, condition: `labour_status = 'EMPLOYED'` },
  { code: 'CO06', name: 'Below 25 years of age', kind: 'OUTPUT', sensitive: false, condition: 'age < 25' },
  { code: 'CO07', name: 'Above 54 years of age', kind: 'OUTPUT', sensitive: false, condition: 'age > 54' },
  {
    code: 'CO08',
    name: 'Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training',
    kind: 'OUTPUT',
    sensitive: false,
    condition: `age > 54 and (${UNEMPLOYED} or labour_status = 'INACTIVE_NOT_IN_EDUCATION')`,
  },
  { code: 'CO09', name: 'With primary (ISCED 1) or lower secondary education (ISCED 2)', kind: 'OUTPUT', sensitive: false, condition: `education in ('ISCED_1', 'ISCED_2')` },
  { code: 'CO10', name: 'With upper secondary (ISCED 3) or post-secondary education (ISCED 4)', kind: 'OUTPUT', sensitive: false, condition: `education in ('ISCED_3', 'ISCED_4')` },
  { code: 'CO11', name: 'With tertiary education (ISCED 5 to 8)', kind: 'OUTPUT', sensitive: false, condition: `education in ('ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8')` },
  { code: 'CO12', name: 'Participants who live in jobless households', kind: 'OUTPUT', sensitive: false, condition: 'jobless_household' },
  { code: 'CO13', name: 'Participants who live in jobless households with dependent children', kind: 'OUTPUT', sensitive: false, condition: 'jobless_household_with_children' },
  { code: 'CO14', name: 'Participants who live in a single adult household with dependent children', kind: 'OUTPUT', sensitive: false, condition: 'single_adult_with_children' },
  { code: 'CO15', name: 'Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)', kind: 'OUTPUT', sensitive: true, condition: 'migrant_or_minority' },
  { code: 'CO16', name: 'Participants with disabilities', kind: 'OUTPUT', sensitive: true, condition: 'disability' },
  { code: 'CO17', name: 'Other disadvantaged people', kind: 'OUTPUT', sensitive: true, condition: 'other_disadvantaged' },
  { code: 'CO18', name: 'Homeless or affected by housing exclusion', kind: 'OUTPUT', sensitive: false, condition: 'housing_exclusion' },
  { code: 'CR03', name: 'Participants gaining a qualification upon leaving', kind: 'RESULT', sensitive: false, condition: 'exited and qualification_on_exit' },
  { code: 'CR04', name: 'Participants in employment, including self-employment, upon leaving', kind: 'RESULT', sensitive: false, condition: `exited and outcome = 'EMPLOYED'` },
  { code: 'CR06', name: 'Participants in employment, including self-employment, six months after leaving', kind: 'RESULT', sensitive: false, condition: 'followed_up and follow_up_employed' },
  { code: 'CR07', name: 'Participants with an improved labour market situation six months after leaving', kind: 'RESULT', sensitive: false, condition: 'followed_up and follow_up_improved' },
];

const column = (code: string) => `"${code.toLowerCase()}"`;

export const ESF_SQL = `
with participants as (
  select e.sex, extract(year from e.selected_on)::int - e.birth_year as age,
         e.entry_labour_status as labour_status, e.entry_education as education,
         e.entry_jobless_household as jobless_household, e.entry_jobless_household_with_children as jobless_household_with_children,
         e.entry_single_adult_with_children as single_adult_with_children, e.entry_migrant_or_minority as migrant_or_minority,
         e.entry_disability as disability, e.entry_other_disadvantaged as other_disadvantaged, e.entry_housing_exclusion as housing_exclusion,
         (e.exited_on is not null and e.exited_on <= $2) as exited, e.outcome, e.qualification_on_exit,
         (f.id is not null) as followed_up, f.employed as follow_up_employed, f.improved_situation as follow_up_improved,
         (e.entry_education is not null) as complete
    from enrolment e
    left join follow_up f on f.enrolment_id = e.id and f.observed_on <= $2 and e.exited_on <= $2
   where e.selected_on <= $2 and ${inScope('e.project_code')}
)
select grouping(sex) as g_sex, sex::text as sex,
       ${ESF_INDICATORS.map((i) => `(count(*) filter (where ${i.kind === 'TOTAL' ? i.condition : `complete and (${i.condition})`}))::int as ${column(i.code)}`).join(',\n       ')}
  from participants
 group by grouping sets ((sex), ())`;

export interface IndicatorRow {
  code: string;
  name: string;
  kind: IndicatorDefinition['kind'];
  sensitive: boolean;
  women: number;
  men: number;
  total: number;
}

export async function getEsfIndicators(db: Database, scope: ReportScope): Promise<IndicatorRow[]> {
  const { rows } = await db.query<Record<string, number | string | null>>(ESF_SQL, scopeParams(scope));
  const women = rows.find((r) => r.g_sex === 0 && r.sex === 'FEMALE');
  const men = rows.find((r) => r.g_sex === 0 && r.sex === 'MALE');
  const all = rows.find((r) => r.g_sex === 1);
  return ESF_INDICATORS.map((indicator) => {
    const key = indicator.code.toLowerCase();
    return {
      code: indicator.code,
      name: indicator.name,
      kind: indicator.kind,
      sensitive: indicator.sensitive,
      women: Number(women?.[key] ?? 0),
      men: Number(men?.[key] ?? 0),
      total: Number(all?.[key] ?? 0),
    };
  });
}
