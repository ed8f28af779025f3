/**
 * The newsletter update's text, per language: a plain-text title and a few short paragraphs in
 * Markdown (bold with **, emphasis with *, a list with "- "), rendered to HTML by
 * newsletter.render.ts. Every text that comes from the records (project names, places, a frozen
 * report's label) goes in through `markdownText`, so it is read as text, never as Markdown or HTML.
 *
 * The wording follows the figures: "persone raggiunte" / "people reached" only for distinct people
 * (the projects' sum is named as such); every participant is in one group of the path (found work,
 * ended without work, left early, no exit recorded), and the groups add up to the participants;
 * once the scope's projects have ended, the programme is told in the past and nobody is "still"
 * on the path.
 */
import { MAX_MONEY_NOISE_CENTS, NOISE } from '../../disclosure/cell-key.js';
import type { NewsletterFigures, ProjectFigures } from './newsletter.figures.js';
import { count, euros, italianPercent, longDate, percent, plural, type NewsLang } from './newsletter.numbers.js';
import { markdownText } from './newsletter.render.js';

export interface Draft {
  /** Plain text (escaped by the renderers). */
  title: string;
  /** Markdown paragraphs; a paragraph whose lines start with "- " is a list. */
  blocks: string[];
}

/** "**GOLab** (Milano, via Gola)", as Markdown. */
function named(p: ProjectFigures): string {
  return `**${markdownText(p.name)}** (${markdownText(p.place ? `${p.municipality}, ${p.place}` : p.municipality)})`;
}

/** The one project of a single-project draft, or null. */
const single = (f: NewsletterFigures): ProjectFigures | null => (!f.allProjects && f.projects.length === 1 ? f.projects[0]! : null);

/** The programme (or the single project) is over on the figures' day. */
const ended = (f: NewsletterFigures): boolean => f.asOf >= f.endDate;

/** "a, b e c" / "a, b and c". */
function series(items: string[], lang: NewsLang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'it' ? ' e ' : ', and ';
  return items.length === 2 ? items.join(lang === 'it' ? ' e ' : ' and ') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)!}`;
}

/** part / whole as a percentage (with its article in Italian: "il 77%", "l'8,2%"), or null without a whole. */
const share = (part: number, whole: number, lang: NewsLang): string | null =>
  whole > 0 ? (lang === 'it' ? italianPercent(part / whole) : percent(part / whole, lang)) : null;

/** Who a draft of several projects is about: the programme, or the projects named. */
function titleOf(f: NewsletterFigures, lang: NewsLang): string {
  if (!f.allProjects)
    return series(
      f.projects.map((p) => p.name),
      lang,
    );
  return lang === 'it' ? 'Laboratori Sociali di Quartiere' : 'Neighbourhood Social Labs';
}

// ---------------------------------------------------------------------------------------------
// Italian
// ---------------------------------------------------------------------------------------------

function reachIt(f: NewsletterFigures): string {
  const date = longDate(f.asOf, 'it');
  const one = single(f);
  const over = ended(f);
  const pct = share(f.reachedSumOverProjects, f.target, 'it');
  if (one) {
    const ofTarget = pct ? `: ${pct} delle ${count(f.target, 'it')} previste dal progetto` : '';
    const people = plural(f.reachedSumOverProjects, 'it', 'persona', 'persone');
    if (over) {
      const opening = `Il progetto ${named(one)} si è concluso il ${longDate(f.endDate, 'it')}.`;
      return f.reachedSumOverProjects === 0
        ? `${opening} Non ha registrato persone raggiunte dalle sue attività.`
        : `${opening} Con le sue attività ha raggiunto **${people}**${ofTarget}.`;
    }
    return f.reachedSumOverProjects === 0
      ? `Al ${date} il progetto ${named(one)} non ha ancora registrato persone raggiunte dalle sue attività.`
      : `Al ${date} il progetto ${named(one)} ha raggiunto **${people}** con le sue attività${ofTarget}.`;
  }
  const labs = f.allProjects
    ? 'i Laboratori Sociali di Quartiere'
    : `i laboratori ${series(
        f.projects.map((p) => markdownText(p.name)),
        'it',
      )}`;
  const ofTarget = pct ? `: ${pct} delle ${count(f.target, 'it')} previste dai progetti` : '';
  const eachProject = '(chi ha partecipato a più laboratori è contato più volte)';
  const nobody = f.reachedSumOverProjects === 0 && !f.reached;
  const summed = `sommando le persone raggiunte da ciascun progetto ${eachProject}`;
  const distinct = (reached: number) =>
    `**${plural(reached, 'it', 'persona', 'persone')}**${over ? '' : ' con le loro attività'}` +
    (reached === f.reachedSumOverProjects
      ? `${ofTarget}.`
      : `; contando ogni progetto a sé ${eachProject} sono ${count(f.reachedSumOverProjects, 'it')}${ofTarget}.`);
  const people = `**${plural(f.reachedSumOverProjects, 'it', 'persona', 'persone')}**${ofTarget}.`;
  if (over) {
    const opening = `${labs.charAt(0).toUpperCase()}${labs.slice(1)} hanno concluso il loro programma il ${longDate(f.endDate, 'it')}.`;
    if (nobody) return `${opening} Non hanno registrato persone raggiunte dalle loro attività.`;
    if (f.reached === null) return `${opening} ${summed.charAt(0).toUpperCase()}${summed.slice(1)}, contano ${people}`;
    return `${opening} In tutto hanno raggiunto ${distinct(f.reached)}`;
  }
  if (nobody) return `Al ${date} ${labs} non hanno ancora registrato persone raggiunte dalle loro attività.`;
  if (f.reached === null) return `Al ${date}, ${summed}, ${labs} contano ${people}`;
  return `Al ${date} ${labs} hanno raggiunto ${distinct(f.reached)}`;
}

function pathIt(f: NewsletterFigures): string {
  if (f.enrolled === 0) return 'Il percorso di reinserimento lavorativo non ha ancora accolto partecipanti.';
  const over = ended(f);
  const verb = (n: number, one: string, many: string) => `${count(n, 'it')} ${n === 1 ? one : many}`;
  const groups: string[] = [];
  if (f.employed > 0) groups.push(`**${verb(f.employed, 'ha trovato lavoro', 'hanno trovato lavoro')}**`);
  if (f.unsuccessful > 0)
    groups.push(verb(f.unsuccessful, 'ha concluso il percorso senza trovarlo', 'hanno concluso il percorso senza trovarlo'));
  if (f.withdrawn > 0) groups.push(verb(f.withdrawn, 'lo ha lasciato prima della fine', 'lo hanno lasciato prima della fine'));
  let tail = '';
  if (f.inProgress > 0) {
    if (over) tail = `; per ${count(f.inProgress, 'it')} la conclusione del percorso non risulta ancora registrata`;
    else groups.push(verb(f.inProgress, 'lo sta ancora seguendo', 'lo stanno ancora seguendo'));
  }
  const entered = f.enrolled === 1 ? 'è entrato 1 inquilino' : `sono entrati ${count(f.enrolled, 'it')} inquilini`;
  const list = series(groups, 'it');
  return `Nel percorso di reinserimento lavorativo ${entered} in morosità incolpevole${list ? `: ${list}` : ''}${tail}.`;
}

function debtIt(f: NewsletterFigures): string | null {
  if (f.recoveredCents <= 0n) return null;
  const parts: string[] = [];
  if (f.repaidCents > 0n) parts.push(`${euros(f.repaidCents, 'it')} rimborsati dai partecipanti`);
  if (f.withheldCents > 0n)
    parts.push(`${euros(f.withheldCents, 'it')} trattenuti sull'indennità di chi ha concluso il percorso senza trovare lavoro`);
  const rate = f.recoveryRate === null ? '' : `, ${italianPercent(f.recoveryRate)} della morosità al momento della selezione`;
  return `Il debito verso ALER Milano si è ridotto di **${euros(f.recoveredCents, 'it')}**${rate}: ${series(parts, 'it')}.`;
}

function projectsIt(f: NewsletterFigures): string | null {
  if (single(f)) return null;
  const active = f.projects.filter((p) => p.reached > 0 || p.enrolled > 0);
  if (active.length === 0) return null;
  return active
    .map(
      (p) =>
        `- ${named(p)}: ${plural(p.reached, 'it', 'persona raggiunta', 'persone raggiunte')}` +
        (p.enrolled > 0 ? `; ${count(p.employed, 'it')} su ${plural(p.enrolled, 'it', 'partecipante', 'partecipanti')} al lavoro.` : '.'),
    )
    .join('\n');
}

function notesIt(f: NewsletterFigures): string[] {
  const notes: string[] = [];
  if (f.asOfChosen === 'PROGRAMME_END')
    notes.push(
      `*Senza una data indicata, le cifre sono quelle dell'ultimo giorno ${single(f) ? 'del progetto' : 'del programma'}, ormai concluso.*`,
    );
  notes.push(
    `*Cifre pubbliche del rilascio mensile al ${longDate(f.asOf, 'it')}. Per tutelare la riservatezza delle persone, ogni conteggio ` +
      `di base (per progetto, sesso e voce) è alterato di al massimo ${NOISE.maxNoise} unità e ogni importo di un progetto di al ` +
      `massimo ${euros(MAX_MONEY_NOISE_CENTS, 'it')}; i totali sono le somme dei valori pubblicati.*`,
  );
  if (f.usesSyntheticData)
    notes.push('*Attenzione: queste cifre sono calcolate su dati dimostrativi generati al computer, non su persone reali.*');
  notes.push(
    f.frozenAs
      ? `*Cifre consolidate: corrispondono al report «${markdownText(f.frozenAs.label)}», chiuso il ${longDate(f.frozenAs.frozenAt.toISOString().slice(0, 10), 'it')}.*`
      : '*Cifre provvisorie: non corrispondono ancora a un report consolidato per la Regione.*',
  );
  return notes;
}

const it = (f: NewsletterFigures): Draft => {
  const one = single(f);
  const who = one ? `${one.name} (${one.place ? `${one.municipality}, ${one.place}` : one.municipality})` : titleOf(f, 'it');
  const title = ended(f) ? `${who}: il bilancio al ${longDate(f.asOf, 'it')}` : `${who}: a che punto siamo al ${longDate(f.asOf, 'it')}`;
  const blocks = [reachIt(f), pathIt(f), debtIt(f), projectsIt(f), ...notesIt(f)].filter((b): b is string => b !== null);
  return { title, blocks };
};

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

function reachEn(f: NewsletterFigures): string {
  const date = longDate(f.asOf, 'en');
  const one = single(f);
  const over = ended(f);
  const pct = share(f.reachedSumOverProjects, f.target, 'en');
  if (one) {
    const people = plural(f.reachedSumOverProjects, 'en', 'person', 'people');
    const ofTarget = pct ? `: ${pct} of the ${count(f.target, 'en')} it set out to reach` : '';
    if (over) {
      const opening = `The ${named(one)} project ended on ${longDate(f.endDate, 'en')}.`;
      return f.reachedSumOverProjects === 0
        ? `${opening} It recorded nobody reached by its activities.`
        : `${opening} Its activities reached **${people}**${ofTarget}.`;
    }
    return f.reachedSumOverProjects === 0
      ? `By ${date} the ${named(one)} project had not yet recorded anyone reached by its activities.`
      : `By ${date} the ${named(one)} project had reached **${people}** through its activities${ofTarget}.`;
  }
  const labs = f.allProjects
    ? 'the Neighbourhood Social Labs'
    : `the ${series(
        f.projects.map((p) => markdownText(p.name)),
        'en',
      )} labs`;
  const ofTarget = pct ? `: ${pct} of the ${count(f.target, 'en')} the projects set out to reach` : '';
  const eachProject = '(someone who took part in several labs is counted more than once)';
  const nobody = f.reachedSumOverProjects === 0 && !f.reached;
  const summed = `adding up the people reached by each project ${eachProject}`;
  const distinct = (reached: number) =>
    `**${plural(reached, 'en', 'person', 'people')}**${over ? '' : ' through their activities'}` +
    (reached === f.reachedSumOverProjects
      ? `${ofTarget}.`
      : `; counted project by project ${eachProject}, the figure is ${count(f.reachedSumOverProjects, 'en')}${ofTarget}.`);
  const people = `**${plural(f.reachedSumOverProjects, 'en', 'person', 'people')}**${ofTarget}.`;
  if (over) {
    const opening = `${labs.charAt(0).toUpperCase()}${labs.slice(1)} ended their programme on ${longDate(f.endDate, 'en')}.`;
    if (nobody) return `${opening} They recorded nobody reached by their activities.`;
    if (f.reached === null) return `${opening} ${summed.charAt(0).toUpperCase()}${summed.slice(1)}, they counted ${people}`;
    return `${opening} In all, they reached ${distinct(f.reached)}`;
  }
  if (nobody) return `By ${date} ${labs} had not yet recorded anyone reached by their activities.`;
  if (f.reached === null) return `By ${date}, ${summed}, ${labs} counted ${people}`;
  return `By ${date} ${labs} had reached ${distinct(f.reached)}`;
}

function pathEn(f: NewsletterFigures): string {
  const over = ended(f);
  if (f.enrolled === 0)
    return over ? 'The reintegration path took on no participants.' : 'The reintegration path had not yet taken on any participants.';
  // Running: told as of a past day (the latest release), so in the past perfect.
  const had = over ? '' : 'had ';
  const groups: string[] = [];
  if (f.employed > 0) groups.push(`**${count(f.employed, 'en')} ${had}found work**`);
  if (f.unsuccessful > 0) groups.push(`${count(f.unsuccessful, 'en')} ${over ? 'completed' : 'had completed'} it without finding work`);
  if (f.withdrawn > 0) groups.push(`${count(f.withdrawn, 'en')} ${over ? 'left' : 'had left'} it early`);
  let tail = '';
  if (f.inProgress > 0) {
    if (over) tail = `; for ${count(f.inProgress, 'en')} no exit has been recorded yet`;
    else groups.push(`${count(f.inProgress, 'en')} ${f.inProgress === 1 ? 'was' : 'were'} still on it`);
  }
  const joined = `${plural(f.enrolled, 'en', 'tenant', 'tenants')} in blameless rent arrears ${over ? 'joined' : 'had joined'} the reintegration path`;
  const list = series(groups, 'en');
  return `${joined}${list ? `: ${list}` : ''}${tail}.`;
}

function debtEn(f: NewsletterFigures): string | null {
  if (f.recoveredCents <= 0n) return null;
  const parts: string[] = [];
  if (f.repaidCents > 0n) parts.push(`${euros(f.repaidCents, 'en')} repaid by participants`);
  if (f.withheldCents > 0n)
    parts.push(`${euros(f.withheldCents, 'en')} withheld from the allowance of those who completed the path without finding work`);
  const rate = f.recoveryRate === null ? '' : `, ${percent(f.recoveryRate, 'en')} of the arrears at selection`;
  return `Rent arrears owed to ALER Milano had come down by **${euros(f.recoveredCents, 'en')}**${rate}: ${series(parts, 'en')}.`;
}

function projectsEn(f: NewsletterFigures): string | null {
  if (single(f)) return null;
  const active = f.projects.filter((p) => p.reached > 0 || p.enrolled > 0);
  if (active.length === 0) return null;
  return active
    .map(
      (p) =>
        `- ${named(p)}: ${plural(p.reached, 'en', 'person', 'people')} reached` +
        (p.enrolled > 0 ? `; ${count(p.employed, 'en')} of ${plural(p.enrolled, 'en', 'participant', 'participants')} in work.` : '.'),
    )
    .join('\n');
}

function notesEn(f: NewsletterFigures): string[] {
  const notes: string[] = [];
  if (f.asOfChosen === 'PROGRAMME_END')
    notes.push(`*No date was given: the ${single(f) ? 'project' : 'programme'} is over, so these are the figures of its last day.*`);
  notes.push(
    `*Public figures from the monthly release of ${longDate(f.asOf, 'en')}. To protect people's privacy, each basic count ` +
      `(by project, sex and item) is altered by at most ${NOISE.maxNoise} and each amount of a project by at most ` +
      `${euros(MAX_MONEY_NOISE_CENTS, 'en')}; totals are the sums of the published values.*`,
  );
  if (f.usesSyntheticData) notes.push('*Note: these figures are computed on computer-generated demonstration data, not on real people.*');
  notes.push(
    f.frozenAs
      ? `*Final figures: they match the report "${markdownText(f.frozenAs.label)}", closed on ${longDate(f.frozenAs.frozenAt.toISOString().slice(0, 10), 'en')}.*`
      : '*Provisional figures: they do not yet match a report closed for the Region.*',
  );
  return notes;
}

const en = (f: NewsletterFigures): Draft => {
  const one = single(f);
  const who = one ? `${one.name} (${one.place ? `${one.municipality}, ${one.place}` : one.municipality})` : titleOf(f, 'en');
  const title = ended(f) ? `${who}: the results as of ${longDate(f.asOf, 'en')}` : `${who}: where we stand as of ${longDate(f.asOf, 'en')}`;
  const blocks = [reachEn(f), pathEn(f), debtEn(f), projectsEn(f), ...notesEn(f)].filter((b): b is string => b !== null);
  return { title, blocks };
};

export const DRAFTS: Record<NewsLang, (figures: NewsletterFigures) => Draft> = { it, en };
