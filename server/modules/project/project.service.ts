import type { EntityManager } from '@mikro-orm/postgresql';
import { Project } from './project.entity.js';

export function listProjects(em: EntityManager): Promise<Project[]> {
  return em.find(Project, {}, { orderBy: { alerRole: 'asc', code: 'asc' } });
}

export function findProject(em: EntityManager, code: string): Promise<Project | null> {
  return em.findOne(Project, { code });
}
