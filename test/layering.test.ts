/**
 * The layers lean one way (docs/ARCHITECTURE.md). ESLint's import restrictions in eslint.config.js
 * say so and `npm run check` runs them; these tests prove the rules are live: the real files pass,
 * and the same file with one forbidden import fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: PROJECT_ROOT });
});

/** The messages of the import restrictions for `file` as it is, plus `extra` lines. */
async function restrictedImports(file: string, extra = ''): Promise<string[]> {
  const filePath = path.join(PROJECT_ROOT, file);
  const text = (await readFile(filePath, 'utf8')) + extra;
  const [result] = await eslint.lintText(text, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  const SERVICE = 'server/modules/enrolment/enrolment.service.ts';
  const IMPORT = 'server/imports/participants.ts';
  const DOMAIN = 'server/domain/enrolment.ts';

  it.each([SERVICE, IMPORT, DOMAIN, 'server/reporting/participation.ts', 'server/disclosure/audience.ts'])(
    '%s as it is imports nothing it should not',
    async (file) => {
      expect(await restrictedImports(file)).toEqual([]);
    },
  );

  it('a service that imports the GraphQL context fails the check', async () => {
    const messages = await restrictedImports(SERVICE, "\nexport type { Context } from '../../graphql/context.js';\n");
    expect(messages).toEqual([expect.stringMatching(/GraphQL adapter/)]);
  });

  it('an import adapter that reaches for Fastify or the HTTP edge fails the check', async () => {
    const messages = await restrictedImports(IMPORT, "\nexport { fastify } from 'fastify';\nexport * from '../http/errors.js';\n");
    expect(messages).toEqual([expect.stringMatching(/transport library/), expect.stringMatching(/HTTP edge/)]);
  });

  it('the domain core may import neither the modules built on it nor any package', async () => {
    const extra = "\nexport type { Person } from '../modules/person/person.entity.js';\nexport { GraphQLError } from 'graphql';\n";
    const messages = await restrictedImports(DOMAIN, extra);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/domain core imports only itself/);
  });
});
