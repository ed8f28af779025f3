import { Arg, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { newsletterFigures } from '../../newsletter/figures.js';
import { toHtml, toMarkdown } from '../../newsletter/render.js';
import { DRAFTS } from '../../newsletter/text.js';
import { projectsInScope, scopeOf } from '../report/report.service.js';
import { ReportFilter } from '../report/report.types.js';

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
  @Query(() => NewsletterUpdate, { description: 'A draft newsletter update: title and short paragraphs, in Markdown and HTML, Italian first.' })
  async newsletterUpdate(
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null | undefined,
    @Arg('language', () => Language, { nullable: true, defaultValue: Language.IT }) language: Language | null,
    @Ctx() ctx: Context,
  ): Promise<NewsletterUpdate> {
    const scope = scopeOf(filter);
    const figures = await newsletterFigures(ctx.db, scope, await projectsInScope(ctx, scope));
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
