/**
 * The tables the Region downloads: the ESF indicators and the per-project figures, as of a day,
 * and the ESF indicators per year (the Annual Implementation Report's layout): the request's exact
 * reports (the same as the GraphQL fields'), shown through the disclosure the caller gets. Column
 * names are the GraphQL field names (the annual table's: "2019 total", …, "cumulative women").
 */
import type { Disclosure } from '../../disclosure/audience.js';
import { debtView } from '../../disclosure/debt.js';
import { esfView } from '../../disclosure/esf.js';
import { esfAnnualView, type AnnualIndicatorView } from '../../disclosure/esf-annual.js';
import { fundingView } from '../../disclosure/funding.js';
import { outcomesView } from '../../disclosure/outcomes.js';
import { participationView } from '../../disclosure/participation.js';
import { formatCents } from '../../money.js';
import type { ReportScope } from '../../reporting/filters.js';
import type { Project } from '../project/project.entity.js';
import { exactReport, outcomesForView, type EsfAnnualReports, type ReportRequest } from '../report/report.service.js';

export type ColumnKind = 'text' | 'count' | 'money' | 'boolean';
export interface Column {
  name: string;
  kind: ColumnKind;
}
export type Value = string | number | boolean | null;
export interface ExportTable {
  name: string;
  columns: Column[];
  rows: Value[][];
}

export async function esfTable(ctx: ReportRequest, scope: ReportScope, disclosure: Disclosure): Promise<ExportTable> {
  const [exact, outcomes] = await Promise.all([exactReport(ctx, 'esf', scope), outcomesForView(ctx, scope, disclosure)]);
  const rows = esfView(exact, disclosure, outcomes);
  return {
    name: 'esf-indicators',
    columns: [
      { name: 'code', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'women', kind: 'count' },
      { name: 'men', kind: 'count' },
      { name: 'total', kind: 'count' },
      { name: 'suppressed', kind: 'boolean' },
    ],
    rows: rows.map((r) => [r.code, r.name, r.women, r.men, r.total, r.suppressed]),
  };
}

/** The label of the lines for all the projects of the annual table together (the programme when no project is named). */
export const ALL_PROJECTS = 'ALL';

/**
 * The ESF indicators per year, as the Annual Implementation Report lays them out: one line per
 * indicator, for all the projects together (project "ALL") then for each project; for each year
 * its total, men and women, then the cumulative total, men and women. Blank: a hidden public figure.
 */
export function esfAnnualExportTable(reports: EsfAnnualReports, disclosure: Disclosure): ExportTable {
  const view = esfAnnualView(
    reports.yearEnds,
    reports.projects.map((p) => p.code),
    disclosure,
  );
  const sexes = ['total', 'men', 'women'] as const;
  const lines = (project: string, indicators: AnnualIndicatorView[]) =>
    indicators.map((row) => [
      project,
      row.code,
      row.name,
      ...row.annual.flatMap((year) => sexes.map((sex) => year[sex])),
      ...sexes.map((sex) => row.cumulative[sex]),
    ]);
  return {
    name: 'esf-annual',
    columns: [
      { name: 'project', kind: 'text' },
      { name: 'code', kind: 'text' },
      { name: 'name', kind: 'text' },
      ...[...view.years.map(String), 'cumulative'].flatMap((period) =>
        sexes.map((sex): Column => ({ name: `${period} ${sex}`, kind: 'count' })),
      ),
    ],
    rows: [lines(ALL_PROJECTS, view.indicators), ...view.projects.map((p) => lines(p.code, p.indicators))].flat(),
  };
}

/** What the per-project table shows of a project besides its figures. */
export type ProjectColumns = Pick<Project, 'code' | 'name' | 'municipality' | 'alerRole' | 'involvementTarget'>;

/** Per project: funding, people reached, outcomes and debt recovered (project totals: the same in every view). */
export async function projectsTable(
  ctx: ReportRequest,
  scope: ReportScope,
  projects: ProjectColumns[],
  disclosure: Disclosure,
): Promise<ExportTable> {
  const [funding, participation, outcomes, debt] = await Promise.all([
    Promise.all([exactReport(ctx, 'funding', scope), outcomesForView(ctx, scope, disclosure)]).then(([exact, outcomes]) =>
      fundingView(exact, disclosure, outcomes),
    ),
    exactReport(ctx, 'participation', scope).then((exact) => participationView(exact, disclosure)),
    exactReport(ctx, 'outcomes', scope).then((exact) => outcomesView(exact, disclosure)),
    exactReport(ctx, 'debt', scope).then((exact) => debtView(exact, disclosure)),
  ]);
  const f = new Map(funding.projects.map((p) => [p.code, p]));
  const p = new Map(participation.map((x) => [x.code, x]));
  const o = new Map(outcomes.projects.map((x) => [x.code, x]));
  const d = new Map(debt.projects.map((x) => [x.code, x]));
  const money = (cents: bigint | undefined) => formatCents(cents ?? 0n);
  return {
    name: 'projects',
    columns: [
      { name: 'code', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'municipality', kind: 'text' },
      { name: 'alerRole', kind: 'text' },
      { name: 'awarded', kind: 'money' },
      { name: 'allowancesCommitted', kind: 'money' },
      { name: 'withheld', kind: 'money' },
      { name: 'target', kind: 'count' },
      { name: 'peopleReached', kind: 'count' },
      { name: 'attendances', kind: 'count' },
      { name: 'anonymousHeadcount', kind: 'count' },
      { name: 'enrolled', kind: 'count' },
      { name: 'inProgress', kind: 'count' },
      { name: 'employed', kind: 'count' },
      { name: 'unsuccessful', kind: 'count' },
      { name: 'withdrawn', kind: 'count' },
      { name: 'arrearsAtEnrolment', kind: 'money' },
      { name: 'recoveredFromRepayments', kind: 'money' },
      { name: 'recoveredFromWithholding', kind: 'money' },
      { name: 'totalRecovered', kind: 'money' },
    ],
    rows: projects.map((project) => {
      const code = project.code;
      return [
        code,
        project.name,
        project.municipality,
        project.alerRole,
        money(f.get(code)?.awardedCents),
        money(f.get(code)?.allowancesCommittedCents),
        money(f.get(code)?.withheldCents),
        p.get(code)?.target ?? project.involvementTarget,
        p.get(code)?.peopleReached ?? 0,
        p.get(code)?.attendances ?? 0,
        p.get(code)?.anonymousHeadcount ?? 0,
        o.get(code)?.enrolled ?? 0,
        o.get(code)?.inProgress ?? 0,
        o.get(code)?.employed ?? 0,
        o.get(code)?.unsuccessful ?? 0,
        o.get(code)?.withdrawn ?? 0,
        money(d.get(code)?.arrearsCents),
        money(d.get(code)?.repaidCents),
        money(d.get(code)?.withheldCents),
        money(d.get(code)?.recoveredCents),
      ];
    }),
  };
}

function csvCell(value: Value): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: comma-separated, a header row of the GraphQL field names; hidden counts are empty. */
export function toCsv(table: ExportTable): string {
  return `${[table.columns.map((c) => c.name), ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A workbook: the table's sheet (numbers as numbers, money in euro) and an "about" sheet. */
export async function toXlsx(table: ExportTable, about: [string, string][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quartieri';
  const sheet = workbook.addWorksheet(table.name);
  sheet.columns = table.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: c.kind === 'text' ? 28 : 16,
    ...(c.kind === 'money' ? { style: { numFmt: '#,##0.00 "€"' } } : {}),
  }));
  for (const row of table.rows) {
    sheet.addRow(row.map((value, i) => (table.columns[i]!.kind === 'money' && typeof value === 'string' ? Number(value) : value)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const info = workbook.addWorksheet('about');
  info.columns = [{ width: 24 }, { width: 90 }];
  for (const line of about) info.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
