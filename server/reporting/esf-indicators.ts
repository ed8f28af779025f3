import type { Database } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';
import { suppressCells } from './suppression.js';

/**
 * The ESF 2014-2020 common indicators (Regulation (EU) No 1304/2013, Annex I) over the
 * participants of the reintegration path (one participant = one enrolment selected up to asOf),
 * by sex, from the participant's situation at entry recorded on the enrolment.
 *
 * Which indicators a participant counts in is defined once, in SQL: the functions
 * esf_output_codes and esf_result_events of the reporting migration (a participant with
 * incomplete non-sensitive data counts only in PARTICIPANTS and INCOMPLETE). The triggers keep
 * `esf_daily`, their sums per project, day, sex and indicator; this report adds them up to asOf.
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
  { code: 'CO15', name: 'Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)', kind: 'OUTPUT', sensitive: true },
  { code: 'CO16', name: 'Participants with disabilities', kind: 'OUTPUT', sensitive: true },
  { code: 'CO17', name: 'Other disadvantaged people', kind: 'OUTPUT', sensitive: true },
  { code: 'CO18', name: 'Homeless or affected by housing exclusion', kind: 'OUTPUT', sensitive: false },
  { code: 'CR03', name: 'Participants gaining a qualification upon leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR04', name: 'Participants in employment, including self-employment, upon leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR06', name: 'Participants in employment, including self-employment, six months after leaving', kind: 'RESULT', sensitive: false },
  { code: 'CR07', name: 'Participants with an improved labour market situation six months after leaving', kind: 'RESULT', sensitive: false },
];

export const ESF_SQL = `
select grouping(sex) as g_sex, sex::text as sex, code, sum(participants)::int as participants
  from esf_daily
 where day <= $2 and ${inScope('project_code')}
 group by grouping sets ((sex, code), (code))`;

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
  const { rows } = await db.query<{ g_sex: number; sex: string | null; code: string; participants: number }>(ESF_SQL, scopeParams(scope));
  const count = (code: string, sex: string | null) =>
    rows.find((r) => r.code === code && (sex === null ? r.g_sex === 1 : r.g_sex === 0 && r.sex === sex))?.participants ?? 0;
  return ESF_INDICATORS.map((indicator) => ({
    ...indicator,
    women: count(indicator.code, 'FEMALE'),
    men: count(indicator.code, 'MALE'),
    total: count(indicator.code, null),
  }));
}

/** The indicator counts per project and sex, for suppression (which must not depend on the query's scope). */
export const ESF_BY_PROJECT_SQL = `
select project_code, sex::text as sex, code, sum(participants)::int as participants
  from esf_daily
 where day <= $2 and ${inScope('project_code')}
 group by project_code, sex, code`;

/** The labour-market partition of the complete records: PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05. */
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Column = (typeof COLUMNS)[number];

/** The identities the public knows among one table's cells ("CODE:column"). */
function esfGroups(): string[][] {
  const groups: string[][] = ESF_INDICATORS.map((i) => COLUMNS.map((c) => `${i.code}:${c}`));
  for (const c of COLUMNS) groups.push(PARTITION.map((code) => `${code}:${c}`));
  return groups;
}

/**
 * The indicators as the public sees them: every project's table is suppressed on its own (so the
 * pattern does not depend on which projects a query names), then the sum over the scope publishes
 * a cell only when every project's cell in it is published, and is suppressed again as a table.
 * The participants total of a project is a project total (published as `enrolled` too): never hidden.
 */
export async function getEsfIndicatorsForPublic(db: Database, scope: ReportScope, threshold: number): Promise<(IndicatorRow & { hidden: Set<Column> })[]> {
  const { rows } = await db.query<{ project_code: string; sex: string; code: string; participants: number }>(ESF_BY_PROJECT_SQL, scopeParams(scope));
  const groups = esfGroups();
  const fixed = new Set(['PARTICIPANTS:total']);
  const table = (count: (code: string, sex: 'FEMALE' | 'MALE') => number) => {
    const values = new Map<string, number>();
    for (const { code } of ESF_INDICATORS) {
      const women = count(code, 'FEMALE');
      const men = count(code, 'MALE');
      values.set(`${code}:women`, women).set(`${code}:men`, men).set(`${code}:total`, women + men);
    }
    return values;
  };
  // A project without any participant is a table of zeros: it hides nothing and adds nothing.
  const projectCodes = [...new Set(rows.map((r) => r.project_code))];
  const perProject = new Map<string, Map<string, number>>();
  for (const code of projectCodes) {
    perProject.set(code, table((c, sex) => rows.find((r) => r.project_code === code && r.code === c && r.sex === sex)?.participants ?? 0));
  }
  const hiddenInSomeProject = new Set<string>();
  for (const values of perProject.values()) for (const name of suppressCells(values, groups, threshold, { fixed })) hiddenInSomeProject.add(name);
  const sum = table((c, sex) => [...perProject.values()].reduce((s, v) => s + (v.get(`${c}:${sex === 'FEMALE' ? 'women' : 'men'}`) ?? 0), 0));
  const hidden = suppressCells(sum, groups, threshold, { fixed, alsoHidden: hiddenInSomeProject });
  return ESF_INDICATORS.map((indicator) => {
    const cell = (c: Column) => (hidden.has(`${indicator.code}:${c}`) ? null : sum.get(`${indicator.code}:${c}`)!);
    return {
      ...indicator,
      women: cell('women') as number,
      men: cell('men') as number,
      total: cell('total') as number,
      hidden: new Set(COLUMNS.filter((c) => hidden.has(`${indicator.code}:${c}`))),
    };
  });
}
