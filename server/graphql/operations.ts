/**
 * The Region's documented operations (schema/operations/*.graphql) and the trusted-documents
 * rule: with TRUSTED_DOCUMENTS=true, an ANALYST key may run only those documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, parse, print } from 'graphql';
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

export function trustedDocumentsPlugin(): ApolloServerPlugin<Context> {
  const allowed = new Set(loadOperations().map((op) => normalise(op.document)));
  // Stateless, so one listener serves every request.
  const listener: GraphQLRequestListener<Context> = {
    didResolveOperation({ contextValue, document }) {
      if (contextValue.caller.role !== 'ANALYST' || allowed.has(print(document))) return Promise.resolve();
      return Promise.reject(
        new GraphQLError('This key may run only the documented operations of schema/operations/.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        }),
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
