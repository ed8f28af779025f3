import { todayInItaly } from '../../dates.js';
import { memoise, type Context } from '../../graphql/context.js';
import { DomainError, ErrorCode } from '../../graphql/errors.js';
import type { ReportScope } from '../../reporting/filters.js';
import type { Project } from '../project/project.entity.js';
import { listProjects } from '../project/project.service.js';
import type { ReportFilter } from './report.types.js';

export interface ResolvedScope {
  scope: ReportScope;
  /** The projects in scope, in the order reports list them. */
  projects: Project[];
}

/**
 * Turns a ReportFilter into the scope the reporting SQL takes: asOf defaults to today in Italy;
 * unknown project codes are refused, naming them. Loads the projects once and primes the
 * request's project loader, so that `project` fields cost no further query.
 */
export function resolveScope(ctx: Context, filter: ReportFilter | null | undefined): Promise<ResolvedScope> {
  const key = `report-scope:${JSON.stringify([filter?.projectCodes ?? null, filter?.asOf ?? null])}`;
  return memoise(ctx, key, () => computeScope(ctx, filter));
}

async function computeScope(ctx: Context, filter: ReportFilter | null | undefined): Promise<ResolvedScope> {
  const asOf = filter?.asOf ?? todayInItaly();
  const codes = filter?.projectCodes;
  if (codes === undefined || codes === null) {
    const projects = await listProjects(ctx.em);
    for (const project of projects) ctx.loaders.projectByCode.prime(project.code, project);
    return { scope: { projectCodes: null, asOf }, projects };
  }
  if (codes.length === 0) {
    throw new DomainError(ErrorCode.INVALID_INPUT, 'projectCodes is empty: name at least one project, or omit it for all projects', 'filter.projectCodes');
  }
  const unique = [...new Set(codes)];
  const found = await ctx.loaders.projectByCode.loadMany(unique);
  const unknown = unique.filter((_, index) => !found[index] || found[index] instanceof Error);
  if (unknown.length > 0) {
    throw new DomainError(ErrorCode.INVALID_INPUT, `Unknown project code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, 'filter.projectCodes');
  }
  return { scope: { projectCodes: unique, asOf }, projects: found as Project[] };
}
