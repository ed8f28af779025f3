/**
 * npm run schema: writes schema/schema.graphql from the code-first types.
 * With --check (npm run check): writes nothing, fails when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { createSchema, printEmittedSchema } from '../graphql/schema.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run schema [-- --check]

Writes schema/schema.graphql from the server's code-first GraphQL types.
  --check     write nothing; exit 1 when schema/schema.graphql differs from the code
  -h, --help  show this help`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  const emitted = printEmittedSchema(await createSchema());
  if (process.argv.includes('--check')) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== emitted) {
      console.error('schema/schema.graphql is stale: run `npm run schema` and commit the result.');
      process.exitCode = 1;
      return;
    }
    console.log('schema/schema.graphql is up to date.');
    return;
  }
  await writeFile(file, emitted);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
}

runCli(main);
