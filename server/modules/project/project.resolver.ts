import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Project } from './project.entity.js';
import { allProjects } from '../report/report.service.js';
import type { ProjectRecord } from './project.records.js';
import { ProjectPartnerView } from './project.types.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'The funded projects: the two ALER leads first, then by code.' })
  projects(@Ctx() ctx: Context): Promise<ProjectRecord[]> {
    return allProjects(ctx);
  }

  @Query(() => Project, { nullable: true, description: 'One project by its code, e.g. "PRO_SALOMONE"; null when unknown.' })
  project(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<ProjectRecord | null> {
    return ctx.loaders.projectByCode.load(code);
  }

  @FieldResolver(() => [ProjectPartnerView], { description: 'ALER Milano, the awarding municipality and the named partners.' })
  partners(@Root() project: ProjectRecord, @Ctx() ctx: Context): Promise<ProjectPartnerView[]> {
    return ctx.loaders.partnersByProject.load(project.code);
  }
}
