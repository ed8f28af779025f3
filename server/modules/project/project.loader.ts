import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ProjectPartner } from './project-partner.entity.js';
import type { ProjectPartnerView } from './project.types.js';

export interface ProjectLoaders {
  /** Partners of a project, by project code: one query for every project in the request. */
  partnersByProject: DataLoader<string, ProjectPartnerView[]>;
}

export function createProjectLoaders(em: EntityManager): ProjectLoaders {
  return {
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
