/**
 * The public's ESF indicators over the demo data: no count from 1 to 9 below project level, and
 * no hidden cell that subtraction could recover — within a project's table, and across projects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

const PROJECTS = ['GOLAB', 'PRO_SALOMONE', 'FORNASE', 'SAPERI', 'NESSUNO_ESCLUSO', 'LSQ_RHO', 'QUARTIERE_IN_CORSO', 'SESTOINSIEME'];
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Row = { code: string; women: number | null; men: number | null; total: number | null; suppressed: boolean };
const ESF = 'query($filter: ReportFilter) { esfIndicators(filter: $filter) { code women men total suppressed } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

async function esf(filter: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Row[]> {
  const response = await t.gql<{ esfIndicators: Row[] }>(ESF, { filter }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.esfIndicators;
}

const nulls = (cells: (number | null)[]) => cells.filter((c) => c === null).length;

describe.each(['2019-03-31', '2019-12-31', '2021-02-28'])('as of %s', (asOf) => {
  const scopes = [...PROJECTS.map((code) => [code]), undefined];
  let tables: Map<string, { public: Row[]; exact: Row[] }>;

  beforeAll(async () => {
    tables = new Map();
    for (const projectCodes of scopes) {
      const filter = { asOf, ...(projectCodes ? { projectCodes } : {}) };
      tables.set(projectCodes?.[0] ?? 'ALL', { public: await esf(filter), exact: await esf(filter, AS_ADMIN) });
    }
  });

  it('the public gets no count from 1 to 9, only the participants total of a project, which it has anyway', () => {
    for (const [scope, { public: rows }] of tables) {
      for (const row of rows) {
        for (const column of COLUMNS) {
          const value = row[column];
          if (row.code === 'PARTICIPANTS' && column === 'total') continue;
          expect(value === null || value === 0 || value >= 10, `${scope} ${row.code} ${column} = ${value}`).toBe(true);
        }
      }
    }
  });

  it('what the public gets is exact, and marked when a cell is hidden', () => {
    for (const [scope, { public: rows, exact }] of tables) {
      rows.forEach((row, i) => {
        const truth = exact[i]!;
        expect(row.code).toBe(truth.code);
        for (const column of COLUMNS) if (row[column] !== null) expect(row[column], `${scope} ${row.code} ${column}`).toBe(truth[column]);
        expect(row.suppressed).toBe(nulls(COLUMNS.map((c) => row[c])) > 0);
        expect(truth.suppressed).toBe(false);
      });
    }
  });

  it('no hidden cell is alone in an identity the public knows', () => {
    for (const [scope, { public: rows }] of tables) {
      const byCode = new Map(rows.map((r) => [r.code, r]));
      for (const row of rows) expect(nulls(COLUMNS.map((c) => row[c])), `${scope} ${row.code}: women + men = total`).not.toBe(1);
      for (const column of COLUMNS) {
        const cells = PARTITION.map((code) => byCode.get(code)![column]);
        expect(nulls(cells), `${scope} ${column}: participants = incomplete + CO01 + CO03 + CO05`).not.toBe(1);
      }
    }
  });

  it('a cell of the all-projects table is published only when every project\'s cell under it is', () => {
    const all = tables.get('ALL')!.public;
    all.forEach((row, i) => {
      for (const column of COLUMNS) {
        if (row[column] === null) continue;
        for (const code of PROJECTS) expect(tables.get(code)!.public[i]![column], `${code} ${row.code} ${column}`).not.toBeNull();
      }
    });
  });

  it('hides something in the small projects, and not everything', () => {
    const hiddenCells = [...tables.values()].flatMap(({ public: rows }) => rows.flatMap((r) => COLUMNS.map((c) => r[c]))).filter((v) => v === null);
    const allCells = [...tables.values()].length * tables.get('ALL')!.public.length * 3;
    expect(hiddenCells.length).toBeGreaterThan(0);
    expect(hiddenCells.length).toBeLessThan(allCells);
  });
});
