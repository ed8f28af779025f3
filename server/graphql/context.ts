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
  /** Values computed once per request and shared by its fields (e.g. a report's resolved scope). */
  memo: Map<string, Promise<unknown>>;
}

export interface Loaders extends ProjectLoaders {}

/** Runs `compute` once per request for a key; later fields of the same request reuse the result. */
export function memoise<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
  let value = ctx.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    ctx.memo.set(key, value);
  }
  return value;
}

export function createContext(db: Database, log: Logger, requestId: string): Context {
  const em = db.orm.em.fork() as EntityManager;
  return { requestId, em, db, log, loaders: { ...createProjectLoaders(em) }, memo: new Map() };
}
