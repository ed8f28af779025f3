import type { EntityManager } from '@mikro-orm/postgresql';
import type { DisclosurePolicy } from '../disclosure/audience.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { createListingLoaders, type ListingLoaders } from '../modules/listing/listing.loader.js';
import { createPersonLoaders, type PersonLoaders } from '../modules/person/person.loader.js';
import { createProjectLoaders, type ProjectLoaders } from '../modules/project/project.loader.js';
import { inRequest, type Caller } from '../domain/caller.js';
import { allProjects } from '../modules/report/report.service.js';

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
  /** Who is asking, with this request's id: what the services are given. */
  caller: Caller;
  /** Key of the fiscal-code HMAC. */
  pseudonymKey: Buffer;
  /** The public-release policy: display threshold and cell-key secret (server/disclosure/). */
  disclosurePolicy: DisclosurePolicy;
  /** The request's Idempotency-Key header, if any (graphql/idempotency.ts): a mutation with one is done once. */
  idempotencyKey: string | null;
}

export interface Loaders extends ProjectLoaders, PersonLoaders, ListingLoaders {}

export interface ContextDeps {
  db: Database;
  log: Logger;
  pseudonymKey: Buffer;
  disclosurePolicy: DisclosurePolicy;
}

export function createContext(deps: ContextDeps, requestId: string, caller: Caller): Context {
  const em = deps.db.orm.em.fork();
  const acting = inRequest(caller, requestId);
  const context: Context = {
    requestId,
    em,
    db: deps.db,
    log: deps.log,
    caller: acting,
    pseudonymKey: deps.pseudonymKey,
    disclosurePolicy: deps.disclosurePolicy,
    loaders: {
      ...createProjectLoaders(em, () => allProjects(context)),
      ...createPersonLoaders(em),
      ...createListingLoaders(em, (text, params) => deps.db.query(text, params), acting),
    },
    memo: new Map(),
    idempotencyKey: null,
  };
  return context;
}
