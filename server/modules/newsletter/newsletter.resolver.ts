import { Arg, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { forPublication } from '../../disclosure/audience.js';
import { projectsInScope, scopeOf } from '../report/report.service.js';
import { ReportFilter } from '../report/report.types.js';
import { ReportSnapshot } from '../snapshot/snapshot.entity.js';
import { canonicalJson, contentHash, liveContent, type SnapshotContent } from '../snapshot/snapshot.service.js';
import { todayInItaly } from '../../dates.js';
import { newsletterFigures, type AsOfChosen } from './newsletter.figures.js';
import { toHtml, toMarkdown } from './newsletter.render.js';
import { DRAFTS } from './newsletter.text.js';

/**
 * Whether a frozen report holds the live figures of a scope (live: as of the release day; the
 * report: as of that day or a later one): for all projects, the same content but for its day
 * (hash); for some projects, the same row for each of them in its per-project table.
 */
function sameFigures(snapshot: ReportSnapshot, live: SnapshotContent, projectCodes: string[] | null): boolean {
  if (projectCodes === null) return snapshot.sha256 === contentHash({ ...live, asOf: snapshot.asOf });
  const frozen = JSON.parse(snapshot.content) as SnapshotContent;
  const row = (content: SnapshotContent, code: string) => content.projects.find((r) => r.code === code);
  return projectCodes.every((code) => {
    const before = row(frozen, code);
    const now = row(live, code);
    return before !== undefined && now !== undefined && canonicalJson(before) === canonicalJson(now);
  });
}

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
    description:
      'A draft newsletter update: title and short paragraphs, in Markdown and HTML, Italian first. ' +
      "Without filter.asOf: as of today while the scope's projects run, as of their last day once they have ended (the text says so).",
  })
  async newsletterUpdate(
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null | undefined,
    @Arg('language', () => Language, { nullable: true, defaultValue: Language.IT }) language: Language | null,
    @Ctx() ctx: Context,
  ): Promise<NewsletterUpdate> {
    // Whoever asks, a newsletter says what may be published: the public release's figures.
    const publication = forPublication(ctx.disclosurePolicy);
    const asked = scopeOf(filter, publication);
    const projects = await projectsInScope(ctx, asked);
    // No day asked: today (its latest release) while the programme runs, its last day once it is over.
    const end = projects.map((p) => p.endDate).reduce((a, b) => (b > a ? b : a));
    const chosen: AsOfChosen = filter?.asOf ? 'ASKED' : todayInItaly() > end ? 'PROGRAMME_END' : 'TODAY';
    const scope = chosen === 'PROGRAMME_END' ? scopeOf({ ...filter, asOf: end }, publication) : asked;
    // The day the figures are meant for: the public release (scope.asOf) is the month end on or before it.
    const meant = filter?.asOf ?? (chosen === 'PROGRAMME_END' ? end : todayInItaly());
    // The figures are those of a frozen report when one, frozen as of a day from the release to the
    // day meant, holds the same figures for the scope's projects (nothing changed in between).
    const frozen = async () => {
      const snapshots = await ctx.em.find(
        ReportSnapshot,
        { asOf: { $gte: scope.asOf, $lte: meant } },
        { orderBy: { asOf: 'desc', id: 'desc' }, limit: 50 },
      );
      if (snapshots.length === 0) return null;
      const live = await liveContent(ctx, scope.asOf);
      const same = snapshots.find((s) => sameFigures(s, live, scope.projectCodes));
      return same ? { label: same.label, frozenAt: same.frozenAt! } : null;
    };
    const figures = await newsletterFigures(ctx, scope, chosen, projects, frozen);
    // An explicit null means the default, Italian.
    const lang = language ?? Language.IT;
    const draft = DRAFTS[lang === Language.EN ? 'en' : 'it'](figures);
    return {
      asOf: figures.asOf,
      language: lang,
      title: draft.title,
      markdown: toMarkdown(draft),
      html: toHtml(draft),
      usesSyntheticData: figures.usesSyntheticData,
    };
  }
}
