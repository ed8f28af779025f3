import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { ReportSnapshot } from './snapshot.entity.js';
import {
  consistentContent,
  correctionsBetween,
  diffContents,
  findSnapshot,
  freezeReport,
  type SnapshotContent,
} from './snapshot.service.js';

@ObjectType({ simpleResolvers: true, description: 'One figure that differs.' })
class FigureChange {
  @Field(() => String, { description: 'esfIndicators or projects' }) table!: string;
  @Field(() => String, { description: 'The indicator or project code.' }) key!: string;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What changed since a report was frozen, and the corrections that caused it.' })
class ReportDiff {
  @Field(() => ReportSnapshot) snapshot!: ReportSnapshot;
  @Field(() => ReportSnapshot, { nullable: true, description: 'The later snapshot compared; null = the live figures as of the same day.' })
  against!: ReportSnapshot | null;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => [FigureChange]) changes!: FigureChange[];
  @Field(() => [AuditEntry], {
    description: 'Corrections and voids recorded since the snapshot was frozen (until the later one, if compared).',
  })
  corrections!: AuditEntry[];
}

@Resolver(() => ReportSnapshot)
export class SnapshotResolver {
  @Query(() => [ReportSnapshot], { description: 'The frozen reports, the newest first.' })
  reportSnapshots(@Ctx() ctx: Context): Promise<ReportSnapshot[]> {
    return ctx.em.find(ReportSnapshot, {}, { orderBy: { id: 'desc' } });
  }

  @Mutation(() => ReportSnapshot, {
    description: 'Freezes the report as of a day (the full indicator set and per-project figures), with its SHA-256.',
  })
  freezeReport(
    @Arg('asOf', () => DateScalar) asOf: string,
    @Arg('label', () => String) label: string,
    @Ctx() ctx: Context,
  ): Promise<ReportSnapshot> {
    return freezeReport(ctx, asOf, label);
  }

  @Query(() => ReportDiff, { description: 'What changed since a snapshot: against a later snapshot, or the live figures as of its day.' })
  async reportDiff(
    @Arg('snapshot', () => ID) snapshotId: string,
    @Arg('against', () => ID, { nullable: true, description: 'Another snapshot; omitted = the live figures.' })
    againstId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ReportDiff> {
    const snapshot = await findSnapshot(ctx.em, snapshotId, 'snapshot');
    const against = againstId ? await findSnapshot(ctx.em, againstId, 'against') : null;
    const from = JSON.parse(snapshot.content) as SnapshotContent;
    const to = against ? (JSON.parse(against.content) as SnapshotContent) : await consistentContent(ctx, snapshot.asOf);
    return {
      snapshot,
      against,
      asOf: snapshot.asOf,
      changes: diffContents(from, to),
      corrections: await correctionsBetween(ctx.em, snapshot.frozenAt!, against?.frozenAt ?? null),
    };
  }
}
