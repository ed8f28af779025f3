/**
 * The Region's annual ESF tables (issue 13, item 5) over the demo data: each year's value is the
 * difference of the cumulative esfIndicators as of 31 December of that year and of the year before,
 * the cumulative value is esfIndicators as of the last year end (exact for a key; for the public the
 * published yearly releases, so every public value is one the public could already work out), per
 * project and for all projects; and the downloads carry the same figures, numbers as numbers.
 */
import ExcelJS, { type CellValue } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInItaly } from '../server/dates.js';
import { graphql } from './gql/index.js';
import type { EsfAnnualTableQuery, EsfAnnualCumulativeQuery } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const PUBLIC = {};
const SEXES = ['total', 'men', 'women'] as const;
type Table = EsfAnnualTableQuery['esfAnnualTable'];
type Line = Table['indicators'][number];
type Counts = Pick<Line['cumulative'], (typeof SEXES)[number]>;

const ANNUAL = graphql(`
  query EsfAnnualTable($filter: ReportFilter, $fromYear: Int, $toYear: Int) {
    esfAnnualTable(filter: $filter, fromYear: $fromYear, toYear: $toYear) {
      fromYear
      toYear
      asOf
      years
      indicators {
        ...EsfAnnualLine
      }
      projects {
        project {
          code
          startDate
        }
        indicators {
          ...EsfAnnualLine
        }
      }
    }
  }
  fragment EsfAnnualLine on EsfAnnualIndicator {
    code
    name
    annual {
      year
      total
      men
      women
    }
    cumulative {
      total
      men
      women
    }
  }
`);
const CUMULATIVE = graphql(`
  query EsfAnnualCumulative($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      name
      total
      men
      women
    }
  }
`);
type Cumulative = EsfAnnualCumulativeQuery['esfIndicators'];

let t: TestApp;
let analyst: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
  const created = await t.gql(
    graphql(`
      mutation EsfAnnualAnalystKey {
        createApiKey(input: { role: ANALYST, label: "Regione" }) {
          token
        }
      }
    `),
    {},
    AS_ADMIN,
  );
  analyst = { authorization: `Bearer ${created.data!.createApiKey.token}` };
});
afterAll(() => t?.close());

async function annual(headers: Record<string, string>, variables: Record<string, unknown> = {}): Promise<Table> {
  const response = await t.gql(ANNUAL, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.esfAnnualTable;
}

/** esfIndicators as of 31 December of a year, for all projects (null) or some, as `headers` sees it; once per key. */
const cumulatives = new Map<string, Promise<Cumulative>>();
function cumulativeAt(headers: Record<string, string>, year: number, projects: string[] | null): Promise<Cumulative> {
  const key = `${JSON.stringify(headers)}|${year}|${JSON.stringify(projects)}`;
  let found = cumulatives.get(key);
  if (!found) {
    const filter = { asOf: `${year}-12-31`, ...(projects ? { projectCodes: projects } : {}) };
    found = t.gql(CUMULATIVE, { filter }, headers).then((r) => {
      expect(r.errors).toBeUndefined();
      return r.data!.esfIndicators;
    });
    cumulatives.set(key, found);
  }
  return found;
}

const counts = (row: Counts): Counts => ({ total: row.total, men: row.men, women: row.women });
const difference = (later: Counts, earlier: Counts): Counts =>
  Object.fromEntries(SEXES.map((s) => [s, later[s] === null || earlier[s] === null ? null : later[s] - earlier[s]])) as Counts;

/** Checks every line of a table (all projects, or one) against esfIndicators at the year ends. */
async function expectDifferences(headers: Record<string, string>, table: Table, lines: Line[], projects: string[] | null) {
  const ends = await Promise.all([table.fromYear - 1, ...table.years].map((year) => cumulativeAt(headers, year, projects)));
  expect(lines.map((l) => l.code)).toEqual(ends.at(-1)!.map((r) => r.code));
  for (const [i, line] of lines.entries()) {
    expect(line.annual.map((a) => a.year)).toEqual(table.years);
    const yearly = line.annual.map(({ year: _year, ...value }) => value);
    expect(yearly).toEqual(table.years.map((_, y) => difference(counts(ends[y + 1]![i]!), counts(ends[y]![i]!))));
    expect(line.cumulative).toEqual(counts(ends.at(-1)![i]!));
  }
}

describe('for a key: exact', () => {
  let table: Table;
  beforeAll(async () => {
    table = await annual(AS_ADMIN);
  });

  it('runs by default from the first project start year to the last complete year', () => {
    const firstStart = Math.min(...table.projects.map((p) => Number(p.project.startDate.slice(0, 4))));
    expect(table.fromYear).toBe(firstStart);
    expect(table.toYear).toBe(Number(todayInItaly().slice(0, 4)) - 1);
    expect(table.asOf).toBe(`${table.toYear}-12-31`);
    expect(table.years).toEqual(Array.from({ length: table.toYear - table.fromYear + 1 }, (_, i) => table.fromYear + i));
    expect(table.projects).toHaveLength(8);
  });

  it('each year is the difference of the cumulative esfIndicators at the year ends, for all projects and per project', async () => {
    await expectDifferences(AS_ADMIN, table, table.indicators, null);
    for (const p of table.projects) await expectDifferences(AS_ADMIN, table, p.indicators, [p.project.code]);
  });

  it('the years add up to the cumulative value, which is esfIndicators as of the last year end', async () => {
    const before = await cumulativeAt(AS_ADMIN, table.fromYear - 1, null);
    expect(before.every((r) => r.total === 0)).toBe(true);
    const last = await cumulativeAt(AS_ADMIN, table.toYear, null);
    for (const line of [...table.indicators, ...table.projects.flatMap((p) => p.indicators)]) {
      for (const sex of SEXES) expect(line.annual.reduce((sum, a) => sum + a[sex]!, 0)).toBe(line.cumulative[sex]);
    }
    expect(table.indicators.map((l) => l.cumulative)).toEqual(last.map(counts));
    const participants = table.indicators.find((l) => l.code === 'PARTICIPANTS')!;
    expect(participants.cumulative.total).toBeGreaterThan(0);
    expect(participants.annual.filter((a) => a.total! > 0).length).toBeGreaterThan(1);
    // all projects = the sum of the projects, year by year
    for (const [i, line] of table.indicators.entries()) {
      for (const [y, value] of line.annual.entries()) {
        expect(table.projects.reduce((sum, p) => sum + p.indicators[i]!.annual[y]!.total!, 0)).toBe(value.total);
      }
    }
  });

  it('takes the years and the projects asked for', async () => {
    const two = await annual(analyst, { filter: { projectCodes: ['GOLAB', 'FORNASE'] }, fromYear: 2019, toYear: 2020 });
    expect(two.years).toEqual([2019, 2020]);
    expect(two.projects.map((p) => p.project.code)).toEqual(['GOLAB', 'FORNASE']);
    await expectDifferences(analyst, two, two.indicators, ['GOLAB', 'FORNASE']);
    await expectDifferences(analyst, two, two.projects[0]!.indicators, ['GOLAB']);
    const midYear = await annual(analyst, { filter: { asOf: '2020-06-30' } });
    expect(midYear.toYear).toBe(2019);
    expect((await annual(analyst, { filter: { asOf: '2020-12-31' } })).toYear).toBe(2020);
  });
});

describe('for the public: from the yearly releases', () => {
  let table: Table;
  beforeAll(async () => {
    table = await annual(PUBLIC);
  });

  it('every annual value is the difference of two published year-end tables, every cumulative the published one', async () => {
    await expectDifferences(PUBLIC, table, table.indicators, null);
    for (const p of table.projects) await expectDifferences(PUBLIC, table, p.indicators, [p.project.code]);
  });

  it('is not the exact table, and has its blanks where a release has one', async () => {
    const exact = await annual(AS_ADMIN);
    expect(table.years).toEqual(exact.years);
    expect(table.projects).not.toEqual(exact.projects);
    const cells = table.projects.flatMap((p) => p.indicators.flatMap((l) => l.annual.flatMap((a) => SEXES.map((s) => a[s]))));
    expect(cells).toContain(null);
  });

  it('stops at the last yearly release', async () => {
    const day = await annual(PUBLIC, { filter: { asOf: '2020-06-30' } });
    expect(day.toYear).toBe(2019);
    const response = await t.gql(ANNUAL, { filter: { asOf: '2020-06-30' }, toYear: 2020 }, PUBLIC);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('toYear');
    const reversed = await t.gql(ANNUAL, { fromYear: 2020, toYear: 2019 }, PUBLIC);
    expect(reversed.errors?.[0]?.extensions?.field).toBe('fromYear');
  });
});

/** A small RFC 4180 reader for the tests (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

describe.each([
  ['the public', () => PUBLIC, 'public:'],
  ['an ANALYST', () => analyst, 'exact'],
])('the download, for %s', (_who, headers, figures) => {
  const query = '?fromYear=2018&toYear=2020&project=FORNASE,GOLAB';

  it('as CSV and XLSX, the GraphQL table line by line, numbers as numbers', async () => {
    const table = await annual(headers(), { filter: { projectCodes: ['FORNASE', 'GOLAB'] }, fromYear: 2018, toYear: 2020 });
    const expected = [
      ...table.indicators.map((l) => ['ALL', l] as const),
      ...table.projects.flatMap((p) => p.indicators.map((l) => [p.project.code, l] as const)),
    ].map(([project, l]) => [
      project,
      l.code,
      l.name,
      ...l.annual.flatMap((a) => SEXES.map((s) => a[s])),
      ...SEXES.map((s) => l.cumulative[s]),
    ]);

    const csv = await fetch(`${t.url}/reports/esf-annual.csv${query}`, { headers: headers() });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('quartieri-esf-annual-2018-2020-synthetic.csv');
    const [header, ...rows] = parseCsv(await csv.text());
    expect(header).toEqual([
      'project',
      'code',
      'name',
      ...['2018', '2019', '2020', 'cumulative'].flatMap((period) => SEXES.map((s) => `${period} ${s}`)),
    ]);
    expect(rows).toEqual(expected.map((r) => r.map((v) => (v === null ? '' : String(v)))));

    const xlsx = await fetch(`${t.url}/reports/esf-annual.xlsx${query}`, { headers: headers() });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('esf-annual')!;
    const values = expected.map((_, i) => header!.map((_name, c) => sheet.getRow(i + 2).getCell(c + 1).value));
    expect(values).toEqual(expected.map((r) => r.map((v) => v ?? null))); // a blank public figure: an empty cell
    const participants = sheet.getRow(2);
    expect(participants.getCell(2).value).toBe('PARTICIPANTS');
    for (let column = 4; column <= header!.length; column += 1) expect(typeof participants.getCell(column).value).toBe('number');

    const about = new Map(
      (workbook.getWorksheet('about')!.getSheetValues().slice(1) as CellValue[][]).map((row) => [row[1] as string, row[2] as string]),
    );
    expect(about.get('asOf')).toBe('2020-12-31');
    expect(about.get('projects')).toBe('FORNASE, GOLAB');
    expect(about.get('figures')!.startsWith(figures)).toBe(true);
    expect(about.get('data')).toMatch(/^synthetic/);
  });

  it('refuses a year that is not one, naming it', async () => {
    const response = await fetch(`${t.url}/reports/esf-annual.csv?fromYear=20x9`, { headers: headers() });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('fromYear');
    const late = await fetch(`${t.url}/reports/esf-annual.xlsx?toYear=2999`, { headers: headers() });
    expect(late.status).toBe(400);
    expect(((await late.json()) as { error: { field: string } }).error.field).toBe('toYear');
  });
});
