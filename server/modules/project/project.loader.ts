import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ProjectPartner } from './project-partner.entity.js';
import type { ProjectRecord } from './project.records.js';
import type { ProjectPartnerView } from './project.types.js';

export interface ProjectLoaders {
  /** Projects by code, from the request's project records (report.service.ts allProjects); null for an unknown code. */
  projectByCode: DataLoader<string, ProjectRecord | null>;
  /** Partners of a project, by project code: one query for every project in the request. */
  partnersByProject: DataLoader<string, ProjectPartnerView[]>;
}

/**
 * @param projects every project as a plain record (one statement per data version, shared by the
 * process's requests: no ORM entity on the read path)
 */
export function createProjectLoaders(em: EntityManager, projects: () => Promise<ProjectRecord[]>): ProjectLoaders {
  return {
    projectByCode: new DataLoader(async (codes: readonly string[]) => {
      const byCode = new Map((await projects()).map((project) => [project.code, project]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    partnersByProject: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(
        ProjectPartner,
        { project: { $in: [...codes] } },
        { populate: ['organisation'], orderBy: { role: 'asc', organisation: { name: 'asc' } } },
      );
      const byProject = new Map<string, ProjectPartnerView[]>(codes.map((code) => [code, []]));
      for (const row of rows) {
        byProject.get(row.project.unwrap().code)?.push({ organisation: row.organisation.$, role: row.role });
      }
      // DataLoader wants one result per key, in key order.
      return codes.map((code) => byProject.get(code) ?? []);
    }),
  };
}
