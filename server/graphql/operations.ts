/**
 * The Region's documented operations (schema/operations/*.graphql) and the trusted-documents
 * rule: with TRUSTED_DOCUMENTS=true, ANALYST and OPERATOR keys may run only those documents, the
 * dashboard's (the .graphql files under dashboard/src/: its panels, its newsletter page and the
 * operators' workspace, read at start) and introspection queries (the Region builds its clients
 * from the schema). Only ADMIN keys and the public (which reads public figures only) are free.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PROJECT_ROOT } from '../config.js';
import type { Context } from './context.js';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'operations');

export interface Operation {
  name: string;
  document: string;
  /** From the "# Variables: {…}" line of the file, when there is one. */
  variables: Record<string, unknown>;
}

export function loadOperations(): Operation[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
      const line = /^# Variables: (\{.*\})$/m.exec(document);
      return { name: file.replace(/\.graphql$/, ''), document, variables: line ? (JSON.parse(line[1]!) as Record<string, unknown>) : {} };
    });
}

/** Documents are compared after parsing and printing: comments and layout do not matter. */
export function normalise(document: string): string {
  return print(parse(document));
}

export const DASHBOARD_SOURCES_DIR = path.join(PROJECT_ROOT, 'dashboard', 'src');

/** The dashboard's documents (its panels, its newsletter page and the operators' workspace), as codegen reads them. */
export function loadDashboardDocuments(): { file: string; document: string }[] {
  return readdirSync(DASHBOARD_SOURCES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, document: readFileSync(path.join(DASHBOARD_SOURCES_DIR, file), 'utf8') }));
}

/** The roles TRUSTED_DOCUMENTS=true restricts to the trusted documents. */
export const RESTRICTED_ROLES: ReadonlySet<string> = new Set(['ANALYST', 'OPERATOR']);

/** The documents an ANALYST or OPERATOR key may run with TRUSTED_DOCUMENTS=true, normalised. */
export function trustedDocuments(): Set<string> {
  return new Set([...loadOperations(), ...loadDashboardDocuments()].map((op) => normalise(op.document)));
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * A query that asks only the introspection fields at its root (whatever its shape: the query of
 * graphql-codegen, of GraphiQL, of getIntrospectionQuery with any options). It reads no figures.
 * Whether introspection is on at all is GRAPHQL_INTROSPECTION's business.
 */
export function isIntrospection(document: DocumentNode, operation: OperationDefinitionNode | undefined): boolean {
  if (!operation) return false;
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const onlyIntrospection = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment) return false;
      if (seen.has(fragment.name.value)) return true;
      seen.add(fragment.name.value);
      return onlyIntrospection(fragment.selectionSet);
    });
  return onlyIntrospection(operation.selectionSet);
}

export function trustedDocumentsPlugin(): ApolloServerPlugin<Context> {
  const allowed = trustedDocuments();
  // Stateless, so one listener serves every request.
  const listener: GraphQLRequestListener<Context> = {
    didResolveOperation({ contextValue, document, operation }) {
      if (!RESTRICTED_ROLES.has(contextValue.caller.role) || allowed.has(print(document)) || isIntrospection(document, operation)) {
        return Promise.resolve();
      }
      return Promise.reject(
        new GraphQLError(
          "This key may run only the documented operations of schema/operations/ and the dashboard's (its panels and the operators' workspace).",
          {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          },
        ),
      );
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/** Each operation's answer for an ANALYST key made for the purpose. */
export async function operationExamples(url: string, adminSecret: string): Promise<Map<string, unknown>> {
  const post = async (body: unknown, token: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  };
  const created = (await post(
    { query: 'mutation { createApiKey(input: { role: ANALYST, label: "examples" }) { token } }' },
    adminSecret,
  )) as {
    data: { createApiKey: { token: string } };
  };
  const examples = new Map<string, unknown>();
  for (const op of loadOperations()) {
    const answer = await post({ query: op.document, variables: op.variables }, created.data.createApiKey.token);
    if (answer.errors) throw new Error(`${op.name}: ${JSON.stringify(answer.errors)}`);
    examples.set(op.name, answer);
  }
  return examples;
}
