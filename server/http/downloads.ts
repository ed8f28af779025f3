/**
 * GET /reports/esf-indicators.csv|.xlsx and /reports/projects.csv|.xlsx?asOf=YYYY-MM-DD&project=CODE[,CODE]
 * Same bearer-token rules as GraphQL; the public gets the suppressed figures. Errors are thrown as
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
import { disclosureOf, projectsInScope, scopeOf } from '../modules/report/report.service.js';
import { esfTable, projectsTable, toCsv, toXlsx } from '../modules/export/export.tables.js';

export interface ExportRequest {
  table: 'esf-indicators' | 'projects';
  format: 'csv' | 'xlsx';
  asOf: string | null;
  project: string | null;
}

export interface ExportFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

type DownloadQuery = { Params: { file: string }; Querystring: { asOf?: string | string[]; project?: string | string[] } };

/** Adds the download routes; `makeContext` resolves the caller from the request's Authorization. */
export function addDownloadRoutes(
  app: FastifyInstance,
  makeContext: (authorization: string | undefined, requestId: string) => Promise<Context>,
): void {
  app.get<DownloadQuery>('/reports/:file', async (request, reply) => {
    const match = /^(esf-indicators|projects)\.(csv|xlsx)$/.exec(request.params.file);
    if (!match) return reply.callNotFound();
    const wanted: ExportRequest = {
      table: match[1] as ExportRequest['table'],
      format: match[2] as ExportRequest['format'],
      asOf: one(request.query.asOf),
      project: one(request.query.project),
    };
    const file = await serveExport(wanted, () => makeContext(request.headers.authorization, request.id));
    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });
}

/** A query parameter given twice arrives as an array: read it as the comma-joined text. */
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
  let ctx: Context;
  try {
    ctx = await makeContext();
  } catch (error) {
    if (error instanceof GraphQLError) throw new HttpError(401, 'UNAUTHENTICATED', error.message);
    throw error;
  }
  try {
    const disclosure = disclosureOf(ctx);
    const scope = scopeOf({ asOf, projectCodes }, disclosure, table === 'esf-indicators' ? 'ESF' : 'REPORTS');
    const projects = await projectsInScope(ctx, scope);
    const data =
      table === 'esf-indicators' ? await esfTable(ctx, scope, disclosure) : await projectsTable(ctx, scope, projects, disclosure);
    const name = `quartieri-${table}-${scope.asOf}`;
    if (format === 'csv') {
      return { contentType: 'text/csv; charset=utf-8', filename: `${name}.csv`, body: toCsv(data) };
    }
    const about: [string, string][] = [
      ['asOf', scope.asOf],
      ['projects', projects.map((p) => p.code).join(', ')],
      ['figures', figuresNote(disclosure)],
      ['source', 'Quartieri, the reporting hub of the Laboratori Sociali di Quartiere (ALER Milano)'],
    ];
    const body = await toXlsx(data, about);
    return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${name}.xlsx`, body };
  } catch (error) {
    if (error instanceof DomainError) throw badParameter(error);
    throw error;
  }
}
