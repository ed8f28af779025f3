/**
 * npm run summaries -- --check | --rebuild : compares every summary table with a full
 * recomputation from the records (exit 1 listing the differences), or rebuilds them all.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { checkSummaries, describeDifference, rebuildSummaries, SUMMARY_TABLES, type SummaryCheck } from '../db/summaries.js';
import { createLogger } from '../logger.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run summaries -- --check | --rebuild

The reports read summary tables (${SUMMARY_TABLES.map((s) => s.table).join(', ')})
that triggers keep in step with every write. This command checks or rebuilds them.

Options:
  --check          compare every summary table with a full recomputation from the records;
                   exit 1 and list the differences when one differs, exit 0 when all are exact
  --rebuild        replace every summary table with its recomputation, in one transaction that
                   locks them (reports keep reading; writes wait until it commits), and list
                   what it repaired
  --examples N     differences listed per table (default 20)
  -h, --help       show this help

Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under DATA_DIR (.data/).`;

function print(checks: SummaryCheck[]): void {
  for (const check of checks) {
    console.log(`${check.table}: ${check.differences} ${check.differences === 1 ? 'difference' : 'differences'}`);
    for (const difference of check.examples) console.log(`  ${describeDifference(difference)}`);
    if (check.differences > check.examples.length) console.log(`  … and ${check.differences - check.examples.length} more`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      examples: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.check === values.rebuild) {
    console.error(`Give one of --check and --rebuild.\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const examples = Number(values.examples);
  if (!Number.isSafeInteger(examples) || examples < 1 || examples > 10_000)
    throw new Error(`--examples must be a whole number from 1 to 10000, got "${values.examples}"`);

  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    if (values.check) {
      const checks = await checkSummaries(db.pool, examples);
      if (checks.length === 0) {
        console.log(`Every summary equals its recomputation (${SUMMARY_TABLES.length} tables).`);
      } else {
        print(checks);
        console.log(
          `${checks.length} of ${SUMMARY_TABLES.length} summary tables differ from the recomputation: npm run summaries -- --rebuild`,
        );
        process.exitCode = 1;
      }
    } else {
      const repaired = await rebuildSummaries(db.pool, examples);
      print(repaired);
      console.log(
        repaired.length === 0
          ? `Rebuilt ${SUMMARY_TABLES.length} summary tables; none differed.`
          : `Rebuilt ${SUMMARY_TABLES.length} summary tables; repaired ${repaired.length}.`,
      );
    }
  } finally {
    await db.close();
  }
}

runCli(main);
