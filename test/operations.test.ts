/** The Region's documented operations: valid, their examples true, and the trusted-documents rule. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { loadConfig, PROJECT_ROOT } from '../server/config.js';
import { loadOperations, operationExamples, OPERATIONS_DIR } from '../server/graphql/operations.js';
import { createLogger } from '../server/logger.js';
import { graphql } from './gql/index.js';
import { ADMIN_SECRET, AS_ADMIN, startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.js';

const operations = loadOperations();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

describe('schema/operations', () => {
  const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));

  it.each(operations.map((op) => [op.name, op] as const))('%s is valid against the schema', (_name, op) => {
    expect(validate(schema, parse(op.document))).toEqual([]);
  });

  it('every example is what the server answers today on the demo data', async () => {
    const answers = await operationExamples(t.url, ADMIN_SECRET);
    expect(answers.size).toBe(operations.length);
    for (const [name, answer] of answers) {
      expect(answer, name).toEqual(JSON.parse(readFileSync(path.join(OPERATIONS_DIR, 'examples', `${name}.json`), 'utf8')));
    }
  });
});

describe('TRUSTED_DOCUMENTS=true', () => {
  let app: App;
  let analyst: Record<string, string>;
  beforeAll(async () => {
    app = await createApp(
      {
        ...loadConfig({ PORT: '0', TRUSTED_DOCUMENTS: 'true', ADMIN_SECRET, PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
        databaseUrl: t.databaseUrl,
        seedOnStart: false,
      },
      { log: createLogger('silent') },
    );
    const CREATE_KEY = graphql(`
      mutation OperationsAnalystKey {
        createApiKey(input: { role: ANALYST, label: "Regione" }) {
          token
        }
      }
    `);
    const created = await t.gql(CREATE_KEY, {}, AS_ADMIN);
    analyst = { authorization: `Bearer ${created.data!.createApiKey.token}` };
  });
  afterAll(() => app?.stop());

  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('lets an ANALYST key run a documented operation, reformatted or not', async () => {
    const op = operations.find((o) => o.name === 'RegionIndicatorsAsOf')!;
    const oneLine = op.document
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join(' ')
      .replace(/\s+/g, ' ');
    const response = await post(oneLine, op.variables, analyst);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { esfIndicators: unknown[] } }).data.esfIndicators.length).toBeGreaterThan(20);
  });

  it('refuses any other document from an ANALYST key, with 403', async () => {
    const response = await post('{ esfIndicators { code total } }', {}, analyst);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: [{ extensions: { code: string } }] }).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('does not restrict the admin', async () => {
    const response = await post('{ esfIndicators { code total } }', {}, AS_ADMIN);
    expect(response.status).toBe(200);
  });
});
