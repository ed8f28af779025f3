import { todayInItaly } from '../../dates.js';
import { memoise, type Context } from '../../graphql/context.js';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { ReportScope } from '../../reporting/filters.js';
import type { Project } from '../project/project.entity.js';
import { listProjects } from '../project/project.service.js';
import type { ReportFilter } from './report.types.js';

/** The scope the reporting SQL takes: asOf defaults to today in Italy; codes are de-duplicated. */
export function scopeOf(filter: ReportFilter | null | undefined): ReportScope {
  const asOf = filter?.asOf ?? todayInItaly();
  const codes = filter?.projectCodes;
  if (codes === undefined || codes === null) return { projectCodes: null, asOf };
  if (codes.length === 0) {
    throw new DomainError(ErrorCode.INVALID_INPUT, 'projectCodes is empty: name at least one project, or omit it for all projects', 'filter.projectCodes');
  }
  return { projectCodes: [...new Set(codes)], asOf };
}

/**
 * The projects of a scope, in the order reports list them; refuses unknown codes, naming them.
 * Once per request per scope (memoised), and it primes the request's project loader so that the
 * `project` fields of report rows cost no further query.
 */
export function projectsInScope(ctx: Context, scope: ReportScope): Promise<Project[]> {
  return memoise(ctx, `projects-in-scope:${JSON.stringify(scope.projectCodes)}`, async () => {
    if (scope.projectCodes === null) {
      const projects = await listProjects(ctx.em);
      for (const project of projects) ctx.loaders.projectByCode.prime(project.code, project);
      return projects;
    }
    const found = await ctx.loaders.projectByCode.loadMany(scope.projectCodes);
    const unknown = scope.projectCodes.filter((_, index) => !found[index] || found[index] instanceof Error);
    if (unknown.length > 0) {
      throw new DomainError(ErrorCode.INVALID_INPUT, `Unknown project code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, 'filter.projectCodes');
    }
    return found as Project[];
  });
}

/**
 * Runs a report for a filter: the aggregate and the check of the projects go to the database at
 * the same time (the aggregate only reads, and its result is dropped when the check fails).
 */
export async function runReport<T>(
  ctx: Context,
  filter: ReportFilter | null | undefined,
  aggregate: (scope: ReportScope) => Promise<T>,
): Promise<{ scope: ReportScope; projects: Project[]; result: T }> {
  const scope = scopeOf(filter);
  const [projects, result] = await Promise.all([projectsInScope(ctx, scope), aggregate(scope)]);
  return { scope, projects, result };
}
