import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Person } from './person.entity.js';

export interface PersonLoaders {
  /** People by id: one query for every id asked in the request; null for an unknown id. */
  personById: DataLoader<string, Person | null>;
}

export function createPersonLoaders(em: EntityManager): PersonLoaders {
  return {
    personById: new DataLoader(async (ids: readonly string[]) => {
      const people = await em.find(Person, { id: { $in: [...ids] } });
      const byId = new Map(people.map((person) => [person.id, person]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
