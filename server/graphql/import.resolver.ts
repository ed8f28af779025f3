/**
 * The GraphQL adapter of the CSV import: the import itself (server/imports/) knows nothing of
 * GraphQL, so its resolver lives with the rest of the GraphQL edge.
 */
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { invalid } from '../domain/errors.js';
import { MAX_CSV_CHARACTERS } from '../domain/limits.js';
import { fileNameOf } from '../domain/rules.js';
import { runImport } from '../imports/import.service.js';
import type { Context } from './context.js';

export enum ImportKind {
  PARTICIPANTS = 'PARTICIPANTS',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'PARTICIPANTS: the social-services list of selected participants; ATTENDANCE: an attendance register.',
});

@ObjectType({ simpleResolvers: true })
class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' }) row!: number;
  @Field(() => String) column!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ simpleResolvers: true })
class ImportCounts {
  @Field(() => Int) people!: number;
  @Field(() => Int) enrolments!: number;
  @Field(() => Int) activities!: number;
  @Field(() => Int) attendances!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What an import did, or every bad row when it wrote nothing.' })
class ImportResult {
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => Int) rows!: number;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: 'true when the file was written (no bad row, not a dry run).' }) written!: boolean;
  @Field(() => ImportCounts, { description: 'Records the file creates (or would create, on a dry run).' }) created!: ImportCounts;
  @Field(() => Int, { description: 'Rows already in the database, skipped.' }) skipped!: number;
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: 'Imports a CSV file in one transaction: any bad row, and nothing is written.' })
  async importFile(
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('csv', () => String) csv: string,
    @Arg('fileName', () => String, { nullable: true }) fileName: string | null | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    if (csv.length > MAX_CSV_CHARACTERS) {
      throw invalid('csv', `the file is over ${MAX_CSV_CHARACTERS} characters: import it with npm run import`);
    }
    // The name goes into the audit entry of every record the file creates: plain text, at most 255 characters.
    const name = fileName === null || fileName === undefined ? 'upload.csv' : fileNameOf(fileName);
    const report = await runImport(ctx.db.pool, ctx.caller, {
      kind: kind === ImportKind.PARTICIPANTS ? 'participants' : 'attendance',
      csv,
      fileName: name,
      dryRun,
      pseudonymKey: ctx.pseudonymKey,
    });
    return { ...report, kind };
  }
}
