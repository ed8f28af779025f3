/**
 * GET /reports/esf-indicators.csv|.xlsx and /reports/projects.csv|.xlsx?asOf=YYYY-MM-DD&project=CODE[,CODE]
 * GET /reports/esf-annual.csv|.xlsx?asOf=…&project=…&fromYear=YYYY&toYear=YYYY (esfAnnualTable's arguments)
 * Same bearer-token rules as GraphQL; the public gets the public release. Errors are thrown as
 * HttpError and answered in the edge's one envelope (server/http/errors.ts).
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { DomainError, invalid } from '../domain/errors.js';
import { MAX_PROJECT_CODES, MAX_STRING_ARGUMENT } from '../domain/limits.js';
import { dateInRange, wellFormed } from '../domain/rules.js';
import { figuresNote } from '../disclosure/audience.js';
import { HttpError } from './errors.js';
import { disclosureOf, projectsInScope, runEsfAnnual, scopeOf } from '../modules/report/report.service.js';
import { esfAnnualExportTable, esfTable, projectsTable, toCsv, toXlsx, type ExportTable } from '../modules/export/export.tables.js';
import { usesSyntheticData } from '../reporting/synthetic.js';

export interface ExportRequest {
  table: 'esf-indicators' | 'projects' | 'esf-annual';
  format: 'csv' | 'xlsx';
  asOf: string | null;
  project: string | null;
  /** esf-annual only. */
  fromYear?: string | null;
  toYear?: string | null;
}

export interface ExportFile {
  contentType: string;
  /** Ends in `-synthetic` when the figures come from the synthetic demo population. */
  filename: string;
  body: string | Buffer;
  /** The figures come from the synthetic demo population (header X-Quartieri-Data: synthetic). */
  synthetic: boolean;
}

type Parameter = string | string[] | undefined;
type DownloadQuery = {
  Params: { file: string };
  Querystring: { asOf?: Parameter; project?: Parameter; fromYear?: Parameter; toYear?: Parameter };
};

/** Adds the download routes; `makeContext` resolves the caller from the request's Authorization. */
export function addDownloadRoutes(
  app: FastifyInstance,
  makeContext: (authorization: string | undefined, requestId: string) => Promise<Context>,
): void {
  app.get<DownloadQuery>('/reports/:file', async (request, reply) => {
    const match = /^(esf-indicators|projects|esf-annual)\.(csv|xlsx)$/.exec(request.params.file);
    if (!match) return reply.callNotFound();
    const wanted: ExportRequest = {
      table: match[1] as ExportRequest['table'],
      format: match[2] as ExportRequest['format'],
      asOf: one(request.query.asOf),
      project: one(request.query.project),
      fromYear: one(request.query.fromYear),
      toYear: one(request.query.toYear),
    };
    const file = await serveExport(wanted, () => makeContext(request.headers.authorization, request.id));
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-quartieri-data', file.synthetic ? 'synthetic' : 'recorded')
      .send(file.body);
  });
}

/** A query parameter given twice arrives as an array: read it as the comma-joined text (`project=A&project=B` is `A,B`). */
function one(value: string | string[] | undefined): string | null {
  return value === undefined ? null : String(value);
}

/** The query parameters' field names in the errors (the rules name the GraphQL filter's). */
const PARAMETER: Record<string, string> = { 'filter.asOf': 'asOf', 'filter.projectCodes': 'project' };

/** A DomainError as the download's 400, naming the query parameter at fault. */
function badParameter(error: DomainError): HttpError {
  const field = error.field === undefined ? undefined : (PARAMETER[error.field] ?? error.field);
  return new HttpError(400, 'BAD_USER_INPUT', error.message, field);
}

/** A year parameter: four digits, or absent. */
function year(name: string, value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^[0-9]{4}$/.test(value))
    throw badParameter(invalid(name, `${name} must be a year written YYYY, got ${JSON.stringify(value.slice(0, 20))}`));
  return Number(value);
}

/**
 * The query parameters, checked before anything runs: asOf a real day in the documented range
 * (2000-01-01 to ten years after today), project at most 100 codes; both text PostgreSQL can keep.
 */
function checkParameters(asOf: string | null, project: string | null): string[] | null {
  try {
    if (asOf !== null) {
      wellFormed('asOf', asOf);
      dateInRange('asOf', asOf);
    }
    if (project === null || project === '') return null;
    wellFormed('project', project);
    if (project.length > MAX_STRING_ARGUMENT) throw invalid('project', `project has more than ${MAX_STRING_ARGUMENT} characters`);
    const codes = project
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (codes.length > MAX_PROJECT_CODES) throw invalid('project', `project names more than ${MAX_PROJECT_CODES} projects`);
    return codes;
  } catch (error) {
    if (error instanceof DomainError) throw badParameter(error);
    throw error;
  }
}

export async function serveExport(request: ExportRequest, makeContext: () => Promise<Context>): Promise<ExportFile> {
  const { table, format, asOf, project } = request;
  const projectCodes = checkParameters(asOf, project);
  const years = table === 'esf-annual' ? { from: year('fromYear', request.fromYear), to: year('toYear', request.toYear) } : null;
  let ctx: Context;
  try {
    ctx = await makeContext();
  } catch (error) {
    if (error instanceof GraphQLError) throw new HttpError(401, 'UNAUTHENTICATED', error.message);
    throw error;
  }
  try {
    const disclosure = disclosureOf(ctx);
    let data: ExportTable;
    let name: string;
    let about: [string, string][];
    if (years) {
      const reports = await runEsfAnnual(ctx, { asOf, projectCodes }, years.from, years.to);
      data = esfAnnualExportTable(reports, disclosure);
      name = `quartieri-${table}-${reports.fromYear}-${reports.toYear}`;
      about = [
        ['asOf', `${reports.toYear}-12-31`],
        ['years', `${reports.fromYear}-${reports.toYear}`],
        ['projects', reports.projects.map((p) => p.code).join(', ')],
        [
          'layout',
          'ESF indicators as in the Annual Implementation Report: per year, the participants counted in that year (the cumulative figure as of 31 December minus that of the year before), then the cumulative figure as of 31 December of the last year; project ALL = all the projects listed above together',
        ],
      ];
    } else {
      const scope = scopeOf({ asOf, projectCodes }, disclosure, table === 'esf-indicators' ? 'ESF' : 'REPORTS');
      const projects = await projectsInScope(ctx, scope);
      data = table === 'esf-indicators' ? await esfTable(ctx, scope, disclosure) : await projectsTable(ctx, scope, projects, disclosure);
      name = `quartieri-${table}-${scope.asOf}`;
      about = [
        ['asOf', scope.asOf],
        ['projects', projects.map((p) => p.code).join(', ')],
      ];
    }
    // A CSV has no room for a note a parser would not choke on: the file's name and a header say
    // it (the XLSX says it in its about sheet too).
    const synthetic = await usesSyntheticData(ctx.db);
    if (synthetic) name = `${name}-synthetic`;
    if (format === 'csv') {
      return { contentType: 'text/csv; charset=utf-8', filename: `${name}.csv`, body: toCsv(data), synthetic };
    }
    about.push(['figures', figuresNote(disclosure)]);
    if (synthetic) {
      about.push(['data', 'synthetic: the demo population generated by the hub, not real people (figures over it describe no one)']);
    }
    about.push(['source', 'Quartieri, the reporting hub of the Laboratori Sociali di Quartiere (ALER Milano)']);
    const body = await toXlsx(data, about);
    return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${name}.xlsx`, body, synthetic };
  } catch (error) {
    if (error instanceof DomainError) throw badParameter(error);
    throw error;
  }
}
