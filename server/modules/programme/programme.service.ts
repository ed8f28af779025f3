import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { Programme } from './programme.entity.js';

/** The one programme; NOT_SEEDED until the article's data is loaded. */
export async function getProgramme(em: EntityManager): Promise<Programme> {
  const [programme] = await em.find(Programme, {}, { limit: 1 });
  if (!programme) throw new DomainError(ErrorCode.NOT_SEEDED, 'The programme has not been loaded yet: run npm run seed.');
  return programme;
}
