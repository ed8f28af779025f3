/** The Region's documented operations: valid, their examples true, and the trusted-documents rule. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildClientSchema, buildSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dashboardDocuments from '../dashboard/src/gql/graphql.js';
import * as workspaceDocuments from '../dashboard/src/workspace/gql/graphql.js';
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

  // What the browser sends: the documents codegen made from the dashboard's .graphql files.
  const dashboard = Object.entries(dashboardDocuments)
    .filter(([, value]) => value instanceof dashboardDocuments.TypedDocumentString)
    .map(([name, value]) => [name, String(value)] as const);

  it('knows every document of the dashboard, the newsletter page among them', () => {
    expect(dashboard.map(([name]) => name)).toEqual(
      expect.arrayContaining(['HeadlineDocument', 'NewsletterDraftDocument', 'EsfPanelDocument']),
    );
    expect(dashboard.length).toBeGreaterThanOrEqual(8);
  });

  it.each(dashboard)('lets an ANALYST key run the dashboard document %s', async (_name, document) => {
    const response = await post(document, { filter: { asOf: '2020-08-31' }, language: 'IT' }, analyst);
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Object.keys(body.data!).length).toBeGreaterThan(0);
  });

  it('lets an ANALYST key draft the newsletter', async () => {
    const response = await post(
      String(dashboardDocuments.NewsletterDraftDocument),
      { filter: { projectCodes: ['PRO_SALOMONE'], asOf: '2020-08-31' }, language: 'EN' },
      analyst,
    );
    const body = (await response.json()) as { data: { newsletterUpdate: { title: string; markdown: string } } };
    expect(response.status).toBe(200);
    expect(body.data.newsletterUpdate.markdown.length).toBeGreaterThan(100);
  });

  it.each([
    ['getIntrospectionQuery()', getIntrospectionQuery()],
    [
      'getIntrospectionQuery() with every option',
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ],
  ])('lets an ANALYST key introspect the schema with %s', async (_name, query) => {
    const response = await post(query, {}, analyst);
    expect(response.status).toBe(200);
    const schema = buildClientSchema(((await response.json()) as { data: IntrospectionQuery }).data);
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['newsletterUpdate', 'esfIndicators']));
  });

  it('lets the Region generate a client with graphql-codegen from introspection with its key', async () => {
    // (generate's answer is typed any, for its watch mode.)
    const outputs = (await generate(
      {
        schema: { [`${app.url}/graphql`]: { headers: analyst } },
        documents: path.join(OPERATIONS_DIR, '*.graphql'),
        generates: { 'region-client.ts': { plugins: ['typescript', 'typescript-operations'] } },
        silent: true,
      },
      false,
    )) as { content: string }[];
    expect(outputs[0]!.content).toContain('export type RegionIndicatorsAsOfQuery');
  });

  it('still refuses an introspection query that also asks for figures', async () => {
    const response = await post('{ __schema { queryType { name } } esfIndicators { code total } }', {}, analyst);
    expect(response.status).toBe(403);
  });

  it('leaves introspection off for everyone with GRAPHQL_INTROSPECTION=false', async () => {
    const closed = await createApp(
      {
        ...loadConfig({
          PORT: '0',
          TRUSTED_DOCUMENTS: 'true',
          GRAPHQL_INTROSPECTION: 'false',
          ADMIN_SECRET,
          PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
        }),
        databaseUrl: t.databaseUrl,
        seedOnStart: false,
      },
      { log: createLogger('silent') },
    );
    try {
      const response = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...analyst },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.data).toBeUndefined();
      expect(body.errors!.length).toBeGreaterThan(0);
    } finally {
      await closed.stop();
    }
  });

  // The operators' workspace (dashboard/workspace.html): its documents are trusted, and an OPERATOR key may run only trusted ones.
  describe('an OPERATOR key', () => {
    let operator: Record<string, string>;
    beforeAll(async () => {
      const created = await t.gql<{ createApiKey: { token: string } }>(
        'mutation { createApiKey(input: { role: OPERATOR, label: "GOLab", projectCodes: ["GOLAB"] }) { token } }',
        {},
        AS_ADMIN,
      );
      operator = { authorization: `Bearer ${created.data!.createApiKey.token}` };
    });
    const workspace = Object.entries(workspaceDocuments)
      .filter(([, value]) => value instanceof workspaceDocuments.TypedDocumentString)
      .map(([name, value]) => [name, String(value)] as const);

    it('knows every document of the workspace, its listings, forms and import', () => {
      expect(workspace.map(([name]) => name)).toEqual(
        expect.arrayContaining(['WorkspacePeopleDocument', 'WorkspaceRecordRepaymentDocument', 'WorkspaceImportFileDocument']),
      );
      expect(workspace.length).toBeGreaterThanOrEqual(16);
    });

    it.each(workspace.filter(([, document]) => document.trimStart().startsWith('query')))(
      'lets an OPERATOR key run the workspace document %s',
      async (_name, document) => {
        const response = await post(document, {}, operator);
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(response.status).toBe(200);
      },
    );

    it("runs the workspace's mutations through the rule (a dry-run import, refused by the domain, not by the rule)", async () => {
      const response = await post(
        String(workspaceDocuments.WorkspaceImportFileDocument),
        { kind: 'PARTICIPANTS', csv: 'codice_fiscale;sesso\n', dryRun: true },
        operator,
      );
      const body = (await response.json()) as { data?: { importFile: { written: boolean } }; errors?: { extensions: { code: string } }[] };
      expect(body.errors?.[0]?.extensions.code ?? 'none').not.toBe('FORBIDDEN');
    });

    it('refuses any other document from an OPERATOR key, with 403, even one asking the same', async () => {
      for (const query of ['{ people(first: 1) { totalCount } }', '{ esfIndicators { code total } }']) {
        const response = await post(query, {}, operator);
        expect(response.status).toBe(403);
        expect(((await response.json()) as { errors: [{ extensions: { code: string } }] }).errors[0].extensions.code).toBe('FORBIDDEN');
      }
    });

    it('lets an OPERATOR key run the dashboard (exact figures for its key)', async () => {
      const response = await post(String(dashboardDocuments.HeadlineDocument), { filter: { asOf: '2020-08-31' } }, operator);
      expect(response.status).toBe(200);
    });
  });

  it('does not restrict the admin', async () => {
    const response = await post('{ esfIndicators { code total } }', {}, AS_ADMIN);
    expect(response.status).toBe(200);
  });
});
