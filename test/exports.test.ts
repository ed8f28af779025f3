/** The Region's downloads: parsed back, they match the GraphQL figures value by value. */
import ExcelJS, { type CellValue } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let analyst: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
  const created = await t.gql(
    graphql(`
      mutation ExportsAnalystKey {
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

async function download(path: string, headers: Record<string, string> = {}) {
  return fetch(`${t.url}${path}`, { headers });
}

const ESF = graphql(`
  query ExportsEsf($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      name
      women
      men
      total
      suppressed
    }
  }
`);
const PROJECTS = graphql(`
  query ExportsProjects($filter: ReportFilter) {
    fundingSummary(filter: $filter) {
      projects {
        project {
          code
          name
          municipality
          alerRole
        }
        awarded
        allowancesCommitted
        withheld
      }
    }
    participation(filter: $filter) {
      project {
        code
      }
      target
      peopleReached
      attendances
      anonymousHeadcount
    }
    employmentOutcomes(filter: $filter) {
      projects {
        project {
          code
        }
        enrolled
        inProgress
        employed
        unsuccessful
        withdrawn
      }
    }
    debtRecovery(filter: $filter) {
      projects {
        project {
          code
        }
        arrearsAtEnrolment
        recoveredFromRepayments
        recoveredFromWithholding
        totalRecovered
      }
    }
  }
`);

describe.each([
  ['the public', () => ({})],
  ['an ANALYST', () => analyst],
])('for %s', (_who, headers) => {
  const filter = { asOf: '2020-08-31', projectCodes: ['FORNASE'] };
  const query = '?asOf=2020-08-31&project=FORNASE';

  it('the ESF indicators as CSV and XLSX match the GraphQL figures', async () => {
    const expected = (await t.gql(ESF, { filter }, headers())).data!.esfIndicators;
    const asText = (v: number | null) => (v === null ? '' : String(v));

    const csv = await download(`/reports/esf-indicators.csv${query}`, headers());
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await csv.text());
    expect(header).toEqual(['code', 'name', 'women', 'men', 'total', 'suppressed']);
    expect(rows).toEqual(expected.map((r) => [r.code, r.name, asText(r.women), asText(r.men), asText(r.total), String(r.suppressed)]));

    const xlsx = await download(`/reports/esf-indicators.xlsx${query}`, headers());
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('esf-indicators')!;
    const values = sheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as CellValue[]).slice(1, 7));
    expect(values).toEqual(
      expected.map((r) => [r.code, r.name, r.women ?? undefined, r.men ?? undefined, r.total ?? undefined, r.suppressed]),
    );
    expect(typeof sheet.getRow(2).getCell(5).value).toBe('number');
  });

  it('the per-project figures as CSV and XLSX match the GraphQL figures', async () => {
    const data = (await t.gql(PROJECTS, { filter: { asOf: '2020-08-31' } }, headers())).data!;
    const expected = data.fundingSummary.projects.map((f) => {
      const code = f.project.code;
      const p = data.participation.find((x) => x.project.code === code)!;
      const o = data.employmentOutcomes.projects.find((x) => x.project.code === code)!;
      const d = data.debtRecovery.projects.find((x) => x.project.code === code)!;
      return [
        code,
        f.project.name,
        f.project.municipality,
        f.project.alerRole,
        f.awarded,
        f.allowancesCommitted,
        f.withheld,
        p.target,
        p.peopleReached,
        p.attendances,
        p.anonymousHeadcount,
        o.enrolled,
        o.inProgress,
        o.employed,
        o.unsuccessful,
        o.withdrawn,
        d.arrearsAtEnrolment,
        d.recoveredFromRepayments,
        d.recoveredFromWithholding,
        d.totalRecovered,
      ];
    });
    const [header, ...rows] = parseCsv(await (await download('/reports/projects.csv?asOf=2020-08-31', headers())).text());
    expect(header![0]).toBe('code');
    expect(header).toContain('peopleReached');
    expect(rows).toEqual(expected.map((r) => r.map(String)));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await (await download('/reports/projects.xlsx?asOf=2020-08-31', headers())).arrayBuffer()) as never,
    );
    const sheet = workbook.getWorksheet('projects')!;
    const values = sheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as CellValue[]).slice(1, 21));
    expect(values).toEqual(expected.map((r) => r.map((v, i) => ([4, 5, 6, 16, 17, 18, 19].includes(i) ? Number(v) : v))));
    expect(sheet.getRow(2).getCell(5).numFmt).toContain('€');
    expect(workbook.getWorksheet('about')!.getRow(1).values).toEqual([undefined, 'asOf', '2020-08-31']);
  });
});

describe('bad requests', () => {
  it.each([
    ['/reports/projects.csv?asOf=2020-02-30', 400, 'asOf'],
    ['/reports/projects.csv?project=NOPE', 400, 'project'],
  ])('%s → %i naming %s', async (path, status, field) => {
    const response = await download(path);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it('an unknown token is 401, never the public, in the envelope with the request id', async () => {
    for (const file of ['esf-indicators.csv', 'projects.xlsx']) {
      const response = await download(`/reports/${file}`, { authorization: 'Bearer nope-nope-nope' });
      expect(response.status).toBe(401);
      const { error } = (await response.json()) as { error: { code: string; requestId: string } };
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.requestId).toBe(response.headers.get('x-request-id'));
    }
  });
});

describe('several projects', () => {
  it('takes a repeated project parameter as all of them, as the comma-separated list', async () => {
    const codes = async (query: string) => {
      const response = await download(`/reports/projects.csv?asOf=2020-08-31&${query}`, analyst);
      expect(response.status).toBe(200);
      return parseCsv(await response.text())
        .slice(1)
        .map((row) => row[0]);
    };
    const repeated = await codes('project=GOLAB&project=SAPERI');
    expect([...repeated].sort()).toEqual(['GOLAB', 'SAPERI']);
    expect(await codes('project=GOLAB,SAPERI')).toEqual(repeated);
    const esf = await download('/reports/esf-indicators.csv?asOf=2020-08-31&project=GOLAB&project=SAPERI', analyst);
    const both = await download('/reports/esf-indicators.csv?asOf=2020-08-31&project=GOLAB,SAPERI', analyst);
    expect(await esf.text()).toBe(await both.text());
  });
});

describe('synthetic figures', () => {
  it('say so in the file name and a header (CSV), and in the about sheet (XLSX)', async () => {
    const csv = await download('/reports/projects.csv?asOf=2020-08-31', analyst);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="quartieri-projects-2020-08-31-synthetic.csv"');
    expect(csv.headers.get('x-quartieri-data')).toBe('synthetic');
    // The CSV itself stays a plain table: the header row first, the same columns on every row.
    const rows = parseCsv(await csv.text());
    expect(rows[0]![0]).toBe('code');
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);

    const xlsx = await download('/reports/esf-indicators.xlsx?asOf=2020-08-31', analyst);
    expect(xlsx.headers.get('content-disposition')).toContain('-synthetic.xlsx');
    expect(xlsx.headers.get('x-quartieri-data')).toBe('synthetic');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const about = workbook
      .getWorksheet('about')!
      .getSheetValues()
      .map((row) => (row as CellValue[]).slice(1, 3));
    expect(about).toContainEqual(['data', expect.stringContaining('synthetic')]);
  });
});
