import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    // Metadata comes from the explicit decorator options, not from reflection (tsx emits none).
    metadataProvider: undefined,
    forceUndefined: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    // Summary tables kept by triggers (see the migration that creates them): not entities.
    schemaGenerator: { skipTables: ['reach', 'reach_daily', 'attendance_daily', 'enrolment_daily', 'exit_daily', 'ledger_daily', 'esf_daily'] },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: 'server/db/migrations',
    },
    ...overrides,
  };
}

export async function openOrm(databaseUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, overrides));
}

/** Applies every committed migration not yet applied; returns the names it ran. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
