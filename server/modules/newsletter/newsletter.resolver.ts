import { Arg, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { forPublication } from '../../disclosure/audience.js';
import { projectsInScope, scopeOf } from '../report/report.service.js';
import { ReportFilter } from '../report/report.types.js';
import { ReportSnapshot } from '../snapshot/snapshot.entity.js';
import { contentHash, liveContent } from '../snapshot/snapshot.service.js';
import { newsletterFigures } from './newsletter.figures.js';
import { toHtml, toMarkdown } from './newsletter.render.js';
import { DRAFTS } from './newsletter.text.js';

export enum Language {
  IT = 'IT',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language' });

@ObjectType({ simpleResolvers: true, description: "A draft update for ALER's newsletter, with the latest figures." })
class NewsletterUpdate {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Language) language!: Language;
  @Field(() => String) title!: string;
  @Field(() => String) markdown!: string;
  @Field(() => String) html!: string;
  @Field(() => Boolean, { description: 'true when the figures come from the synthetic demo population (the text says so too).' })
  usesSyntheticData!: boolean;
}

@Resolver()
export class NewsletterResolver {
  @Query(() => NewsletterUpdate, {
    description: 'A draft newsletter update: title and short paragraphs, in Markdown and HTML, Italian first.',
  })
  async newsletterUpdate(
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null | undefined,
    @Arg('language', () => Language, { nullable: true, defaultValue: Language.IT }) language: Language | null,
    @Ctx() ctx: Context,
  ): Promise<NewsletterUpdate> {
    // Whoever asks, a newsletter says what may be published: the public release's figures.
    const scope = scopeOf(filter, forPublication(ctx.disclosurePolicy));
    // The figures are those of a frozen report when one, as of the same day and for all projects, has the same content.
    const frozen = async () => {
      if (scope.projectCodes !== null) return null;
      const snapshots = await ctx.em.find(ReportSnapshot, { asOf: scope.asOf }, { orderBy: { id: 'desc' } });
      if (snapshots.length === 0) return null;
      const hash = contentHash(await liveContent(ctx, scope.asOf));
      const same = snapshots.find((s) => s.sha256 === hash);
      return same ? { label: same.label, frozenAt: same.frozenAt! } : null;
    };
    const figures = await newsletterFigures(ctx, scope, await projectsInScope(ctx, scope), frozen);
    // An explicit null means the default, Italian.
    const chosen = language ?? Language.IT;
    const draft = DRAFTS[chosen === Language.EN ? 'en' : 'it'](figures);
    return {
      asOf: figures.asOf,
      language: chosen,
      title: draft.title,
      markdown: toMarkdown(draft),
      html: toHtml(draft),
      usesSyntheticData: figures.usesSyntheticData,
    };
  }
}
