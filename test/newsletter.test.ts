/** The newsletter update's text, pinned on a small fixed data set, in Italian and in English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('newsletterUpdate', () => {
  it('says the public figures of the release on or before the day asked about, in Italian and in English', async () => {
    const data = (await t.gql(QUERY, { filter: { asOf: '2020-01-17' } })).data!;
    expect(data.newsletterUpdate.asOf).toBe('2019-12-31');
    expect(data.newsletterUpdate.language).toBe('IT');
    expect(data.newsletterUpdate.usesSyntheticData).toBe(false);
    expect(data.newsletterUpdate.title).toBe('Laboratori Sociali di Quartiere: a che punto siamo al 31 dicembre 2019');
    const figures = (
      await t.gql(
        graphql(`
          query NewsletterPublicFigures {
            peopleReached(filter: { asOf: "2019-12-31" }) {
              distinct
              sumOverProjects
            }
            employmentOutcomes(filter: { asOf: "2019-12-31" }) {
              enrolled
              employed
              inProgress
            }
          }
        `),
      )
    ).data!;
    // Person 0 is reached by both projects: the public figures say the distinct people of all projects, and the sum if it differs.
    const { distinct, sumOverProjects } = figures.peopleReached;
    const { enrolled, employed, inProgress } = figures.employmentOutcomes;
    const markdown = data.newsletterUpdate.markdown;
    expect(distinct).not.toBeNull();
    if (distinct! > 0)
      expect(markdown).toContain(`hanno raggiunto **${distinct} ${distinct === 1 ? 'persona' : 'persone'}** con le loro attività`);
    if (distinct !== sumOverProjects)
      expect(markdown).toContain(
        `contando ogni progetto a sé (chi è raggiunto da più progetti conta in ciascuno) sono ${sumOverProjects},`,
      );
    if (enrolled > 0) expect(markdown).toContain(`**${employed} ${employed === 1 ? 'ha' : 'hanno'} trovato lavoro** e ${inProgress} `);
    expect(markdown).toContain('*Cifre pubbliche al 31 dicembre 2019, ultimo rilascio mensile: per proteggere le persone');
    // A key gets the same newsletter: it is what may be published.
    expect((await t.gql(QUERY, { filter: { asOf: '2020-01-17' } }, AS_ADMIN)).data!.newsletterUpdate.markdown).toBe(markdown);
    // Repayments are the participants': here from the one who found work; the withholding from the one whose path ended without work.
    expect(markdown).toMatch(
      / euro rimborsati dai partecipanti e [\d.,]+ euro trattenuti sull'indennità di chi ha concluso il percorso senza trovare lavoro/,
    );
    const english = (await t.gql(QUERY, { filter: { asOf: '2020-01-17' }, language: 'EN' })).data!.newsletterUpdate;
    expect(english.language).toBe('EN');
    expect(english.markdown).toContain('*Public figures as of 31 December 2019, the latest monthly release: to protect people');
  });

  it('says people reached distinct over the projects, or the sum over the projects where the public has no distinct count', async () => {
    const reached = async (projectCodes: string[]) =>
      (
        await t.gql(
          graphql(`
            query NewsletterReached($filter: ReportFilter) {
              peopleReached(filter: $filter) {
                distinct
                sumOverProjects
              }
            }
          `),
          { filter: { asOf: '2019-12-31', projectCodes } },
        )
      ).data!.peopleReached;
    const draft = async (projectCodes: string[]) =>
      (await t.gql(QUERY, { filter: { asOf: '2019-12-31', projectCodes } })).data!.newsletterUpdate.markdown;
    const one = await reached(['PRO_SALOMONE']);
    expect(one.distinct).toBe(one.sumOverProjects);
    expect(await draft(['PRO_SALOMONE'])).toContain(
      `hanno raggiunto **${one.distinct} persone** con le loro attività, su 500 previste dai progetti`,
    );
    const two = await reached(['PRO_SALOMONE', 'GOLAB']);
    expect(two.distinct).toBeNull();
    expect(await draft(['PRO_SALOMONE', 'GOLAB'])).toContain(
      `questi Laboratori Sociali di Quartiere contano insieme **${two.sumOverProjects} persone raggiunte**, sommando quelle di ogni progetto`,
    );
  });

  it('names the frozen report the figures are, and goes back to provisional after a correction', async () => {
    await t.gql(`mutation { freezeReport(asOf: "2019-12-31", label: "Relazione 2019") { id } }`, {}, AS_ADMIN);
    const frozen = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' } })).data!.newsletterUpdate.markdown;
    expect(frozen).toMatch(/\*Cifre pubbliche tratte dal report consolidato «Relazione 2019», congelato il \d+ \w+ \d{4}\.\*/);
    await t.sql(`update enrolment set arrears_cents = arrears_cents + 1 where project_code = 'GOLAB'`);
    const after = (await t.gql(QUERY, { filter: { asOf: '2019-12-31' } })).data!.newsletterUpdate.markdown;
    expect(after).toContain('*Cifre provvisorie: non provengono da un report consolidato per la Regione.*');
  });

  it('says when the figures are synthetic, and when nothing has happened yet', async () => {
    await t.sql(`update person set synthetic = true where id = (select id from person limit 1)`);
    const data = (await t.gql(QUERY, { filter: { asOf: '2018-06-30' } })).data!;
    expect(data.newsletterUpdate.usesSyntheticData).toBe(true);
    expect(data.newsletterUpdate.markdown).toContain('non hanno ancora registrato persone raggiunte');
    expect(data.newsletterUpdate.markdown).toContain('Il percorso di reinserimento non ha ancora accolto partecipanti.');
    expect(data.newsletterUpdate.markdown).toContain(
      '*Nota: queste cifre provengono dalla popolazione dimostrativa di Quartieri, sintetica: non descrivono persone reali.*',
    );
    expect(data.newsletterUpdate.markdown).not.toContain('debito');
  });
});
