/**
 * npm run operations:examples — runs every document of schema/operations/ against the demo data
 * (scale 1, the default seed) as an ANALYST and writes each answer to schema/operations/examples/.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from '../app.js';
import { loadConfig, PROJECT_ROOT } from '../config.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { operationExamples, OPERATIONS_DIR } from '../graphql/operations.js';
import { createLogger } from '../logger.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run operations:examples

Runs every document of schema/operations/ against a throw-away embedded PostgreSQL with the demo
data (scale 1, the default seed) as an ANALYST key, and writes the answers to
schema/operations/examples/<Name>.json.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const log = createLogger('warn');
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'examples-'));
  const pg = await startEmbeddedPostgres({ dataDir, log, ephemeral: true });
  try {
    const adminSecret = randomBytes(24).toString('hex');
    const app = await createApp(
      {
        ...loadConfig({ PORT: '0', LOG_LEVEL: 'warn', ADMIN_SECRET: adminSecret, PSEUDONYM_KEY: randomBytes(24).toString('hex') }),
        databaseUrl: pg.urlFor('examples'),
        demoScale: 1,
      },
      { log },
    );
    try {
      const examples = await operationExamples(app.url, adminSecret);
      await mkdir(path.join(OPERATIONS_DIR, 'examples'), { recursive: true });
      for (const [name, body] of examples) {
        await writeFile(path.join(OPERATIONS_DIR, 'examples', `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
        console.log(`Wrote schema/operations/examples/${name}.json`);
      }
    } finally {
      await app.stop();
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runCli(main);
