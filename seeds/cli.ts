/**
 * npm run seed [-- --scale N] [--seed N] [--reset] [--article-only]
 * Loads the article's projects and the synthetic demo population into the configured database.
 */
import { parseArgs } from 'node:util';
import { loadConfig, readNodeEnv } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { createLogger } from '../server/logger.js';
import { DEFAULT_DEMO_SEED, hasDemoData, seedDatabase } from './seed.js';
import { runCli } from '../server/cli/run.js';

const HELP = `Usage: npm run seed -- [options]

Loads the eight projects of the 2018 article and a synthetic demo population (people,
enrolments, exits, repayments, activities, attendances), every demo row flagged synthetic.

Options:
  --scale N         size of the demo population; 1 = about 100 participants and 500 people
                    reached per project, 10 = ten times the people and events (default 1)
  --seed N          random seed; the same seed and scale give the same records (default ${DEFAULT_DEMO_SEED})
  --article-only    load only the article's data, no demo population
  --reset           delete every person, enrolment, activity and ledger record first
                    (the article's projects stay), in the same transaction as the seeding;
                    the summary tables follow; needed to re-seed a database that has data
  -h, --help        show this help

With NODE_ENV=production only --article-only runs: --reset and the demo population are refused.
Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR (.data/).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_DEMO_SEED) },
      'article-only': { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  // Production: the real records are never truncated, and no synthetic population is added.
  if (readNodeEnv() === 'production') {
    if (values.reset) {
      throw new Error(
        'Refused: `npm run seed -- --reset` deletes every person, enrolment, activity and ledger record, and NODE_ENV is production. Nothing was changed.',
      );
    }
    if (!values['article-only']) {
      throw new Error(
        "Refused: the demo population is synthetic and NODE_ENV is production. Nothing was changed (`npm run seed -- --article-only` loads only the article's projects).",
      );
    }
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000)
    throw new Error(`--scale must be a number above 0 and at most 1000, got "${values.scale}"`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`);

  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    if (!values.reset && !values['article-only'] && (await hasDemoData(db.pool))) {
      throw new Error('The database already holds demo records. Run again with --reset to replace them.');
    }
    const started = Date.now();
    const summary = await seedDatabase(db.pool, {
      reset: values.reset,
      demoScale: values['article-only'] ? 0 : scale,
      seed,
      onProgress: (message) => console.log(message),
    });
    const n = (value: number) => value.toLocaleString('it-IT');
    if (values.reset) console.log('Removed every person, enrolment, activity and ledger record; the summaries followed.');
    console.log(
      `Seeded ${summary.projects} projects` +
        (summary.people > 0
          ? ` and a synthetic population: ${n(summary.people)} people, ${n(summary.enrolments)} enrolments, ` +
            `${n(summary.activities)} activities, ${n(summary.attendances)} attendances, ${n(summary.repayments)} repayments`
          : '') +
        ` in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await db.close();
  }
}

runCli(main);
