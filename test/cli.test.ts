/** Every command a person runs answers --help, and refuses wrong words with a usage line. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

describe.each([
  ['npm start', 'server/main.ts', 'Usage: npm start'],
  ['npm run migrate', 'server/cli/migrate.ts', 'Usage: npm run migrate'],
  ['npm run seed', 'seeds/cli.ts', 'Usage: npm run seed'],
  ['npm run schema', 'server/cli/emit-schema.ts', 'Usage: npm run schema'],
  ['npm run import', 'server/cli/import.ts', 'Usage: npm run import'],
  ['npm run bench', 'test/bench/run.ts', 'Usage: npm run bench'],
  ['npm run operations:examples', 'server/cli/operations-examples.ts', 'Usage: npm run operations:examples'],
  ['npm run ptable', 'server/cli/ptable.ts', 'Usage: npm run ptable'],
])('%s', (_name, script, usage) => {
  it('answers --help without touching a database', async () => {
    const { stdout } = await run(TSX, [script, '--help'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(stdout).toContain(usage);
  });
});

describe('npm run import', () => {
  it('refuses a missing kind with the usage, exit code 2', async () => {
    const failure = await run(TSX, ['server/cli/import.ts', 'people.csv'], { cwd: PROJECT_ROOT }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Usage: npm run import');
  });
});

describe('npm start -- --help', () => {
  /** The variables a source file reads: `env.NAME`, `env, 'NAME'` (config.ts's readers), `process.env.NAME`. */
  const readIn = (file: string) =>
    [...readFileSync(path.join(PROJECT_ROOT, file), 'utf8').matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|, '([A-Z][A-Z0-9_]+)')/g)].map(
      (match) => match[1] ?? match[2]!,
    );

  it('lists every environment variable the configuration reads, and only those, as .env.example does', async () => {
    const read = new Set([...readIn('server/config.ts'), ...readIn('server/logger.ts')]);
    expect(read).toContain('DATABASE_URL');
    expect(read).toContain('LOG_FORMAT');
    const { stdout } = await run(TSX, ['server/main.ts', '--help'], { cwd: PROJECT_ROOT });
    const listed = new Set([...stdout.matchAll(/^ {2}([A-Z][A-Z0-9_]+) {2,}/gm)].map((match) => match[1]!));
    expect([...listed].sort()).toEqual([...read].sort());
    const example = readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
    const inExample = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!));
    expect([...inExample].sort()).toEqual([...read].sort());
  });
});
