/**
 * The global input guard. Before a root field's access rule and resolver run, every string of its
 * arguments, at any depth of input objects and lists, must be text PostgreSQL can keep as given:
 * no NUL character and no lone surrogate (domain/rules.ts `wellFormed`); strings and lists are
 * bounded (domain/limits.ts). A refusal is BAD_USER_INPUT naming the field, before any SQL.
 *
 * The field is named as the rules name it: the path below the `input` argument ("title",
 * "amount"), or from the argument ("label", "filter.asOf", "csv").
 */
import { type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { invalid } from '../domain/errors.js';
import { MAX_CSV_CHARACTERS, MAX_LIST_ARGUMENT, MAX_STRING_ARGUMENT } from '../domain/limits.js';
import { wellFormed } from '../domain/rules.js';

/** Arguments allowed to be longer than MAX_STRING_ARGUMENT: the CSV text of an import. */
const LONGER: Record<string, number> = { 'Mutation.importFile.csv': MAX_CSV_CHARACTERS };

/** The name errors give a value at `path` (argument names and input fields; list positions left out). */
export function fieldName(path: readonly string[]): string {
  return (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');
}

/** Throws a BAD_USER_INPUT naming the field when an argument of `fieldKey` ("Mutation.recordActivity") is not acceptable text. */
export function checkArguments(fieldKey: string, args: Record<string, unknown>): void {
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const name = fieldName(path);
      wellFormed(name, value);
      const most = LONGER[`${fieldKey}.${path.join('.')}`] ?? MAX_STRING_ARGUMENT;
      if (value.length > most) throw invalid(name, `${name} has more than ${most} characters`);
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ARGUMENT) throw invalid(fieldName(path), `${fieldName(path)} has more than ${MAX_LIST_ARGUMENT} items`);
      for (const item of value) visit(item, path);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  for (const [name, value] of Object.entries(args)) visit(value, [name]);
}

/** Puts the guard in front of every Query and Mutation field (outside the access rules, so it runs first). */
export function applyInputGuard(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        checkArguments(key, args);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const VARIABLE = new RegExp(`^Variable "\\$(${NAME})" (?:got invalid value |of (?:non-null|required) type )`);

/**
 * The field a variable's coercion error is about. graphql-js writes `Variable "$input" got invalid
 * value "2999-01-01" at "input.paidOn"; Date must …`: the field is "paidOn" (named as the guard
 * names it); a variable without a path (`Variable "$label" of non-null type "String!" must not be
 * null.`) is the field itself.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const variable = VARIABLE.exec(message)?.[1];
  if (!variable) return undefined;
  const at = new RegExp(` at "${variable}((?:\\.${NAME}|\\[\\d+\\])*)"; `).exec(message);
  const path = [variable, ...(at?.[1] ?? '').split(/\.|\[\d+\]/).filter(Boolean)];
  return fieldName(path);
}

const ARGUMENT = new RegExp(`^Argument "(${NAME})" (?:of (?:non-null|required) type |has invalid value )`);

/**
 * The argument graphql-js refused while executing (no code of its own, so it would be masked):
 * `Argument "dryRun" of non-null type "Boolean!" must not be null.` when a nullable variable fills
 * an argument that has a default but cannot be null.
 */
export function argumentOfExecutionError(message: string): string | undefined {
  return ARGUMENT.exec(message)?.[1];
}
