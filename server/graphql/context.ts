import type { EntityManager } from '@mikro-orm/postgresql';
import type { DisclosurePolicy } from '../disclosure/audience.js';
import type { Database } from '../db/database.js';
import { WRITER_POSITION_SQL } from '../db/replicas.js';
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
  /**
   * The caller's last write position, which a read replica must have replayed to serve this
   * request's reports (server/db/replicas.ts); undefined: reports read the primary (a mutation).
   */
  readAfter: (() => Promise<string | null>) | undefined;
}

export interface Loaders extends ProjectLoaders, PersonLoaders, ListingLoaders {}

export interface ContextDeps {
  db: Database;
  log: Logger;
  pseudonymKey: Buffer;
  disclosurePolicy: DisclosurePolicy;
}

/**
 * The caller's last write, for reports read from a replica: as the caller lookup found it, or (the
 * admin, `undefined`) looked up once, and only when a report asks for it.
 */
function lastWriteOf(db: Database, caller: Caller, known: string | null | undefined): () => Promise<string | null> {
  if (known !== undefined || caller.role === 'PUBLIC') return () => Promise.resolve(known ?? null);
  let looked: Promise<string | null> | undefined;
  return () => (looked ??= db.query<{ lsn: string }>(WRITER_POSITION_SQL, [caller.actor]).then(({ rows }) => rows[0]?.lsn ?? null));
}

export function createContext(
  deps: ContextDeps,
  requestId: string,
  caller: Caller,
  lastWrite: string | null | undefined = undefined,
): Context {
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
    readAfter: deps.db.replicas ? lastWriteOf(deps.db, caller, lastWrite) : undefined,
  };
  return context;
}
