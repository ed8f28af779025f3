import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyAccessPolicy } from './access.js';
import { applyIdempotency } from './idempotency.js';
import { applyInputGuard } from './input-guard.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver.js';
import { ArrearsCaseResolver } from '../modules/arrears-case/arrears-case.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CorrectionResolver } from '../modules/correction/correction.resolver.js';
import { ImportResolver } from './import.resolver.js';
import { listingResolvers } from '../modules/listing/listing.resolver.js';
import { LockResolver } from '../modules/lock/lock.resolver.js';
import { NewsletterResolver } from '../modules/newsletter/newsletter.resolver.js';
import { SnapshotResolver } from '../modules/snapshot/snapshot.resolver.js';
import { EnrolmentResolver } from '../modules/enrolment/enrolment.resolver.js';
import { RepaymentResolver } from '../modules/ledger/repayment.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { ProgrammeResolver } from '../modules/programme/programme.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { reportRowResolvers, ReportResolver } from '../modules/report/report.resolver.js';

export const resolvers = [
  ProgrammeResolver,
  ProjectResolver,
  ReportResolver,
  ...reportRowResolvers,
  PersonResolver,
  EnrolmentResolver,
  RepaymentResolver,
  ActivityResolver,
  ArrearsCaseResolver,
  AuditResolver,
  CorrectionResolver,
  LockResolver,
  ImportResolver,
  ApiKeyResolver,
  NewsletterResolver,
  SnapshotResolver,
  ...listingResolvers,
] as const;

/**
 * The schema with every root field behind the input guard (graphql/input-guard.ts), then its access
 * rule (graphql/access.ts), and mutations retried safely with an Idempotency-Key.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  return applyInputGuard(applyAccessPolicy(applyIdempotency(await buildSchema({ resolvers, validate: false }))));
}

/** The SDL written to schema/schema.graphql: sorted, so that it only changes when the API does. */
export function printEmittedSchema(schema: GraphQLSchema): string {
  const header =
    '# Emitted by the server from its code-first types (npm run schema). Do not edit by hand:\n' +
    '# `npm run check` fails when this file is stale. The published contract is contract.graphql.\n\n';
  return `${header}${printSchema(lexicographicSortSchema(schema))}\n`;
}
