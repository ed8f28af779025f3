/**
 * GET /reports/esf-indicators.csv|.xlsx and /reports/projects.csv|.xlsx?asOf=YYYY-MM-DD&project=CODE[,CODE]
 * Same bearer-token rules as GraphQL; the public gets the suppressed figures.
 */
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { isIsoDate } from '../../dates.js';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../../domain/errors.js';
import { figuresNote } from '../../disclosure/audience.js';
import { disclosureOf, projectsInScope, scopeOf } from '../report/report.service.js';
import { esfTable, projectsTable, toCsv, toXlsx } from './export.tables.js';

const ROUTE = /^\/reports\/(esf-indicators|projects)\.(csv|xlsx)$/;

export function isExportRoute(pathname: string): boolean {
  return ROUTE.test(pathname);
}

function fail(res: http.ServerResponse, status: number, code: string, message: string, field?: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
}

export async function serveExport(url: URL, res: http.ServerResponse, makeContext: () => Promise<Context>): Promise<void> {
  const [, table, format] = ROUTE.exec(url.pathname)!;
  const asOf = url.searchParams.get('asOf');
  if (asOf !== null && !isIsoDate(asOf)) return fail(res, 400, 'BAD_USER_INPUT', `asOf must be a date written YYYY-MM-DD, got "${asOf}"`, 'asOf');
  const project = url.searchParams.get('project');
  let ctx: Context;
  try {
    ctx = await makeContext();
  } catch (error) {
    if (error instanceof GraphQLError) return fail(res, 401, 'UNAUTHENTICATED', error.message);
    throw error;
  }
  try {
    const scope = scopeOf({ asOf, projectCodes: project ? project.split(',').map((c) => c.trim()).filter(Boolean) : null });
    const projects = await projectsInScope(ctx, scope);
    const disclosure = disclosureOf(ctx);
    const data = table === 'esf-indicators' ? await esfTable(ctx, scope, disclosure) : await projectsTable(ctx, scope, projects, disclosure);
    const name = `quartieri-${table}-${scope.asOf}`;
    if (format === 'csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
      res.end(toCsv(data));
      return;
    }
    const about: [string, string][] = [
      ['asOf', scope.asOf],
      ['projects', projects.map((p) => p.code).join(', ')],
      ['figures', figuresNote(disclosure)],
      ['source', 'Quartieri, the reporting hub of the Laboratori Sociali di Quartiere (ALER Milano)'],
    ];
    const body = await toXlsx(data, about);
    res.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}.xlsx"`,
    });
    res.end(body);
  } catch (error) {
    if (error instanceof DomainError) return fail(res, 400, 'BAD_USER_INPUT', error.message, error.field === 'filter.projectCodes' ? 'project' : error.field);
    throw error;
  }
}
