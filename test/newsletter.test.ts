/**
 * The newsletter update through the API, on a small fixed data set: the full text of each draft
 * (all projects, one project, after the programme's end; Italian and English) compared with a
 * checked-in file, its figures the public views' own, the programme's end as the default day once
 * it is over, frozen reports recognised for all projects and for one, and user text escaped.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, euros } from '../server/modules/newsletter/newsletter.numbers.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const f = new Fixtures(t);
  const people = [];
  for (let i = 0; i < 4; i += 1)
    people.push(await f.person({ sex: i % 2 ? 'MALE' : 'FEMALE', birthYear: 1970 + i, labourStatus: 'UNEMPLOYED', education: 'ISCED_2' }));
  const a = await f.activity('PRO_SALOMONE', '2019-03-01');
  const b = await f.activity('GOLAB', '2019-04-01');
  for (const person of people) await f.attend(a, person);
  await f.attend(b, people[0]!);
  const e1 = await f.enrol(people[0]!, 'PRO_SALOMONE', '2018-10-01', 450000);
  const e2 = await f.enrol(people[1]!, 'PRO_SALOMONE', '2018-10-01', 300025);
  await f.enrol(people[2]!, 'GOLAB', '2019-01-15', 120000);
  await f.exit(e1, '2019-06-30', 'EMPLOYED', { contractType: 'PERMANENT' });
  await f.repay(e1, '2019-08-01', 125050);
  await f.exit(e2, '2019-09-30', 'UNSUCCESSFUL');
});
afterAll(() => t?.close());

const QUERY = graphql(`
  query NewsletterDraft($filter: ReportFilter, $language: Language) {
    newsletterUpdate(filter: $filter, language: $language) {
      asOf
      language
      title
      markdown
      html
      usesSyntheticData
    }
  }
`);

const PUBLIC = graphql(`
  query NewsletterPublicFigures($filter: ReportFilter) {
    peopleReached(filter: $filter) {
      distinct
      sumOverProjects
    }
    employmentOutcomes(filter: $filter) {
      enrolled
      employed
      unsuccessful
      withdrawn
      inProgress
    }
    debtRecovery(filter: $filter) {
      recoveredFromRepayments
      recoveredFromWithholding
      totalRecovered
    }
  }
`);

const draft = async (filter: Record<string, unknown> | undefined, language: 'IT' | 'EN' = 'IT') => {
  const response = await t.gql(QUERY, { filter, language });
  expect(response.errors).toBeUndefined();
  return response.data!.newsletterUpdate;
};
const cents = (money: string) => BigInt(money.replace('.', ''));

// "After the end" asks no day: the programme ended on 31 August 2020, so that is the day.
const CASES = {
  'all-projects': { asOf: '2019-12-31' },
  'one-project': { asOf: '2019-12-31', projectCodes: ['PRO_SALOMONE'] },
  'after-the-end': undefined,
} as const;

describe('newsletterUpdate, golden', () => {
  for (const [name, filter] of Object.entries(CASES)) {
    for (const language of ['IT', 'EN'] as const) {
      it(`writes the ${name} draft in ${language} as the checked-in file`, async () => {
        const { markdown } = await draft(filter, language);
        await expect(markdown).toMatchFileSnapshot(`./golden/newsletter/${name}.${language.toLowerCase()}.md`);
      });
    }
  }

  it('says the public views’ own figures, whoever asks', async () => {
    for (const filter of Object.values(CASES)) {
      const { asOf, markdown } = await draft(filter);
      const figures = (await t.gql(PUBLIC, { filter: { ...filter, asOf } })).data!;
      const { distinct, sumOverProjects } = figures.peopleReached;
      const { enrolled, employed, unsuccessful, withdrawn, inProgress } = figures.employmentOutcomes;
      expect(distinct).not.toBeNull();
      expect(markdown).toContain(`**${count(distinct!, 'it')} ${distinct === 1 ? 'persona' : 'persone'}**`);
      if (distinct !== sumOverProjects) expect(markdown).toContain(`sono ${count(sumOverProjects, 'it')}`);
      expect(employed + unsuccessful + withdrawn + inProgress).toBe(enrolled);
      expect(markdown).toContain(`${enrolled === 1 ? 'è entrato 1 inquilino' : `sono entrati ${count(enrolled, 'it')} inquilini`}`);
      if (employed > 0) expect(markdown).toContain(`**${count(employed, 'it')} ${employed === 1 ? 'ha' : 'hanno'} trovato lavoro**`);
      if (unsuccessful > 0)
        expect(markdown).toContain(
          `${count(unsuccessful, 'it')} ${unsuccessful === 1 ? 'ha' : 'hanno'} concluso il percorso senza trovarlo`,
        );
      const debt = figures.debtRecovery;
      if (cents(debt.totalRecovered) > 0n) expect(markdown).toContain(`si è ridotto di **${euros(cents(debt.totalRecovered), 'it')}**`);
      if (cents(debt.recoveredFromRepayments) > 0n)
        expect(markdown).toContain(`${euros(cents(debt.recoveredFromRepayments), 'it')} rimborsati`);
      if (cents(debt.recoveredFromWithholding) > 0n)
        expect(markdown).toContain(`${euros(cents(debt.recoveredFromWithholding), 'it')} trattenuti`);
      // A key gets the same newsletter: it is what may be published.
      expect((await t.gql(QUERY, { filter }, AS_ADMIN)).data!.newsletterUpdate.markdown).toBe(markdown);
    }
  });
});

describe('newsletterUpdate', () => {
  it('writes one project as its own news: its name, place and target, told once', async () => {
    const one = await draft({ asOf: '2019-12-31', projectCodes: ['GOLAB'] });
    expect(one.title).toBe('GOLab (Milano, via Gola): a che punto siamo al 31 dicembre 2019');
    expect(one.markdown).toContain('Al 31 dicembre 2019 il progetto **GOLab** (Milano, via Gola) ha raggiunto');
    expect(one.markdown).toContain('previste dal progetto');
    expect(one.markdown).not.toContain('Laboratori Sociali di Quartiere');
    expect(one.markdown).not.toContain('- **GOLab**');
  });

  it('takes the programme’s end as its day once the programme is over, and says so', async () => {
    const italian = await draft(undefined);
    expect(italian.asOf).toBe('2020-08-31');
    expect(italian.title).toBe('Laboratori Sociali di Quartiere: il bilancio al 31 agosto 2020');
    expect(italian.markdown).toContain('hanno concluso il loro programma il 31 agosto 2020');
    expect(italian.markdown).toContain("*Senza una data indicata, le cifre sono quelle dell'ultimo giorno del programma, ormai concluso.*");
    expect(italian.markdown).not.toContain('ancora seguendo');
    const en = await draft(undefined, 'EN');
    expect(en.markdown).toContain('*No date was given: the programme is over, so these are the figures of its last day.*');
    expect(en.markdown).not.toMatch(/\bstill\b|have (reached|involved)/);
    // A day asked is kept, even after the end.
    expect((await draft({ asOf: '2021-06-30' })).asOf).toBe('2021-06-30');
  });

  it('recognises the report frozen at the end when no day is asked, and one frozen on a later day with the same figures', async () => {
    await t.gql(`mutation { freezeReport(asOf: "2020-08-31", label: "Relazione finale") { id } }`, {}, AS_ADMIN);
    expect((await draft(undefined)).markdown).toMatch(/\*Cifre consolidate: corrispondono al report «Relazione finale», chiuso il /);
    // Frozen as of the 15th: the public release of the 20th is the 31 August one, and nothing changed in between.
    await t.gql(`mutation { freezeReport(asOf: "2020-09-15", label: "Chiusura") { id } }`, {}, AS_ADMIN);
    const later = await draft({ asOf: '2020-09-20' }, 'EN');
    expect(later.asOf).toBe('2020-08-31');
    expect(later.markdown).toMatch(/\*Final figures: they match the report "Chiusura", closed on /);
    // A report frozen after the day asked is not the figures of that day.
    expect((await draft({ asOf: '2020-09-10' })).markdown).not.toContain('Chiusura');
  });

  it('recognises a frozen report, for all projects and for one of its projects, and goes back to provisional after a correction', async () => {
    const label = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> *a* _b_ # c';
    await t.gql(`mutation($label: String!) { freezeReport(asOf: "2019-12-31", label: $label) { id } }`, { label }, AS_ADMIN);
    const all = await draft({ asOf: '2019-12-31' });
    expect(all.markdown).toMatch(/\*Cifre consolidate: corrispondono al report «.*», chiuso il \d+ \w+ \d{4}\.\*/);
    const one = await draft({ asOf: '2019-12-31', projectCodes: ['GOLAB'] }, 'EN');
    expect(one.markdown).toMatch(/\*Final figures: they match the report ".*", closed on \d+ \w+ \d{4}\.\*/);
    // The Markdown the copy button copies, rendered with raw HTML allowed: the label is text only.
    type MarkdownIt = new (options: { html: boolean }) => { render(source: string): string };
    const MarkdownIt = createRequire(import.meta.url)('markdown-it') as MarkdownIt;
    for (const { markdown, html } of [all, one]) {
      const rendered = new MarkdownIt({ html: true }).render(markdown);
      expect(rendered).toBe(html);
      expect(rendered).not.toMatch(/<(script|img|a|h1)\b|href=/i);
      expect(rendered).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; *a* _b_ # c',
      );
    }
    // A correction in GOLab: neither all projects nor GOLab are the frozen figures any more; PRO_SALOMONE still is.
    await t.sql(`update enrolment set arrears_cents = arrears_cents + 1 where project_code = 'GOLAB'`);
    expect((await draft({ asOf: '2019-12-31' })).markdown).toContain(
      '*Cifre provvisorie: non corrispondono ancora a un report consolidato per la Regione.*',
    );
    expect((await draft({ asOf: '2019-12-31', projectCodes: ['GOLAB'] })).markdown).toContain('*Cifre provvisorie');
    expect((await draft({ asOf: '2019-12-31', projectCodes: ['PRO_SALOMONE'] })).markdown).toContain('*Cifre consolidate');
  });

  it('escapes a project name with Markdown and HTML in it', async () => {
    await t.sql(`update project set name = '<b>GO</b>_Lab_ *[x](javascript:alert(1))*' where code = 'GOLAB'`);
    try {
      const { markdown, html } = await draft({ asOf: '2019-12-31', projectCodes: ['GOLAB'] });
      expect(markdown).toContain('\\<b\\>GO\\</b\\>\\_Lab\\_ \\*\\[x\\](javascript:alert(1))\\*');
      expect(html).toContain('<strong>&lt;b&gt;GO&lt;/b&gt;_Lab_ *[x](javascript:alert(1))*</strong>');
    } finally {
      await t.sql(`update project set name = 'GOLab' where code = 'GOLAB'`);
    }
  });

  it('says when the figures are synthetic, and when nothing has happened yet', async () => {
    await t.sql(`update person set synthetic = true where id = (select id from person limit 1)`);
    const data = await draft({ asOf: '2018-06-30' });
    expect(data.usesSyntheticData).toBe(true);
    expect(data.markdown).toContain('non hanno ancora registrato persone raggiunte');
    expect(data.markdown).toContain('Il percorso di reinserimento lavorativo non ha ancora accolto partecipanti.');
    expect(data.markdown).toContain(
      '*Attenzione: queste cifre sono calcolate su dati dimostrativi generati al computer, non su persone reali.*',
    );
    expect(data.markdown).not.toContain('debito');
  });
});
