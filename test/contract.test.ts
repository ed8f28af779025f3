import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { createSchema, printEmittedSchema } from '../server/graphql/schema.js';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'schema', file), 'utf8');

/**
 * Parts of the published contract that later issues implement. Each entry must be absent from the
 * emitted schema (so it is removed from this list when it lands); anything else the emitted schema
 * lacks or changes is a break of the contract and fails the test.
 */
const NOT_YET_IMPLEMENTED: Record<string, string[]> = {
  // Empty: every type and field of the contract is served.
};

/** "Query.person was removed." → "Query.person"; "Sex was removed." → "Sex" */
function subjectOf(description: string): string {
  return description.replace(/ was removed\.$/, '');
}

describe('the published GraphQL contract', () => {
  it('schema/contract.graphql is the shared contract, unchanged', () => {
    const shared = path.join(PROJECT_ROOT, '..', 'shared', 'contract.graphql');
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      // Outside the workplace the shared folder is absent: the committed copy is the reference.
    }
    if (original !== undefined) expect(read('contract.graphql')).toBe(original);
  });

  it('the emitted schema breaks no client of the contract beyond the parts not yet built', async () => {
    const contract = buildSchema(read('contract.graphql'));
    const emitted = await createSchema();
    const pending = new Set(Object.values(NOT_YET_IMPLEMENTED).flat());
    const breaks = findBreakingChanges(contract, emitted).map((change) => change.description);
    const unexpected = breaks.filter((description) => !pending.has(subjectOf(description)));
    expect(unexpected).toEqual([]);

    // An entry that exists now must leave the list: this keeps the list honest.
    const alreadyThere = [...pending].filter((name) => {
      const [typeName, fieldName] = name.split('.') as [string, string | undefined];
      const type = emitted.getType(typeName) as (GraphQLNamedType & { getFields?: () => Record<string, unknown> }) | undefined;
      if (!type) return false;
      return fieldName === undefined || Boolean(type.getFields?.()[fieldName]);
    });
    expect(alreadyThere).toEqual([]);
  });

  it('schema/schema.graphql is what the code emits (run `npm run schema` after changing the API)', async () => {
    expect(read('schema.graphql')).toBe(printEmittedSchema(await createSchema()));
  });
});
