/**
 * The newsletter update's text, per language: a title and a few short paragraphs in Markdown
 * (bold with **, emphasis with *, a list with "- "), rendered to HTML by newsletter.render.ts.
 */
import { MAX_MONEY_NOISE_CENTS, NOISE } from '../../disclosure/cell-key.js';
import type { NewsletterFigures, ProjectFigures } from './newsletter.figures.js';
import { count, euroAmount, longDate, percent, plural, type NewsLang } from './newsletter.numbers.js';

export interface Draft {
  title: string;
  /** Paragraphs; a paragraph whose lines start with "- " is a list. */
  blocks: string[];
}

function where(p: ProjectFigures): string {
  return p.place ? `${p.municipality}, ${p.place}` : p.municipality;
}

const it = (f: NewsletterFigures): Draft => {
  const date = longDate(f.asOf, 'it');
  const blocks: string[] = [];
  const ofTarget = `su ${count(f.target, 'it')} previste dai progetti (${percent(f.reachedSumOverProjects / f.target, 'it')})`;
  const eachProject = '(chi è raggiunto da più progetti conta in ciascuno)';
  blocks.push(
    f.reachedSumOverProjects === 0 && !f.reached
      ? `Al ${date} i Laboratori Sociali di Quartiere non hanno ancora registrato persone raggiunte dalle loro attività.`
      : f.reached === null
        ? `Al ${date} questi Laboratori Sociali di Quartiere contano insieme **${plural(f.reachedSumOverProjects, 'it', 'persona raggiunta', 'persone raggiunte')}**, ` +
          `sommando quelle di ogni progetto ${eachProject}, ${ofTarget}.`
        : `Al ${date} i Laboratori Sociali di Quartiere hanno raggiunto **${plural(f.reached, 'it', 'persona', 'persone')}** con le loro attività` +
          (f.reached === f.reachedSumOverProjects
            ? `, ${ofTarget}.`
            : `; contando ogni progetto a sé ${eachProject} sono ${count(f.reachedSumOverProjects, 'it')}, ${ofTarget}.`),
  );
  blocks.push(
    f.enrolled === 0
      ? 'Il percorso di reinserimento non ha ancora accolto partecipanti.'
      : `Nel percorso di reinserimento ${f.enrolled === 1 ? 'è entrato' : 'sono entrati'} ${plural(f.enrolled, 'it', 'inquilino', 'inquilini')} in condizione di morosità incolpevole: ` +
          `**${count(f.employed, 'it')} ${f.employed === 1 ? 'ha' : 'hanno'} trovato lavoro** e ${count(f.inProgress, 'it')} ${f.inProgress === 1 ? 'sta' : 'stanno'} ancora seguendo il percorso di formazione.`,
  );
  if (f.recoveredCents > 0n) {
    blocks.push(
      `Il debito verso ALER Milano si è ridotto di **${euroAmount(f.recoveredCents, 'it')} euro**: ` +
        `${euroAmount(f.repaidCents, 'it')} euro rimborsati dai partecipanti e ${euroAmount(f.withheldCents, 'it')} euro ` +
        `trattenuti sull'indennità di chi ha concluso il percorso senza trovare lavoro` +
        (f.recoveryRate === null ? '.' : ` (${percent(f.recoveryRate, 'it')} della morosità al momento della selezione).`),
    );
  }
  const active = f.projects.filter((p) => p.reached > 0 || p.enrolled > 0);
  if (active.length > 0) {
    blocks.push(
      active
        .map(
          (p) =>
            `- **${p.name}** (${where(p)}): ${plural(p.reached, 'it', 'persona raggiunta', 'persone raggiunte')}` +
            (p.enrolled > 0
              ? `, ${count(p.employed, 'it')} su ${plural(p.enrolled, 'it', 'partecipante', 'partecipanti')} al lavoro.`
              : '.'),
        )
        .join('\n'),
    );
  }
  blocks.push(
    `*Cifre pubbliche al ${date}, ultimo rilascio mensile: per proteggere le persone, ogni conteggio di base (per progetto, sesso e voce) ` +
      `è perturbato di al più ${NOISE.maxNoise} unità e i totali ne sono le somme; ogni importo di un progetto, di al più ` +
      `${euroAmount(MAX_MONEY_NOISE_CENTS, 'it')} euro.*`,
  );
  if (f.usesSyntheticData)
    blocks.push('*Nota: queste cifre provengono dalla popolazione dimostrativa di Quartieri, sintetica: non descrivono persone reali.*');
  blocks.push(
    f.frozenAs
      ? `*Cifre pubbliche tratte dal report consolidato «${f.frozenAs.label}», congelato il ${longDate(f.frozenAs.frozenAt.toISOString().slice(0, 10), 'it')}.*`
      : '*Cifre provvisorie: non provengono da un report consolidato per la Regione.*',
  );
  return { title: `Laboratori Sociali di Quartiere: a che punto siamo al ${date}`, blocks };
};

const en = (f: NewsletterFigures): Draft => {
  const date = longDate(f.asOf, 'en');
  const blocks: string[] = [];
  const ofTarget = `of the ${count(f.target, 'en')} the projects set out to reach (${percent(f.reachedSumOverProjects / f.target, 'en')})`;
  const eachProject = '(someone reached by several projects counts in each)';
  blocks.push(
    f.reachedSumOverProjects === 0 && !f.reached
      ? `As of ${date} the Neighbourhood Social Labs have not yet recorded anyone reached by their activities.`
      : f.reached === null
        ? `As of ${date} these Neighbourhood Social Labs count **${plural(f.reachedSumOverProjects, 'en', 'person', 'people')} reached** between them, ` +
          `adding up each project's ${eachProject}, ${ofTarget}.`
        : `As of ${date} the Neighbourhood Social Labs have reached **${plural(f.reached, 'en', 'person', 'people')}** through their activities` +
          (f.reached === f.reachedSumOverProjects
            ? `, ${ofTarget}.`
            : `; counting each project on its own ${eachProject} they are ${count(f.reachedSumOverProjects, 'en')}, ${ofTarget}.`),
  );
  blocks.push(
    f.enrolled === 0
      ? 'The reintegration path has not yet taken on any participants.'
      : `${plural(f.enrolled, 'en', 'tenant', 'tenants')} in blameless rent arrears ${f.enrolled === 1 ? 'has' : 'have'} joined the reintegration path: ` +
          `**${count(f.employed, 'en')} ${f.employed === 1 ? 'has' : 'have'} found work** and ${count(f.inProgress, 'en')} ${f.inProgress === 1 ? 'is' : 'are'} still in training.`,
  );
  if (f.recoveredCents > 0n) {
    blocks.push(
      `Rent debt owed to ALER Milano has come down by **€${euroAmount(f.recoveredCents, 'en')}**: ` +
        `€${euroAmount(f.repaidCents, 'en')} repaid by participants and €${euroAmount(f.withheldCents, 'en')} ` +
        `withheld from the allowance of those whose path ended without a job` +
        (f.recoveryRate === null ? '.' : ` (${percent(f.recoveryRate, 'en')} of the arrears at selection).`),
    );
  }
  const active = f.projects.filter((p) => p.reached > 0 || p.enrolled > 0);
  if (active.length > 0) {
    blocks.push(
      active
        .map(
          (p) =>
            `- **${p.name}** (${where(p)}): ${plural(p.reached, 'en', 'person', 'people')} reached` +
            (p.enrolled > 0 ? `, ${count(p.employed, 'en')} of ${plural(p.enrolled, 'en', 'participant', 'participants')} in work.` : '.'),
        )
        .join('\n'),
    );
  }
  blocks.push(
    `*Public figures as of ${date}, the latest monthly release: to protect people, each basic count (by project, sex and item) ` +
      `is perturbed by at most ${NOISE.maxNoise} and totals are their sums; each amount of a project, by at most ` +
      `€${euroAmount(MAX_MONEY_NOISE_CENTS, 'en')}.*`,
  );
  if (f.usesSyntheticData)
    blocks.push("*Note: these figures come from Quartieri's synthetic demo population: they describe no real person.*");
  blocks.push(
    f.frozenAs
      ? `*Public figures drawn from the frozen report "${f.frozenAs.label}", frozen on ${longDate(f.frozenAs.frozenAt.toISOString().slice(0, 10), 'en')}.*`
      : '*Provisional figures: they do not come from a report frozen for the Region.*',
  );
  return { title: `Neighbourhood Social Labs: where we stand as of ${date}`, blocks };
};

export const DRAFTS: Record<NewsLang, (figures: NewsletterFigures) => Draft> = { it, en };
