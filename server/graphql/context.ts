import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { createProjectLoaders, type ProjectLoaders } from '../modules/project/project.loader.js';

/** Everything one request needs; built once per request, never shared between requests. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's entity manager: this request's own identity map. */
  em: EntityManager;
  db: Database;
  loaders: Loaders;
  log: Logger;
}

export interface Loaders extends ProjectLoaders {}

export function createContext(db: Database, log: Logger, requestId: string): Context {
  const em = db.orm.em.fork() as EntityManager;
  return { requestId, em, db, log, loaders: { ...createProjectLoaders(em) } };
}
