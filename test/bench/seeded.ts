/** A fresh database on a benchmark's server, migrated and seeded with the demo population at a scale. */
import pg from 'pg';
import { migrateUp, openOrm } from '../../server/db/orm.js';
import { seedDatabase } from '../../seeds/seed.js';
import type { BenchServer } from './server.js';

export interface SeededDatabase {
  url: string;
  /** "413,620 people, 75,700 enrolments, … (seeded in 88.6 s)" */
  description: string;
  drop(): Promise<void>;
}

export async function seededDatabase(server: BenchServer, name: string, scale: number): Promise<SeededDatabase> {
  const { admin } = server;
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = server.urlFor(name);
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
  };
  try {
    const orm = await openOrm(url, { logger: () => undefined });
    await migrateUp(orm);
    await orm.close(true);
    const seedPool = new pg.Pool({ connectionString: url, max: 2 });
    const started = Date.now();
    const summary = await seedDatabase(seedPool, { demoScale: scale });
    await seedPool.query('analyze');
    await seedPool.end();
    const description =
      `${summary.people.toLocaleString('en')} people, ${summary.enrolments.toLocaleString('en')} enrolments, ` +
      `${summary.attendances.toLocaleString('en')} attendances, ${summary.repayments.toLocaleString('en')} repayments ` +
      `(seeded in ${((Date.now() - started) / 1000).toFixed(1)} s)`;
    return { url, description, drop };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}
