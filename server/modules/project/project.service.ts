import type { EntityManager } from '@mikro-orm/postgresql';
import { existingProject } from '../../domain/period.js';
import { Project } from './project.entity.js';

export function listProjects(em: EntityManager): Promise<Project[]> {
  return em.find(Project, {}, { orderBy: { alerRole: 'asc', code: 'asc' } });
}

/**
 * The project with this code. Without `field`, null when there is none (a query's answer); with
 * it, a NOT_FOUND naming that field (a write that refers to the project).
 */
export async function findProject(em: EntityManager, code: string): Promise<Project | null>;
export async function findProject(em: EntityManager, code: string, field: string): Promise<Project>;
export async function findProject(em: EntityManager, code: string, field?: string): Promise<Project | null> {
  const project = await em.findOne(Project, { code });
  return field === undefined ? project : existingProject(code, project, field);
}
