import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { invalid } from '../../domain/errors.js';
import { AuditEntry } from './audit.entity.js';
import { AUDIT_PAGE_MAX, AuditFilter, AuditPage } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditPage, { description: 'The audit trail, newest first, a page at a time (admins only).' })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuditPage> {
    if (first < 1 || first > AUDIT_PAGE_MAX) throw invalid('first', `first must be between 1 and ${AUDIT_PAGE_MAX}`);
    if (after != null && !/^\d+$/.test(after)) throw invalid('after', 'after must be a cursor returned by auditLog');
    const where: Record<string, unknown> = {};
    if (filter?.entity) where.entity = filter.entity;
    if (filter?.entityId) where.entityId = filter.entityId;
    if (filter?.actor) where.actor = filter.actor;
    const at: Record<string, Date> = {};
    if (filter?.from) at.$gte = new Date(`${filter.from}T00:00:00Z`);
    if (filter?.to) at.$lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000);
    if (Object.keys(at).length > 0) where.at = at;
    if (after != null) where.id = { $lt: after };
    const rows = await ctx.em.find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: first + 1 });
    const entries = rows.slice(0, first);
    return { entries, nextCursor: rows.length > first ? String(entries[entries.length - 1]!.id) : null };
  }
}
